/**
 * The renderer's language: `?lang=` forces it for this start (the desktop app passes
 * `--lang` through as `?lang=`); otherwise the user's last choice; otherwise the browser
 * or system locale (`nl-*` → Dutch, else English).
 */
import { initReactI18next } from 'react-i18next';
import { createI18n, isLanguage, languageFromLocale, type Language } from '../../shared/i18n';
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

export const i18n = createI18n(initialLanguage(location.search, readStored(), navigator.language), [initReactI18next]);
document.documentElement.lang = i18n.language;

/** The desktop app's menu follows the page's language (at start, and on every switch). */
function tellDesktop(language: Language): void {
  const bridge = desktopApi();
  if (bridge) void bridge.setMenuLanguage({ language }).catch(() => undefined);
}
tellDesktop(i18n.language as Language);

export function setLanguage(language: Language): void {
  void i18n.changeLanguage(language);
  tellDesktop(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but the switch itself still works for this session.
  }
}
