/** One i18next instance over whichever bundles the caller has (both, or only the one shown). */
import i18next, { type i18n, type Resource } from 'i18next';
import type { Language } from './languages';

export type Plugins = Parameters<i18n['use']>[0][];

/**
 * A ready, synchronous i18next instance over the given bundles. Catalogues have the same
 * keys by type (types.ts), so English as the fallback is never needed for a missing text.
 */
export function createI18nWith(bundles: Resource, language: Language, plugins: Plugins = []): i18n {
  const instance = i18next.createInstance();
  for (const plugin of plugins) instance.use(plugin);
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: bundles,
    initAsync: false,
    // React escapes; SVG export escapes itself. Double escaping would show &amp; to users.
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  // `{{sourceKind, capitalise}}`: a phrase ("an objective") that opens a sentence.
  instance.services.formatter?.add('capitalise', (value: unknown) => {
    const text = String(value);
    return text.charAt(0).toLocaleUpperCase() + text.slice(1);
  });
  return instance;
}
