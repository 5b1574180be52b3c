/**
 * The consultant's change plan between two boards (an as-is and a to-be): the change list,
 * the RACI change list and the hint diff, as data (this file), as lines of text (text.ts) and
 * as CSV (csv.ts). Pure: boards in, data out.
 */
import type { Board } from '../model/board';
import type { RuleId } from '../rules/ruleCatalogue';
import { diffBoards, type Change } from './changes';
import { diffHints, type HintDiff } from './hintDiff';
import { diffRaci, type LetterChange, type TaskRaciChange } from './raciChanges';

export interface ChangePlan {
  changes: Change[];
  raci: TaskRaciChange[];
  hints: HintDiff;
}

export function changePlan(before: Board, after: Board): ChangePlan {
  return { changes: diffBoards(before, after), raci: diffRaci(before, after), hints: diffHints(before, after) };
}

/** Whether the two boards differ in anything the plan tells (a hint can only change with them). */
export function isEmptyPlan(plan: ChangePlan): boolean {
  return !plan.changes.length && !plan.raci.length && !plan.hints.resolved.length && !plan.hints.introduced.length;
}

interface HintRef {
  rule: RuleId;
  nodes: string[];
}

/** The plan as `orgcanvas diff --json` prints it: ids, types and letters, no prose. */
export interface ChangePlanJson {
  changes: Change[];
  raci: Record<string, { gained: LetterChange[]; lost: LetterChange[] }>;
  hints: { resolved: HintRef[]; kept: HintRef[]; introduced: HintRef[] };
}

export function changePlanJson(plan: ChangePlan): ChangePlanJson {
  const ref = ({ rule, nodes }: HintRef): HintRef => ({ rule, nodes });
  return {
    changes: plan.changes,
    // fromEntries defines own properties, so a task id such as `constructor` is a plain key.
    raci: Object.fromEntries(plan.raci.map(({ task, gained, lost }) => [task, { gained, lost }])),
    hints: { resolved: plan.hints.resolved.map(ref), kept: plan.hints.kept.map(ref), introduced: plan.hints.introduced.map(ref) },
  };
}

export { CHANGE_SECTIONS, CHANGE_TYPES, DATA_FIELDS, diffBoards, type Change, type ChangeField, type ChangeSection, type ChangeType, type FieldChange, type Move } from './changes';
export { diffHintLists, diffHints, hintIdentity, type HintDiff } from './hintDiff';
export { diffRaci, type LetterChange, type TaskRaciChange } from './raciChanges';
export { changePlanLines } from './text';
export { changesCsv } from './csv';
