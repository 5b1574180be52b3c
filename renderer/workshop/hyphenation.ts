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
 * The patterns follow the language of the board's words, not of the menus: the demo and the
 * templates are Dutch organisations in both languages, and English patterns broke Dutch
 * words at English syllables ("Applic-atiebeheer"). `franc-min` tells Dutch from English
 * over all the labels at once; where it cannot tell, the language on screen is used.
 *
 * The detector and the patterns (69 KB English, 94 KB Dutch, minified) load as chunks of
 * their own when presenting starts, the patterns for the board's language only. Until they
 * are in, or if they cannot load (a damaged install), labels show as before: a presentation
 * never waits for them.
 */
import { create } from 'zustand';
import { loadOnce } from '../platform/loadOnce';
import { remembered } from '../platform/remembered';

export type Hyphenate = (text: string) => string;

/** British English, as the English texts of the app are. */
const PATTERNS: Record<string, () => Promise<{ hyphenateSync: (text: string) => string }>> = {
  en: loadOnce(() => import('./hyphenationEn')),
  nl: loadOnce(() => import('./hyphenationNl')),
};
/** The languages there are patterns for, as franc names them (ISO 639-3). */
const FRANC_CODES: Record<string, string> = { nld: 'nl', eng: 'en' };
const detector = loadOnce(() => import('franc-min'));

/** The hyphenation of labels now, or null: show them as they are. */
export const useHyphenation = create<{ hyphenate: Hyphenate | null }>(() => ({ hyphenate: null }));
/** Each request's number: only the latest may publish (presenting ended, or began again). */
let latest = 0;

const publish = (hyphenate: Hyphenate | null) => useHyphenation.setState({ hyphenate });

/** The language of the board's words ('nl' or 'en'), or `fallback` where that cannot be told. */
export async function wordsLanguage(labels: readonly string[], fallback: string): Promise<string> {
  try {
    const { franc } = await detector();
    return FRANC_CODES[franc(labels.join('\n'), { only: Object.keys(FRANC_CODES) })] ?? fallback;
  } catch {
    return fallback;
  }
}

/**
 * Hyphenate labels from now on, with the patterns of the language of `words.labels` (or of
 * `words.fallback`, the language on screen); with null, stop. Each label's result is
 * remembered: a tour re-renders the same few dozen labels many times.
 */
export async function hyphenateLabels(words: { labels: readonly string[]; fallback: string } | null): Promise<void> {
  const request = ++latest;
  if (words === null) return publish(null);
  const language = await wordsLanguage(words.labels, words.fallback);
  const load = PATTERNS[language];
  try {
    const hyphenate = load ? remembered((await load()).hyphenateSync) : null;
    if (request === latest) publish(hyphenate);
  } catch {
    if (request === latest) publish(null);
  }
}

const hyphenateOf = (s: { hyphenate: Hyphenate | null }) => s.hyphenate;

/** The hyphenation of labels while presenting, or null: show them as they are. */
export function useHyphenate(): Hyphenate | null {
  return useHyphenation(hyphenateOf);
}
