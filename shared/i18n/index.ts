/**
 * The Dutch and English catalogues, one resource bundle per language, shared by the
 * renderer (react-i18next), the main process and the command line.
 */
import i18next, { type i18n } from 'i18next';
import { app as enApp } from './en/app';
import { domain as enDomain } from './en/domain';
import { editor as enEditor } from './en/editor';
import { exportTexts as enExport } from './en/export';
import { problems as enProblems, refusals as enRefusals } from './en/problems';
import { rules as enRules } from './en/rules';
import { models as enModels } from './en/models';
import { templates as enTemplates } from './en/templates';
import { workshop as enWorkshop } from './en/workshop';
import { storage as enStorage } from './en/storage';
import { desktop as enDesktop } from './en/desktop';
import { app as nlApp } from './nl/app';
import { domain as nlDomain } from './nl/domain';
import { editor as nlEditor } from './nl/editor';
import { exportTexts as nlExport } from './nl/export';
import { problems as nlProblems, refusals as nlRefusals } from './nl/problems';
import { rules as nlRules } from './nl/rules';
import { models as nlModels } from './nl/models';
import { templates as nlTemplates } from './nl/templates';
import { workshop as nlWorkshop } from './nl/workshop';
import { storage as nlStorage } from './nl/storage';
import { desktop as nlDesktop } from './nl/desktop';

export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

export const resources = {
  en: { translation: { app: enApp, editor: enEditor, ...enDomain, problems: enProblems, refusals: enRefusals, rules: enRules, export: enExport, models: enModels, templates: enTemplates, workshop: enWorkshop, storage: enStorage, desktop: enDesktop } },
  nl: { translation: { app: nlApp, editor: nlEditor, ...nlDomain, problems: nlProblems, refusals: nlRefusals, rules: nlRules, export: nlExport, models: nlModels, templates: nlTemplates, workshop: nlWorkshop, storage: nlStorage, desktop: nlDesktop } },
} as const;

/** `nl`, `nl-NL`, `nl_BE` → Dutch; anything else → English. */
export function languageFromLocale(locale: string | undefined | null): Language {
  return locale && /^nl([-_]|$)/i.test(locale) ? 'nl' : 'en';
}

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'nl';
}

/** A ready, synchronous i18next instance; plugins (react-i18next) are passed in by the caller. */
export function createI18n(language: Language, plugins: Parameters<i18n['use']>[0][] = []): i18n {
  const instance = i18next.createInstance();
  for (const plugin of plugins) instance.use(plugin);
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources,
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
