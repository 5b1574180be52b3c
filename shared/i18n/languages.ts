/** The languages OrgCanvas speaks, and how a locale picks one. */
export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** `nl`, `nl-NL`, `nl_BE` → Dutch; anything else → English. */
export function languageFromLocale(locale: string | undefined | null): Language {
  return locale && /^nl([-_]|$)/i.test(locale) ? 'nl' : 'en';
}

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'nl';
}

/** A forced language (`?lang=`, `--lang`) wins; then the user's stored choice; then the locale. */
export function initialLanguage(forced: string | null, stored: string | null, locale: string | undefined): Language {
  if (isLanguage(forced)) return forced;
  if (isLanguage(stored)) return stored;
  return languageFromLocale(locale);
}
