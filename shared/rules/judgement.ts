/**
 * The hints of every check, kept between passes so that the engine judges again only what an
 * edit reached (see engine.ts): per check, its whole-board hints and its subject hints in
 * board order, each with its subject's place in the board, so one subject's hint is found by
 * bisection and replaced, dropped or added without walking the rest.
 */
import { RULE_IDS, RULES, type RuleId } from './ruleCatalogue';
import type { Check, SubjectPart } from './checks/check';
import type { FactChanges } from './factUpdates';
import type { Facts } from './facts';
import { SEVERITIES, type Hint } from './types';

interface CheckResult {
  board: Hint[];
  /** At most one hint per subject, in board order. */
  subjects: Hint[];
  /** The board index of each subject hint's subject (ascending, parallel to `subjects`). */
  at: number[];
}

export type Judgement = Map<RuleId, CheckResult>;

/** The order hints are listed in: worst first, then catalogue order (then board order, within a rule). */
const LISTING = SEVERITIES.flatMap((severity) => RULE_IDS.filter((rule) => RULES[rule].severity === severity));

/** Every check's hints, or only those of `rules` (a judgement of some rules is listed, never judged again). */
export function judgeAll(checks: Record<RuleId, Check>, facts: Facts, rules: readonly RuleId[] = RULE_IDS): Judgement {
  const judgement: Judgement = new Map();
  for (const rule of rules) judgement.set(rule, judge(checks[rule], facts));
  return judgement;
}

function judge(check: Check, facts: Facts): CheckResult {
  const result: CheckResult = { board: check.board?.(facts) ?? [], subjects: [], at: [] };
  if (check.subject) judgeSubjects(check.subject, facts, result);
  return result;
}

function judgeSubjects(part: SubjectPart, facts: Facts, result: CheckResult): void {
  const subjects: Hint[] = [];
  const at: number[] = [];
  const ids = part.among?.(facts);
  const count = ids ? ids.length : subjectsOf(facts, part).length;
  const nodes = ids ? undefined : subjectsOf(facts, part);
  for (let i = 0; i < count; i++) {
    const id = ids ? ids[i] : nodes![i].id;
    const hint = part.hint(facts, id);
    if (!hint) continue;
    subjects.push(hint);
    at.push(facts.index.get(id)!);
  }
  result.subjects = subjects;
  result.at = at;
}

function subjectsOf(facts: Facts, part: SubjectPart): readonly { id: string }[] {
  return part.kind === 'task' ? facts.tasks : part.kind === 'role' ? facts.roles : part.kind === 'team' ? facts.teams : facts.objectives;
}

function reached(changes: FactChanges, part: SubjectPart): Set<string> {
  return part.kind === 'task' ? changes.tasks : part.kind === 'role' ? changes.roles : part.kind === 'team' ? changes.teams : changes.objectives;
}

/**
 * Brings `judgement` up to date with facts just updated by `changes`: whole-board parts run
 * again, subject parts only for the subjects reached (all of them when `rereads` says so).
 * Returns whether any hint changed.
 */
export function judgeAgain(checks: Record<RuleId, Check>, judgement: Judgement, facts: Facts, changes: FactChanges): boolean {
  let changed = false;
  for (const rule of RULE_IDS) {
    const check = checks[rule];
    if (changes.all) {
      judgement.set(rule, judge(check, facts));
      changed = true;
      continue;
    }
    const result = judgement.get(rule)!;
    if (check.board) {
      const board = check.board(facts);
      if (board.length > 0 || result.board.length > 0) {
        result.board = board;
        changed = true;
      }
    }
    const part = check.subject;
    if (!part) continue;
    if (part.rereads?.(facts, changes)) {
      judgeSubjects(part, facts, result);
      changed = true;
      continue;
    }
    for (const id of reached(changes, part)) if (judgeOne(part, facts, result, id)) changed = true;
  }
  return changed;
}

function judgeOne(part: SubjectPart, facts: Facts, result: CheckResult, id: string): boolean {
  const place = facts.index.get(id)!;
  const { subjects, at } = result;
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < place) lo = mid + 1;
    else hi = mid;
  }
  const had = lo < at.length && at[lo] === place;
  const hint = part.hint(facts, id);
  if (hint) {
    if (!had) {
      subjects.splice(lo, 0, hint);
      at.splice(lo, 0, place);
    } else if (subjects[lo] === hint) return false;
    else subjects[lo] = hint;
    return true;
  }
  if (!had) return false;
  subjects.splice(lo, 1);
  at.splice(lo, 1);
  return true;
}

/** The hints of a judgement as one list, in listing order (one allocation of the exact size). */
export function hintsOf(judgement: Judgement): Hint[] {
  const parts: Hint[][] = [];
  for (const rule of LISTING) {
    const result = judgement.get(rule);
    if (!result) continue;
    const { board, subjects } = result;
    if (board.length > 0) parts.push(board);
    if (subjects.length > 0) parts.push(subjects);
  }
  return ([] as Hint[]).concat(...parts);
}
