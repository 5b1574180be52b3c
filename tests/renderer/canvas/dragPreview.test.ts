import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absoluteRects } from '../../../shared/geometry/geometry';
import type { BoardNode, Point } from '../../../shared/model/board';
import { childrenOf, previewOffsets, shifted } from '../../../renderer/canvas/dragPreview';
import { arbitraryBoard } from '../../shared/arbitraryBoard';

const dept = { id: 'd', kind: 'department', label: 'Marketing', position: { x: 100, y: 100 }, width: 400, height: 300, data: { departmentType: 'marketing' } } as BoardNode;
const role = { id: 'r', kind: 'role', label: 'Strategist', parentId: 'd', position: { x: 20, y: 64 }, data: { roleType: 'strategist' } } as BoardNode;
const task = { id: 't', kind: 'task', label: 'Webcare', position: { x: 700, y: 100 }, data: { taskType: 'webcare' } } as BoardNode;
const byId = (nodes: readonly BoardNode[]) => new Map(nodes.map((n) => [n.id, n]));

describe('previewOffsets', () => {
  it('moves a dragged node by the distance from its place on the board', () => {
    const nodes = [dept, role, task];
    const offsets = previewOffsets(byId(nodes), childrenOf(nodes), new Map([['t', { x: 730, y: 90 }]]));
    expect([...offsets]).toEqual([['t', { x: 30, y: -10 }]]);
  });

  it('moves the roles inside a dragged department with it', () => {
    const nodes = [dept, role, task];
    const offsets = previewOffsets(byId(nodes), childrenOf(nodes), new Map([['d', { x: 140, y: 160 }]]));
    expect(offsets.get('d')).toEqual({ x: 40, y: 60 });
    expect(offsets.get('r')).toEqual({ x: 40, y: 60 });
    expect(offsets.has('t')).toBe(false);
  });

  it('ignores a node that is no longer on the board', () => {
    expect(previewOffsets(byId([task]), new Map(), new Map([['gone', { x: 1, y: 1 }]])).size).toBe(0);
  });

  /*
   * What the drag shows is what the drop stores: each rectangle moved by its offset is the
   * rectangle of the board with React Flow's positions applied. React Flow never drags a
   * node together with its department (the department carries it), so neither does this.
   */
  it('shows every node where the board will have it after the drop', () => {
    const moves = fc.array(fc.record({ pick: fc.nat(), x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }) }), { maxLength: 6 });
    fc.assert(
      fc.property(arbitraryBoard, moves, (board, picks) => {
        if (!board.nodes.length) return;
        const nodes = byId(board.nodes);
        const inside = (id: string, ancestor: string): boolean => {
          const parent = nodes.get(id)?.parentId;
          return parent !== undefined && (parent === ancestor || inside(parent, ancestor));
        };
        const positions = new Map<string, Point>();
        for (const { pick, x, y } of picks) {
          const id = board.nodes[pick % board.nodes.length]!.id;
          if ([...positions.keys()].some((other) => inside(id, other) || inside(other, id))) continue;
          positions.set(id, { x, y });
        }
        const offsets = previewOffsets(nodes, childrenOf(board.nodes), positions);
        const before = absoluteRects(board);
        const after = absoluteRects({ nodes: board.nodes.map((n) => (positions.has(n.id) ? { ...n, position: positions.get(n.id)! } : n)) });
        for (const node of board.nodes) {
          const shown = shifted(before.get(node.id)!, offsets.get(node.id));
          expect(shown.x).toBeCloseTo(after.get(node.id)!.x, 6);
          expect(shown.y).toBeCloseTo(after.get(node.id)!.y, 6);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('shifted', () => {
  it('keeps the same rectangle when there is no offset, so memoised lines do not redraw', () => {
    const rect = { x: 1, y: 2, width: 3, height: 4 };
    expect(shifted(rect, undefined)).toBe(rect);
    expect(shifted(rect, { x: 10, y: -2 })).toEqual({ x: 11, y: 0, width: 3, height: 4 });
  });
});
