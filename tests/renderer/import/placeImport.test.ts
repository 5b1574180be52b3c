/** The import added to the open board: fresh ids, below the content, profile kept or taken. */
import { describe, expect, it } from 'vitest';
import { absoluteRects, bounds } from '../../../shared/geometry/geometry';
import { overlappingPairs } from '../../../shared/geometry/crossings';
import { emptyBoard, type Board, type BoardNode } from '../../../shared/model/board';
import { parseBoardValue } from '../../../shared/model/parse';
import { buildBoard } from '../../../shared/orgImport/build';
import type { Person } from '../../../shared/orgImport/checks';
import { IMPORT_GAP, placeImport } from '../../../renderer/import/placeImport';

const people: Person[] = [
  { line: 2, key: '1', name: 'Anna', title: 'Directeur', department: 'Directie', managers: [] },
  { line: 3, key: '2', name: 'Bert', title: 'Webcare medewerker', department: 'Klantenservice', managers: ['1'] },
  { line: 4, key: '3', name: 'Cor', title: 'Woordvoerder', department: 'Communicatie', managers: ['1'] },
];
const imported = buildBoard(people, { name: 'Personeel', noDepartment: 'Geen afdeling' }).board;

/** A board whose ids are the very ones the import uses (d1, r1, e1), with content at (40, -300). */
function occupied(): Board {
  const nodes: BoardNode[] = [
    { id: 'd1', kind: 'department', label: 'Bestaand', position: { x: 40, y: -300 }, data: { departmentType: 'other' } } as BoardNode,
    { id: 'r1', kind: 'role', label: 'Rol', parentId: 'd1', position: { x: 12, y: 60 }, data: { roleType: 'other', mandate: false, budget: false } } as BoardNode,
  ];
  return { ...emptyBoard({ name: 'Klant BV', size: 'large' }), nodes, edges: [] };
}

describe('placeImport', () => {
  it('gives the import ids the board does not use, with parents and lines remapped', () => {
    const board = occupied();
    const { board: next, nodeIds } = placeImport(board, imported);
    expect(next.nodes).toHaveLength(board.nodes.length + imported.nodes.length);
    expect(new Set(next.nodes.map((n) => n.id)).size).toBe(next.nodes.length);
    expect(nodeIds.some((id) => board.nodes.some((n) => n.id === id))).toBe(false);
    // The original nodes are untouched.
    expect(next.nodes.slice(0, 2)).toEqual(board.nodes);
    const ids = new Set(next.nodes.map((n) => n.id));
    for (const edge of next.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    expect(next.edges.filter((e) => e.kind === 'reports')).toHaveLength(2);
    for (const node of next.nodes) if (node.parentId) expect(ids.has(node.parentId)).toBe(true);
    expect(parseBoardValue(next).ok).toBe(true);
  });

  it('goes below the content, left-aligned with it, overlapping nothing', () => {
    const board = occupied();
    const { board: next, nodeIds } = placeImport(board, imported);
    const rects = absoluteRects(next);
    const before = bounds(absoluteRects(board).values())!;
    const added = bounds(nodeIds.map((id) => rects.get(id)!))!;
    expect(added.y).toBeCloseTo(before.y + before.height + IMPORT_GAP, 6);
    expect(added.x).toBeCloseTo(before.x, 6);
    expect(overlappingPairs(next, rects)).toEqual([]);
  });

  it('keeps the name and profile of a board with content', () => {
    const { board: next } = placeImport(occupied(), imported);
    expect(next.profile).toEqual(occupied().profile);
  });

  it('an empty board takes the import as built, its size, and the name when it has none', () => {
    const unnamed = placeImport(emptyBoard({ name: '' }), imported).board;
    expect(unnamed.profile.name).toBe('Personeel');
    expect(unnamed.profile.size).toBe(imported.profile.size);
    expect(unnamed.nodes.map((n) => n.position)).toEqual(imported.nodes.map((n) => n.position));
    expect(placeImport(emptyBoard({ name: 'Eigen naam' }), imported).board.profile.name).toBe('Eigen naam');
  });
});
