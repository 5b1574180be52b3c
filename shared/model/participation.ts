/**
 * The words ../../../shared/spec/domain.md uses precisely (rule set v2), defined once: the
 * rule set (../rules/facts.ts) and model detection (../models/facts.ts) both read them here,
 * so "owner", "takes part", "works on" and "active department" cannot drift apart.
 *
 * - the **owner** of a task holds `A` on it; where nobody does, the single `R` holder;
 * - a node **takes part** in a task when it holds any letter on it (`R`, `A`, `C` or `I`);
 * - a node **works on** a task when it holds `R` or `A` on it;
 * - an **active department** is a department other than `board` that works on a task,
 *   itself or through the roles inside it (the board sponsors; it is not a social media
 *   department);
 * - a team's **departments** are those of its members and of its lead: leading counts as
 *   being in it.
 *
 * Letters are kept as bit masks per holder: the rule set folds thousands of edges per pass.
 */
import type { BoardNode } from './board';
import type { DepartmentType, Raci } from './catalogue';

export const R_BIT = 1;
export const A_BIT = 2;
export const C_BIT = 4;
export const I_BIT = 8;
/** The letters of someone who works on a task. */
export const WORKS_ON = R_BIT | A_BIT;

/** A letter as a bit; a `responsible` relation without a letter counts as `R` (domain.md). */
export function letterBit(raci: Raci | undefined): number {
  // A switch, not a lookup table: this runs once per RACI edge on every full pass.
  switch (raci) {
    case 'A':
      return A_BIT;
    case 'C':
      return C_BIT;
    case 'I':
      return I_BIT;
    default:
      return R_BIT;
  }
}

/** Whether letters (a mask) make their holder work on the task. */
export function worksOn(letters: number): boolean {
  return (letters & WORKS_ON) !== 0;
}

/** Whether letters make their holder take part in the task (any letter at all). */
export function takesPart(letters: number): boolean {
  return letters !== 0;
}

/** The owners of a task from its distinct `A` and `R` holders: the `A`s, else a single `R`, else nobody. */
export function ownersOf<T>(accountable: readonly T[], responsible: readonly T[]): readonly T[] {
  if (accountable.length > 0) return accountable;
  return responsible.length === 1 ? responsible : [];
}

/** Whether a department of this type can be active: the board of directors never counts. */
export function countsAsActive(type: DepartmentType): boolean {
  return type !== 'board';
}

/**
 * The department a holder counts for: a department itself, or the department a role sits
 * in (`parentId` pointing at a department). Teams, externals and free roles count for none.
 */
export function holderDepartment(node: BoardNode | undefined, byId: ReadonlyMap<string, BoardNode>): string | undefined {
  if (!node) return undefined;
  if (node.kind === 'department') return node.id;
  if (node.kind !== 'role' || node.parentId === undefined) return undefined;
  return byId.get(node.parentId)?.kind === 'department' ? node.parentId : undefined;
}
