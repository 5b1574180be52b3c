/**
 * The words ../../../shared/spec/domain.md uses precisely (rule set v2), defined once: the
 * rule set (../rules/facts.ts), model detection (../orgModels/facts.ts) and the RACI matrix
 * (../raci/matrix.ts) all read them here, so "owner", "takes part", "works on" and "active
 * department" cannot drift apart.
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
 * A task's holders and their masks travel together as `TaskLetters`; `taskLetters` folds a
 * task's `responsible` edges into them, `taskOwners` reads the owners off them.
 */
import type { Board, BoardEdge, BoardNode } from './board';
import { RACI_LETTERS, type DepartmentType, type Raci } from './vocabulary';

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

/** The letters in a mask, in R, A, C, I order: `letterBit` backwards. */
export function lettersIn(letters: number): Raci[] {
  return RACI_LETTERS.filter((letter) => letters & letterBit(letter));
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

/**
 * The holders of one task and their letters: `masks[k]` (bits, see `letterBit`) are the
 * letters of `holders[k]`, each holder once. Only the first `holders.length` masks count: the
 * rule set passes an array it reuses for every task.
 */
export interface TaskLetters {
  readonly holders: readonly string[];
  readonly masks: readonly number[];
}

/**
 * A task's letters from its `responsible` relations (other kinds are passed over), holders in
 * the order of their first relation; `holds` leaves out sources that cannot hold a letter.
 * Two relations from one holder are one holder with both letters.
 */
export function taskLetters(edges: Iterable<BoardEdge>, holds?: (id: string) => boolean): TaskLetters {
  const holders: string[] = [];
  const masks: number[] = [];
  const at = new Map<string, number>();
  for (const edge of edges) {
    if (edge.kind !== 'responsible' || (holds && !holds(edge.source))) continue;
    let k = at.get(edge.source);
    if (k === undefined) {
      k = holders.push(edge.source) - 1;
      at.set(edge.source, k);
      masks.push(0);
    }
    masks[k] |= letterBit(edge.data?.raci);
  }
  return { holders, masks };
}

/** The holders whose letters include any of `bits`, in the holders' order. */
export function holdersWith(letters: TaskLetters, bits: number): string[] {
  const { holders, masks } = letters;
  const out: string[] = [];
  for (let k = 0; k < holders.length; k++) if (masks[k] & bits) out.push(holders[k]);
  return out;
}

/**
 * The owners of a task (domain.md): its `A` holders; where nobody holds `A`, the single `R`
 * holder; else nobody. From the task's letters, or read off a board for one task (a walk of
 * every relation: for a question about one task, not for a pass over all of them).
 */
export function taskOwners(letters: TaskLetters): string[];
export function taskOwners(board: Board, taskId: string): string[];
export function taskOwners(from: TaskLetters | Board, taskId?: string): string[] {
  const letters = 'edges' in from ? taskLetters(from.edges.filter((edge) => edge.target === taskId)) : from;
  return ownersOf(holdersWith(letters, A_BIT), holdersWith(letters, R_BIT)) as string[];
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
