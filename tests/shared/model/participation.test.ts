import { describe, expect, it } from 'vitest';
import type { BoardNode } from '../../../shared/model/board';
import { countsAsActive, holderDepartment, letterBit, ownersOf, takesPart, worksOn } from '../../../shared/model/participation';

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
