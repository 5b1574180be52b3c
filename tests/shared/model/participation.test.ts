import { describe, expect, it } from 'vitest';
import type { BoardEdge, BoardNode } from '../../../shared/model/board';
import type { Raci } from '../../../shared/model/vocabulary';
import {
  A_BIT,
  countsAsActive,
  holderDepartment,
  holdersWith,
  letterBit,
  lettersIn,
  ownersOf,
  takesPart,
  taskLetters,
  taskOwners,
  worksOn,
  WORKS_ON,
} from '../../../shared/model/participation';

const letter = (source: string, raci?: Raci, target = 't'): BoardEdge => ({ id: `${source}-${raci}`, kind: 'responsible', source, target, ...(raci ? { data: { raci } } : {}) });

describe('the words of domain.md, defined once', () => {
  it('takes part with any letter, works on with R or A; a relation without a letter is an R', () => {
    expect((['R', 'A', 'C', 'I'] as const).map((l) => takesPart(letterBit(l)))).toEqual([true, true, true, true]);
    expect((['R', 'A', 'C', 'I'] as const).map((l) => worksOn(letterBit(l)))).toEqual([true, true, false, false]);
    expect(worksOn(letterBit(undefined))).toBe(true);
    expect(takesPart(0)).toBe(false);
  });
  it('the owner: the As, else a single R, else nobody', () => {
    expect(ownersOf(['a', 'b'], ['c'])).toEqual(['a', 'b']);
    expect(ownersOf([], ['c'])).toEqual(['c']);
    expect(ownersOf([], ['c', 'd'])).toEqual([]);
  });
  it("a task's letters: one holder per source in the order of its first relation, its letters together", () => {
    const edges = [letter('b', 'C'), letter('a', 'A'), { id: 'm', kind: 'member', source: 'c', target: 't' } as BoardEdge, letter('b', 'A'), letter('c')];
    const letters = taskLetters(edges);
    expect(letters.holders).toEqual(['b', 'a', 'c']);
    expect(letters.holders.map((_, k) => lettersIn(letters.masks[k]))).toEqual([['A', 'C'], ['A'], ['R']]);
    expect(holdersWith(letters, A_BIT)).toEqual(['b', 'a']);
    expect(holdersWith(letters, WORKS_ON)).toEqual(['b', 'a', 'c']);
    expect(taskLetters(edges, (id) => id !== 'b').holders).toEqual(['a', 'c']);
  });
  it('taskOwners: the As, else a single R (two relations from one holder are one holder), else nobody', () => {
    expect(taskOwners(taskLetters([letter('a', 'R'), letter('b', 'A'), letter('c', 'A')]))).toEqual(['b', 'c']);
    expect(taskOwners(taskLetters([letter('a', 'R'), letter('a', 'R'), letter('b', 'C')]))).toEqual(['a']);
    expect(taskOwners(taskLetters([letter('a', 'R'), letter('b', 'R')]))).toEqual([]);
    expect(taskOwners(taskLetters([letter('a', 'I'), letter('b', 'C')]))).toEqual([]);
    // Read off a board for one task: only that task's relations count.
    const board = { edges: [letter('a', 'R'), letter('b', 'R', 'other'), letter('c', 'C')] } as Parameters<typeof taskOwners>[0];
    expect(taskOwners(board, 't')).toEqual(['a']);
  });
  it('the board of directors is never an active department', () => {
    expect(countsAsActive('board')).toBe(false);
    expect(countsAsActive('it')).toBe(true);
  });
  it('a holder counts for its own department or the one its role sits in', () => {
    const d = { id: 'd', kind: 'department', label: 'd', position: { x: 0, y: 0 }, data: { departmentType: 'hr' } } as BoardNode;
    const r = { id: 'r', kind: 'role', label: 'r', parentId: 'd', position: { x: 0, y: 0 }, data: { roleType: 'other', mandate: false, budget: false } } as BoardNode;
    const free = { ...r, id: 'f', parentId: undefined } as BoardNode;
    const byId = new Map([d, r, free].map((n) => [n.id, n]));
    expect([holderDepartment(d, byId), holderDepartment(r, byId), holderDepartment(free, byId), holderDepartment(undefined, byId)]).toEqual(['d', 'd', undefined, undefined]);
  });
});
