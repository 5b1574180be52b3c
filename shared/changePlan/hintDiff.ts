/**
 * The hint diff: the rule set run on both boards, and which hints the after board resolves,
 * keeps and introduces. This is what tells a client the redesign is better in the seeds' own
 * terms. A hint is matched by its rule and the nodes it is about (as a set: board order may
 * differ between the boards), not by its wording, which follows labels and counts.
 *
 * Every hint counts, dismissed ones included: a dismissal hides a hint from one room's
 * panel, it does not make the problem go away, and a to-be made as a copy carries the
 * as-is's dismissals.
 */
import type { Board } from '../model/board';
import { evaluateBoard } from '../rules/engine';
import type { Hint } from '../rules/types';

export interface HintDiff {
  /** Hints of the before board that the after board no longer has, in the before board's order. */
  resolved: Hint[];
  /** Hints both boards have, as the after board words them, in its order. */
  kept: Hint[];
  /** Hints only the after board has, in its order. */
  introduced: Hint[];
}

/** Rule and nodes: what makes two hints on two boards the same hint. */
export function hintIdentity(hint: Pick<Hint, 'rule' | 'nodes'>): string {
  return JSON.stringify([hint.rule, [...hint.nodes].sort()]);
}

/** The diff of two lists of hints; a hint that fires twice on one board is matched twice. */
export function diffHintLists(before: readonly Hint[], after: readonly Hint[]): HintDiff {
  const open = new Map<string, Hint[]>();
  for (const hint of before) {
    const key = hintIdentity(hint);
    open.set(key, [...(open.get(key) ?? []), hint]);
  }
  const kept: Hint[] = [];
  const introduced: Hint[] = [];
  for (const hint of after) {
    const match = open.get(hintIdentity(hint));
    if (match?.length) {
      match.shift();
      kept.push(hint);
    } else introduced.push(hint);
  }
  const left = new Set([...open.values()].flat());
  return { resolved: before.filter((hint) => left.has(hint)), kept, introduced };
}

/** Runs the whole rule set on both boards (a fresh pass each, as `orgcanvas lint` does). */
export function diffHints(before: Board, after: Board): HintDiff {
  return diffHintLists(evaluateBoard(before), evaluateBoard(after));
}
