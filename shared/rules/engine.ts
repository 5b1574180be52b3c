/**
 * The rule engine: board in, hints out. `evaluateBoard` is the plain kernel; `createRuleEngine`
 * adds the memo the canvas needs so that most edits cost almost nothing.
 *
 * Why a memo on a *semantic* projection: rules read kinds, labels, data, parents, edges and
 * the profile — never positions, sizes, notes, the viewport or dismissals. The store updates
 * immutably, so an unchanged node keeps its object identity. The engine compares the new
 * board with the one it last evaluated, node by node and edge by edge: identical objects are
 * skipped at once; a changed object is compared on its semantic fields only. When nothing
 * semantic differs (a drag, a resize, a note edit, a dismissal), the previous hints array is
 * returned as is — same identity, so React selectors re-render nothing. Otherwise one full
 * pass runs (facts once, then every check), which is fast enough on 5,000 nodes (see
 * scripts/bench-rules.ts and the README).
 */
import type { Board, BoardEdge, BoardNode, Profile } from '../model/board';
import { RULE_IDS, type RuleId } from './catalogue';
import * as leadership from './checks/leadership';
import * as objectives from './checks/objectives';
import * as ownership from './checks/ownership';
import * as team from './checks/team';
import * as coverage from './checks/coverage';
import { vanityKpi } from './checks/vanity';
import { computeFacts, type Facts } from './facts';
import { SEVERITIES, type Hint } from './types';

type Check = (facts: Facts) => Hint[];

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
};

/** All hints for a board, worst first, then in catalogue order, then in board order. */
export function evaluateBoard(board: Board): Hint[] {
  const facts = computeFacts(board);
  const bySeverity: Record<string, Hint[]> = { error: [], warning: [], tip: [] };
  for (const rule of RULE_IDS) {
    for (const hint of CHECKS[rule](facts)) bySeverity[hint.severity].push(hint);
  }
  return SEVERITIES.flatMap((severity) => bySeverity[severity]);
}

export interface RuleEngine {
  /** Hints for `board`; the previous array itself when nothing a rule reads has changed. */
  evaluate(board: Board): Hint[];
  /** How many full passes ran (tests and the benchmark use it to prove the memo works). */
  readonly passes: number;
}

export function createRuleEngine(): RuleEngine {
  let lastBoard: Board | undefined;
  let lastHints: Hint[] = [];
  let passes = 0;
  return {
    evaluate(board) {
      if (lastBoard && semanticallyEqual(lastBoard, board)) {
        lastBoard = board;
        return lastHints;
      }
      lastHints = evaluateBoard(board);
      lastBoard = board;
      passes++;
      return lastHints;
    },
    get passes() {
      return passes;
    },
  };
}

/** Do two boards differ in anything a rule reads? Positions, sizes, notes and extras don't count. */
export function semanticallyEqual(a: Board, b: Board): boolean {
  if (a === b) return true;
  if (!sameProfile(a.profile, b.profile)) return false;
  if (a.nodes !== b.nodes) {
    if (a.nodes.length !== b.nodes.length) return false;
    for (let i = 0; i < a.nodes.length; i++) {
      if (a.nodes[i] !== b.nodes[i] && !sameNode(a.nodes[i], b.nodes[i])) return false;
    }
  }
  if (a.edges !== b.edges) {
    if (a.edges.length !== b.edges.length) return false;
    for (let i = 0; i < a.edges.length; i++) {
      if (a.edges[i] !== b.edges[i] && !sameEdge(a.edges[i], b.edges[i])) return false;
    }
  }
  return true;
}

function sameProfile(a: Profile, b: Profile): boolean {
  return a === b || (a.size === b.size && a.market === b.market && a.culture === b.culture && a.name === b.name);
}

function sameNode(a: BoardNode, b: BoardNode): boolean {
  return a.id === b.id && a.kind === b.kind && a.label === b.label && a.parentId === b.parentId && shallowEqual(a.data, b.data);
}

function sameEdge(a: BoardEdge, b: BoardEdge): boolean {
  return (
    a.id === b.id &&
    a.kind === b.kind &&
    a.source === b.source &&
    a.target === b.target &&
    (a.data?.raci ?? 'R') === (b.data?.raci ?? 'R')
  );
}

function shallowEqual(a: object, b: object): boolean {
  if (a === b) return true;
  const ak = Object.keys(a) as (keyof typeof a)[];
  const bk = Object.keys(b);
  if (ak.length !== bk.length) return false;
  for (const key of ak) if (a[key] !== b[key]) return false;
  return true;
}
