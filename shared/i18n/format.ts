/** Words a file problem for people: `edges[3].target: no node with id "t9"`. */
import type { TFunction } from 'i18next';
import { cut, cutParams, PATH_CHARS, type Problem } from '../model/problems';

/**
 * Kinds and relations inside a sentence, in the reader's language: a kind with its article
 * ("an objective", "een doelstelling"), a relation by its name. Used for file problems and
 * for refused connections alike.
 */
export function phraseParams(params: Readonly<Record<string, unknown>>, t: TFunction): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') out[key] = value;
  }
  for (const key of ['sourceKind', 'targetKind'] as const) {
    if (typeof out[key] === 'string') out[key] = t(`aKind.${out[key]}`);
  }
  if (typeof out.relation === 'string') out.relation = t(`relations.${out.relation}`).toLowerCase();
  return out;
}

export function formatProblem(problem: Problem, t: TFunction): string {
  // Cut again here: a problem may come from elsewhere (main, over IPC) than problem().
  const params = phraseParams(cutParams(problem.params ?? {}), t);
  const message = t(`problems.${problem.code}`, params);
  return problem.path ? `${cut(problem.path, PATH_CHARS)}: ${message}` : message;
}
