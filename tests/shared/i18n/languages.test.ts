import { describe, expect, it } from 'vitest';
import { initialLanguage, languageFromLocale } from '../../../shared/i18n/languages';

describe('the language a start shows', () => {
  it('a forced language wins, then the stored choice, then the locale', () => {
    expect(initialLanguage('nl', 'en', 'en-US')).toBe('nl');
    expect(initialLanguage('en', 'nl', 'nl-NL')).toBe('en');
    expect(initialLanguage(null, 'nl', 'en-GB')).toBe('nl');
    expect(initialLanguage(null, null, 'nl-BE')).toBe('nl');
    expect(initialLanguage(null, null, 'de-DE')).toBe('en');
  });

  it('ignores a language it does not speak wherever it comes from', () => {
    expect(initialLanguage('fr', 'de', 'nl_NL')).toBe('nl');
    expect(initialLanguage('', '', undefined)).toBe('en');
  });

  it('reads Dutch from any nl locale only', () => {
    expect(['nl', 'nl-NL', 'NL_be'].map(languageFromLocale)).toEqual(['nl', 'nl', 'nl']);
    expect(['nb-NO', 'en', '', null].map(languageFromLocale)).toEqual(['en', 'en', 'en', 'en']);
  });
});
