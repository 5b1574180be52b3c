/**
 * The shape of a check, which tells the engine how much of it an edit makes stale (see
 * engine.ts): a whole-board part that runs on every edit, and a per-subject part whose hints
 * are kept per subject and judged again only for the subjects an edit reached.
 */
import type { FactChanges } from '../factUpdates';
import type { Facts } from '../facts';
import type { Hint } from '../types';

export type SubjectKind = 'task' | 'role' | 'team' | 'objective';

export interface SubjectPart {
  kind: SubjectKind;
  /** The hint about one subject, if any; undefined too for a subject this rule does not judge (another task type). */
  hint(facts: Facts, id: string): Hint | undefined;
  /** For a full pass, when only a few of the kind can have a hint: their ids, in board order. */
  among?(facts: Facts): readonly string[];
  /**
   * For a hint that also reads beyond its subject (who speaks for communications, the active
   * departments): true when the edit changed that, and every subject must be judged again.
   */
  rereads?(facts: Facts, changes: FactChanges): boolean;
}

export interface Check {
  /** Whole-board hints. Runs on every semantic edit, so it tests counts and short lists the facts keep current. */
  board?(facts: Facts): Hint[];
  /** Hints about one task, role, team or objective each, in board order after the board part's. */
  subject?: SubjectPart;
}
