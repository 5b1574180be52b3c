/**
 * The language a new board is written in: the interface's (i18next's `language`, which is
 * always one of ours here; anything else falls back as a locale would).
 */
import { isLanguage, languageFromLocale, type Language } from '../../shared/i18n/languages';

export function boardLanguage(interfaceLanguage: string): Language {
  return isLanguage(interfaceLanguage) ? interfaceLanguage : languageFromLocale(interfaceLanguage);
}
