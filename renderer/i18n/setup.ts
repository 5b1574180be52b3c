/**
 * The renderer's language: `?lang=` forces it for this start (the desktop app passes
 * `--lang` through as `?lang=`); otherwise the user's last choice; otherwise the browser
 * or system locale (`nl-*` → Dutch, else English).
 *
 * Only the catalogue of the language on screen is loaded (each is ~50 KB of script to parse
 * before the first paint); the other one loads when the user switches.
 */
import type { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { createI18nWith } from '../../shared/i18n/instance';
import { isLanguage, languageFromLocale, type Language } from '../../shared/i18n/languages';
import { notify } from '../library/session';
import { desktopApi } from '../platform/platform';

const STORAGE_KEY = 'orgcanvas.language';

export function initialLanguage(search: string, stored: string | null, locale: string | undefined): Language {
  const forced = new URLSearchParams(search).get('lang');
  if (isLanguage(forced)) return forced;
  if (isLanguage(stored)) return stored;
  return languageFromLocale(locale);
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage can be disabled; the locale still decides
  }
}

const CATALOGUES: Record<Language, () => Promise<Record<string, unknown>>> = {
  en: () => import('../../shared/i18n/en').then((m) => m.translation),
  nl: () => import('../../shared/i18n/nl').then((m) => m.translation),
};

const first = initialLanguage(location.search, readStored(), navigator.language);
export const i18n: I18n = createI18nWith({ [first]: { translation: await CATALOGUES[first]() } }, first, [initReactI18next]);
document.documentElement.lang = i18n.language;

/** The desktop app's menu follows the page's language (at start, and on every switch). */
function tellDesktop(language: Language): void {
  const bridge = desktopApi();
  if (bridge) void bridge.setMenuLanguage({ language }).catch(() => undefined);
}
tellDesktop(i18n.language as Language);

/** Switches the language, loading its texts first; if they cannot load, the language stays. */
export async function setLanguage(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) {
    try {
      i18n.addResourceBundle(language, 'translation', await CATALOGUES[language]());
    } catch (error) {
      notify({ kind: 'loadError', detail: error instanceof Error ? error.message : String(error) });
      return;
    }
  }
  await i18n.changeLanguage(language);
  tellDesktop(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but the switch itself still works for this session.
  }
}
