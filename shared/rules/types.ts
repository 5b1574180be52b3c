/**
 * What the rule set hands out. A hint carries ids and parameters, never prose: the canvas,
 * the command line and the tests word it in the reader's language from the `rules` catalogue.
 */
import type { Raci, TaskType } from '../model/vocabulary';
import type { RuleId } from './ruleCatalogue';

export type Severity = 'error' | 'warning' | 'tip';

/** Worst first: the order panels, badges and the command line use. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'tip'];

/** Message parameters: node labels, counts, and a vocabulary value or two. */
export type HintParams = Record<string, string | number>;

export interface Hint {
  rule: RuleId;
  severity: Severity;
  /** The nodes the hint is about, in board order; empty for a hint about the whole board. */
  nodes: string[];
  /**
   * Stable identity for "dismiss this hint": the rule plus the node(s) it is *about* (the
   * task, the objective, the role), not every node it mentions, so a dismissal survives a
   * detail changing (a third `A` on a task that already had two).
   */
  key: string;
  /** Picks a message wording where a rule has more than one (e.g. which pitfall). */
  variant?: string;
  params: HintParams;
  /** Suggested fixes, best first; empty when the remedy needs a human decision. */
  fixes: Fix[];
}

/**
 * A suggested fix as an intent, not as finished edits: planning the edits (fresh ids, a free
 * spot on the canvas) costs more than evaluating, so it happens only when someone applies it
 * (see fixes.ts). Every field is plain data, so a fix can be logged, tested and sent over IPC.
 */
export type Fix =
  /** Make `holder` the one accountable owner of `task`; other `A`s on it become `R`. */
  | { type: 'setAccountable'; task: string; holder: string; params: HintParams }
  /** Give `holder` a RACI letter on `task`. */
  | { type: 'addResponsible'; task: string; holder: string; raci: Raci; params: HintParams }
  /** A new task of `taskType`, owned (`A`) by `owner`, placed near `near`. */
  | { type: 'addTask'; taskType: TaskType; owner: string; near?: string; params: HintParams }
  /** A new team with these members, led by `lead` when given. */
  | { type: 'createTeam'; members: string[]; lead?: string; params: HintParams }
  | { type: 'addMembers'; team: string; members: string[]; params: HintParams }
  | { type: 'addLead'; team: string; role: string; params: HintParams }
  /** Record that `role` has a mandate and a budget. */
  | { type: 'grantMandate'; role: string; params: HintParams }
  | { type: 'addSponsor'; sponsor: string; target: string; params: HintParams };

export type FixType = Fix['type'];
