/** Words a file problem for people: `edges[3].target: no node with id "t9"`. */
import type { TFunction } from 'i18next';
import type { Problem } from '../model/problems';

export function formatProblem(problem: Problem, t: TFunction): string {
  const params: Record<string, string | number> = { ...problem.params };
  // Kinds and relations inside messages read better in the reader's language.
  for (const key of ['sourceKind', 'targetKind'] as const) {
    if (typeof params[key] === 'string') params[key] = t(`kinds.${params[key]}`).toLowerCase();
  }
  if (typeof params.relation === 'string') params.relation = t(`relations.${params.relation}`).toLowerCase();
  const message = t(`problems.${problem.code}`, params);
  return problem.path ? `${problem.path}: ${message}` : message;
}
