/**
 * The Dutch and English catalogues with one i18next instance over them, shared by the main
 * process, the command line and tests. The renderer builds its instance with
 * `createI18nWith` (instance.ts) and only the bundle of the language it shows (renderer/i18n/setup.ts).
 */
import type { i18n } from 'i18next';
import { translation as en } from './en';
import { createI18nWith, type Plugins } from './instance';
import { isLanguage, LANGUAGES, languageFromLocale, type Language } from './languages';
import { translation as nl } from './nl';

export { createI18nWith, isLanguage, LANGUAGES, languageFromLocale, type Language };

export const resources = { en: { translation: en }, nl: { translation: nl } } as const;

/** A ready instance with both languages; plugins (react-i18next) are passed in by the caller. */
export function createI18n(language: Language, plugins: Plugins = []): i18n {
  return createI18nWith(resources, language, plugins);
}
