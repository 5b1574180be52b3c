/**
 * Labels hyphenated while presenting.
 *
 * Why: presenting sets the labels in large type (workshop.css), so a long Dutch compound often
 * does not fit its node's width. CSS `hyphens: auto` needs the browser's hyphenation
 * dictionaries, which Chromium on Linux and Windows fetches on demand and Electron does not
 * ship, so the words broke at any letter ("Contentmake / r", "Webcaremed / ewerker"). Here a
 * label gets soft hyphens (U+00AD) where TeX's patterns for the language allow a break
 * (`hyphen`); the browser uses one, and shows its hyphen, only where a word must break.
 * Copying, search and screen readers read the board, not these strings.
 *
 * The patterns (69 KB English, 94 KB Dutch, minified) load as chunks of their own when
 * presenting starts, for the language on screen only. Until they are in, or if they cannot
 * load (a damaged install), labels show as before: a presentation never waits for them.
 */
import { useSyncExternalStore } from 'react';
import { loadOnce } from '../platform/loadOnce';

export type Hyphenate = (text: string) => string;

/** British English, as the English texts of the app are. */
const PATTERNS: Record<string, () => Promise<{ hyphenateSync: (text: string) => string }>> = {
  en: loadOnce(() => import('./hyphenationEn')),
  nl: loadOnce(() => import('./hyphenationNl')),
};

let current: Hyphenate | null = null;
let wanted: string | null = null;
const listeners = new Set<() => void>();

function publish(next: Hyphenate | null): void {
  current = next;
  listeners.forEach((listener) => listener());
}

/** Remembers each label's result: a tour re-renders the same few dozen labels many times. */
export function remembering(hyphenate: (text: string) => string): Hyphenate {
  const seen = new Map<string, string>();
  return (text) => {
    let result = seen.get(text);
    if (result === undefined) seen.set(text, (result = hyphenate(text)));
    return result;
  };
}

/** Hyphenate labels in `language` from now on (loading its patterns), or, with null, stop. */
export async function hyphenateLabels(language: string | null): Promise<void> {
  wanted = language;
  if (language === null) return publish(null);
  const load = PATTERNS[language];
  if (!load) return publish(null);
  try {
    const { hyphenateSync } = await load();
    // Presenting ended, or the language changed, while the patterns loaded.
    if (wanted === language) publish(remembering(hyphenateSync));
  } catch {
    if (wanted === language) publish(null);
  }
}

export function subscribeHyphenate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The hyphenation of labels now, or null: show them as they are. */
export function currentHyphenate(): Hyphenate | null {
  return current;
}

/** The hyphenation of labels while presenting, or null: show them as they are. */
export function useHyphenate(): Hyphenate | null {
  return useSyncExternalStore(subscribeHyphenate, currentHyphenate);
}
