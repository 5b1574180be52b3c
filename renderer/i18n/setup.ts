/**
 * The renderer's i18next instance (react-i18next), in the language startLanguage.ts chose.
 * The desktop app passes `--lang` through as `?lang=`.
 *
 * Only the catalogue of the language on screen is loaded (each is ~50 KB of script to parse
 * before the first paint); the other one loads when the user switches.
 */
import type { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { createI18nWith } from '../../shared/i18n/instance';
import type { Language } from '../../shared/i18n/languages';
import { notifyLoadError } from '../library/session';
import { desktopApi } from '../platform/platform';
import { loadCatalogue, rememberLanguage, startCatalogue, startLanguage } from './startLanguage';

export const i18n: I18n = createI18nWith({ [startLanguage]: { translation: await startCatalogue } }, startLanguage, [initReactI18next]);
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
      i18n.addResourceBundle(language, 'translation', await loadCatalogue(language));
    } catch (error) {
      notifyLoadError(error);
      return;
    }
  }
  await i18n.changeLanguage(language);
  tellDesktop(language);
  document.documentElement.lang = language;
  rememberLanguage(language);
}
