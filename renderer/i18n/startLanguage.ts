/**
 * Imported at the top of renderer/main.tsx: it decides the language and starts fetching that
 * language's texts at once, so the fetch runs while the rest of the app's modules are
 * evaluated instead of after them (setup.ts waits for it before building i18next).
 */
import { initialLanguage, type Language } from '../../shared/i18n/languages';

const STORAGE_KEY = 'orgcanvas.language';

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage can be disabled; the locale still decides
  }
}

/** Remembers the user's choice for the next start. */
export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage is disabled: not remembered, but the switch itself still works for this session.
  }
}

type Catalogue = Record<string, unknown>;

const CATALOGUES: Record<Language, () => Promise<Catalogue>> = {
  en: () => import('../../shared/i18n/en').then((m) => m.translation),
  nl: () => import('../../shared/i18n/nl').then((m) => m.translation),
};

export function loadCatalogue(language: Language): Promise<Catalogue> {
  return CATALOGUES[language]();
}

export const startLanguage = initialLanguage(new URLSearchParams(location.search).get('lang'), readStored(), navigator.language);
export const startCatalogue = loadCatalogue(startLanguage);
