/** Words a hint for people, in the language of the `t` it is given (CLI, canvas, tests). */
import type { TFunction } from 'i18next';
import { RULES, type SourceRef } from './ruleCatalogue';
import type { Fix, Hint } from './types';

export function hintMessage(hint: Hint, t: TFunction): string {
  const base = `rules.catalogue.${hint.rule}.message`;
  return t(hint.variant ? `${base}.${hint.variant}` : base, hint.params);
}

export function hintTitle(hint: Pick<Hint, 'rule'>, t: TFunction): string {
  return t(`rules.catalogue.${hint.rule}.title`);
}

export function hintExplanation(hint: Hint, t: TFunction): string {
  return t(`rules.catalogue.${hint.rule}.explanation`, hint.params);
}

/** One line per source: the citation from ../seeds/README.md and the section. */
export function hintSources(hint: Pick<Hint, 'rule'>, t: TFunction): string[] {
  const sources: readonly SourceRef[] = RULES[hint.rule].sources;
  if (sources.length === 0) return [t('rules.noSource')];
  return sources.map(({ article, section }) => {
    const citation = t(`rules.citations.${article}`);
    const where = section.startsWith('#') ? section : t(`rules.sections.${section}`);
    return where ? `${citation}, ${where}` : citation;
  });
}

export function fixLabel(fix: Fix, t: TFunction): string {
  const params: Record<string, string | number> = { ...fix.params };
  if (fix.type === 'addTask') params.taskType = t(`taskTypes.${fix.taskType}`);
  // An A is accountability, whatever edge carries it: word it the same way everywhere.
  if (fix.type === 'addResponsible' && fix.raci === 'A') return t('rules.fixes.setAccountable', params);
  return t(`rules.fixes.${fix.type}`, params);
}
