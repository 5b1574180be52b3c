import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absoluteRects } from '../../../shared/geometry/geometry';
import type { BoardNode } from '../../../shared/model/board';
import { createStableRects } from '../../../renderer/canvas/edges/stableRects';
import { arbitraryBoard } from '../../shared/arbitraryBoard';

const dept: BoardNode = { id: 'd', kind: 'department', label: 'Marketing', position: { x: 100, y: 100 }, width: 400, height: 300, data: { departmentType: 'marketing' } } as BoardNode;
const role: BoardNode = { id: 'r', kind: 'role', label: 'Strategist', parentId: 'd', position: { x: 20, y: 64 }, data: { roleType: 'strategist' } } as BoardNode;
const task: BoardNode = { id: 't', kind: 'task', label: 'Webcare', position: { x: 700, y: 100 }, data: { taskType: 'webcare' } } as BoardNode;

describe('createStableRects', () => {
  it('gives the same rectangles as absoluteRects', () => {
    const rectsOf = createStableRects();
    expect(new Map(rectsOf([dept, role, task]))).toEqual(absoluteRects({ nodes: [dept, role, task] }));
  });

  it('keeps the same object for every node whose rectangle did not change', () => {
    const rectsOf = createStableRects();
    const first = rectsOf([dept, role, task]);
    const moved = { ...task, position: { x: 740, y: 120 } };
    const second = rectsOf([dept, role, moved]);
    expect(second.get('d')).toBe(first.get('d'));
    expect(second.get('r')).toBe(first.get('r'));
    expect(second.get('t')).not.toBe(first.get('t'));
    expect(second.get('t')).toMatchObject({ x: 740, y: 120 });
  });

  it('gives a moved department and the roles inside it new rectangles', () => {
    const rectsOf = createStableRects();
    const first = rectsOf([dept, role, task]);
    const second = rectsOf([{ ...dept, position: { x: 150, y: 100 } }, role, task]);
    expect(second.get('d')).not.toBe(first.get('d'));
    expect(second.get('r')).not.toBe(first.get('r'));
    expect(second.get('r')).toMatchObject({ x: 170, y: 164 });
    expect(second.get('t')).toBe(first.get('t'));
  });

  it('keeps an unchanged rectangle even when its node object is new (an undo restores equal values)', () => {
    const rectsOf = createStableRects();
    const first = rectsOf([dept, role, task]);
    const second = rectsOf([{ ...dept }, { ...role }, { ...task }]);
    for (const id of ['d', 'r', 't']) expect(second.get(id)).toBe(first.get(id));
  });

  it('gives a role the new place of its department even when the role itself is the same object', () => {
    const rectsOf = createStableRects();
    rectsOf([dept, role, task]);
    const moved = { ...dept, position: { x: 0, y: 0 } };
    expect(new Map(rectsOf([moved, role, task]))).toEqual(absoluteRects({ nodes: [moved, role, task] }));
    // …and back: the values follow the board, not the cache.
    expect(new Map(rectsOf([dept, role, task]))).toEqual(absoluteRects({ nodes: [dept, role, task] }));
  });

  it('agrees with absoluteRects on nested parents listed after their children', () => {
    const rectsOf = createStableRects();
    const inner = { ...role, id: 'inner', parentId: 'r', position: { x: 5, y: 6 } } as BoardNode;
    const nodes = [inner, role, dept, task];
    expect(new Map(rectsOf(nodes))).toEqual(absoluteRects({ nodes }));
  });

  it('does not loop on a parent cycle (a broken file)', () => {
    const rectsOf = createStableRects();
    const a = { ...task, id: 'a', parentId: 'b' } as BoardNode;
    const b = { ...task, id: 'b', parentId: 'a' } as BoardNode;
    expect(rectsOf([a, b]).size).toBe(2);
  });

  it('forgets deleted nodes', () => {
    const rectsOf = createStableRects();
    rectsOf([dept, role, task]);
    expect(rectsOf([dept, role]).has('t')).toBe(false);
  });

  it('always agrees with absoluteRects, through any sequence of moves and resizes', () => {
    fc.assert(
      fc.property(arbitraryBoard, fc.array(fc.tuple(fc.nat(), fc.integer({ min: -500, max: 500 }), fc.boolean()), { maxLength: 8 }), (board, edits) => {
        const rectsOf = createStableRects();
        let nodes = board.nodes;
        expect(new Map(rectsOf(nodes))).toEqual(absoluteRects({ nodes }));
        for (const [pick, delta, resize] of edits) {
          if (!nodes.length) break;
          const i = pick % nodes.length;
          const node = nodes[i]!;
          const changed = resize ? { ...node, width: Math.abs(delta) + 40 } : { ...node, position: { x: node.position.x + delta, y: node.position.y } };
          nodes = nodes.map((n, j) => (j === i ? (changed as BoardNode) : n));
          const before = new Map(rectsOf(nodes));
          expect(before).toEqual(absoluteRects({ nodes }));
        }
      }),
      { numRuns: 200 },
    );
  });
});
