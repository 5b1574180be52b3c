/**
 * The rule engine: board in, hints out. `evaluateBoard` is the plain kernel; `createRuleEngine`
 * adds what the canvas needs so that most edits cost almost nothing.
 *
 * A memo on the *semantic* projection of the board: rules read kinds, labels, data, parents,
 * edges and the profile — never positions, sizes, notes, the viewport or dismissals. The
 * store updates immutably, so an unchanged node or edge keeps its object identity.
 * `diffBoards` walks the previous and the new board by identity (O(n) pointer compares):
 * - nothing semantic changed (a drag, a resize, a note, a dismissal, the hide switch): the
 *   previous hints array is returned as is — same identity, so selectors re-render nothing,
 *   and no rule runs;
 * - edges added, removed or changed, or nodes' labels and data edited: the facts are
 *   updated in place (only the tasks and teams those edges touch are recomputed) and
 *   `updateFacts` says which tasks, roles, teams and objectives the edit reached. Each check
 *   (checks/check.ts) has a whole-board part, rerun every time but reading only counts and
 *   short lists the facts keep current, and a per-subject part, judged again only for the
 *   subjects reached — or for all of them when its `rereads` says something it reads beyond
 *   the subject changed. The kept hints (judgement.ts) are patched in place, so one edit on a
 *   5,000-node board costs the diff and a few subjects, not 27 walks of the board;
 * - anything structural (a node added, removed, re-parented, re-kinded; more than
 *   MAX_INCREMENTAL changes at once): the facts are rebuilt, then every check runs.
 *   A department edited is judged like a rebuild (its type reaches most hints) without one.
 * tests/shared/rules/incremental.test.ts checks, under random edit sequences, that the hints
 * always equal a fresh `evaluateBoard`. Timings: tests/bench/rules.bench.ts.
 */
import type { Board } from '../model/board';
import { diffBoards } from './boardDiff';
import type { RuleId } from './ruleCatalogue';
import type { Check } from './checks/check';
import * as leadership from './checks/leadership';
import * as objectives from './checks/objectives';
import * as ownership from './checks/ownership';
import * as team from './checks/team';
import * as coverage from './checks/coverage';
import * as alignment from './checks/alignment';
import * as taskAreas from './checks/taskAreas';
import { vanityKpi } from './checks/vanity';
import { updateFacts } from './factUpdates';
import { computeFacts, type Facts } from './facts';
import { hintsOf, judgeAll, judgeAgain, type Judgement } from './judgement';
import type { Hint } from './types';

export { diffBoards, semanticallyEqual } from './boardDiff';

/** Every rule id must have its check: a missing one is a type error. */
export const CHECKS: Record<RuleId, Check> = {
  'objectives-missing': objectives.objectivesMissing,
  'objective-unserved': objectives.objectiveUnserved,
  'objective-owner-fit': objectives.objectiveOwnerFit,
  'task-unowned': ownership.taskUnowned,
  'task-multiple-accountable': ownership.taskMultipleAccountable,
  'strategy-owned-by-it': ownership.strategyOwnedByIt,
  'strategic-operational-mixed': ownership.strategicOperationalMixed,
  'lead-missing': leadership.leadMissing,
  'lead-without-mandate': leadership.leadWithoutMandate,
  'no-board-sponsor': leadership.noBoardSponsor,
  'team-needed': team.teamNeeded,
  'team-over-the-top': team.teamOverTheTop,
  'team-not-cross-functional': team.teamNotCrossFunctional,
  'single-department-pitfall': coverage.singleDepartmentPitfall,
  'fully-outsourced': coverage.fullyOutsourced,
  'crisis-without-pr': coverage.crisisWithoutPr,
  'monitoring-without-crisis': coverage.monitoringWithoutCrisis,
  'sales-not-involved': coverage.salesNotInvolved,
  'vanity-kpi': vanityKpi,
  'policy-missing': coverage.policyMissing,
  'orphan-role': coverage.orphanRole,
  'reactive-only': taskAreas.reactiveOnly,
  'policy-without-training': taskAreas.policyWithoutTraining,
  'webcare-no-escalation': alignment.webcareNoEscalation,
  'content-not-coordinated': alignment.contentNotCoordinated,
  'reporting-missing': taskAreas.reportingMissing,
  'tooling-without-users': alignment.toolingWithoutUsers,
};

/** All hints for a board, worst first, then in catalogue order, then in board order. */
export function evaluateBoard(board: Board): Hint[] {
  return hintsOf(judgeAll(CHECKS, computeFacts(board)));
}

/**
 * The hints of some rules only, from the same checks on a fresh pass, in `evaluateBoard`'s
 * order: the RACI matrix's flags where no engine's hints are at hand (the report, the CSV).
 */
export function evaluateRules(board: Board, rules: readonly RuleId[]): Hint[] {
  return hintsOf(judgeAll(CHECKS, computeFacts(board), rules));
}

export interface RuleEngine {
  /** Hints for `board`; the previous array itself when nothing a rule reads has changed. */
  evaluate(board: Board): Hint[];
  /** How many times the checks ran (tests and the benchmark use it to prove the memo works). */
  readonly passes: number;
  /** How many of those rebuilt the facts from scratch (the rest updated them). */
  readonly fullPasses: number;
}

export function createRuleEngine(): RuleEngine {
  let lastBoard: Board | undefined;
  let facts: Facts | undefined;
  let judgement: Judgement | undefined;
  let lastHints: Hint[] = [];
  let passes = 0;
  let fullPasses = 0;
  return {
    evaluate(board) {
      if (board === lastBoard) return lastHints;
      const change = lastBoard && facts ? diffBoards(lastBoard, board) : undefined;
      lastBoard = board;
      if (!change || !facts || !judgement) {
        facts = computeFacts(board);
        judgement = judgeAll(CHECKS, facts);
        fullPasses++;
        passes++;
        lastHints = hintsOf(judgement);
        return lastHints;
      }
      // Facts always follow the board (buckets hold edge objects by identity); the checks
      // run only when something a rule reads has changed.
      const changes = updateFacts(facts, board, change);
      if (!change.semantic) return lastHints;
      passes++;
      if (judgeAgain(CHECKS, judgement, facts, changes)) lastHints = hintsOf(judgement);
      return lastHints;
    },
    get passes() {
      return passes;
    },
    get fullPasses() {
      return fullPasses;
    },
  };
}
