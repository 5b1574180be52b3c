/** The one geometry the canvas and every export draw with. */
import { describe, expect, it } from 'vitest';
import { absoluteRects, bounds, edgeEnds, HEADER_HEIGHT, nodeSize } from '../../../shared/geometry/geometry';
import type { BoardNode } from '../../../shared/model/board';
import { DEFAULT_SIZE } from '../../../shared/theme/theme';

const node = (id: string, kind: BoardNode['kind'], x: number, y: number, extra: Partial<BoardNode> = {}): BoardNode =>
  ({ id, kind, label: id, position: { x, y }, ...extra }) as BoardNode;

describe('geometry', () => {
  it('places a child relative to its parent, and survives a parent cycle', () => {
    const rects = absoluteRects({ nodes: [node('d', 'department', 100, 50), node('r', 'role', 20, 64, { parentId: 'd' })] });
    expect(rects.get('r')).toMatchObject({ x: 120, y: 114 });
    const cyclic = absoluteRects({ nodes: [node('a', 'department', 10, 10, { parentId: 'b' }), node('b', 'department', 5, 5, { parentId: 'a' })] });
    expect([...cyclic.values()].every((r) => Number.isFinite(r.x) && Number.isFinite(r.y))).toBe(true);
  });

  it('falls back to the default size for a missing, zero or non-finite size', () => {
    expect(nodeSize(node('t', 'task', 0, 0, { width: Number.NaN, height: -5 }))).toEqual(DEFAULT_SIZE.task);
    expect(nodeSize(node('t', 'task', 0, 0, { width: 300, height: 90 }))).toEqual({ width: 300, height: 90 });
  });

  it('runs an edge border to border, and from a role up to its own department header', () => {
    const a = { x: 0, y: 0, width: 100, height: 50 };
    const b = { x: 300, y: 0, width: 100, height: 50 };
    expect(edgeEnds(a, b)).toEqual({ from: { x: 100, y: 25 }, to: { x: 300, y: 25 } });
    const department = { x: 0, y: 0, width: 400, height: 300 };
    const role = { x: 20, y: 100, width: 200, height: 100 };
    expect(edgeEnds(role, department)).toEqual({ from: { x: 120, y: 100 }, to: { x: 120, y: HEADER_HEIGHT } });
  });

  it('bounds all rectangles, or none', () => {
    expect(bounds([{ x: 0, y: 0, width: 10, height: 10 }, { x: 20, y: -5, width: 5, height: 5 }])).toEqual({ x: 0, y: -5, width: 25, height: 15 });
    expect(bounds([])).toBeUndefined();
  });
});
