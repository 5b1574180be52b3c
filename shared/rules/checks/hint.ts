/** The one way checks build a hint, so keys and severities cannot drift from the catalogue. */
import { RULES, type RuleId } from '../ruleCatalogue';
import type { Fix, Hint, HintParams } from '../types';

/**
 * `subject`: the node(s) the hint is about, which make its dismissal key; none for a hint
 * about the whole board (there is only one such hint per rule).
 */
export function makeHint(
  rule: RuleId,
  nodes: string[],
  subject: string[],
  params: HintParams,
  extra: { variant?: string; fixes?: Fix[] } = {},
): Hint {
  const key = hintKey(rule, subject);
  const hint: Hint = { rule, severity: RULES[rule].severity, nodes, key, params, fixes: extra.fixes ?? [] };
  if (extra.variant !== undefined) hint.variant = extra.variant;
  return hint;
}

/**
 * A hint's key: the rule, and the subject's ids sorted (`task-unowned:k-web`). Saved
 * dismissals hold it, and the RACI matrix finds a task's hints by it.
 */
export function hintKey(rule: RuleId, subject: readonly string[]): string {
  return subject.length ? `${rule}:${[...subject].sort().join(',')}` : rule;
}

/** The board has tasks: before that, rules about the design as a whole have nothing to judge. */
export function hasTasks(facts: { tasks: unknown[] }): boolean {
  return facts.tasks.length > 0;
}
