/**
 * The presented board (issue 21, point 2): every box grown to what its label needs, no two
 * boxes that were apart on the board touching, every child inside its grown container,
 * rows and columns kept, and nothing moved that did not have to.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { nodeSize } from '../../../shared/geometry/geometry';
import { PRESENT_GAP, presentLayout, type PresentBox, type PresentNeed } from '../../../shared/layout/presentLayout';
import { TEMPLATE_IDS, templateBoard } from '../../../shared/templates';
import type { Board } from '../../../shared/model/board';

const EPS = 1e-6;
type Abs = { x: number; y: number; width: number; height: number };

function boxesOf(board: Board): PresentBox[] {
  return board.nodes.map((n) => ({ id: n.id, parentId: n.parentId, x: n.position.x, y: n.position.y, ...nodeSize(n) }));
}

function absolute(boxes: readonly PresentBox[], placed: Map<string, Abs>): Map<string, Abs> {
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const out = new Map<string, Abs>();
  const of = (id: string): Abs => {
    const own = placed.get(id)!;
    const parent = byId.get(id)?.parentId;
    if (!parent || !placed.has(parent)) return own;
    const p = of(parent);
    return { ...own, x: own.x + p.x, y: own.y + p.y };
  };
  for (const b of boxes) out.set(b.id, of(b.id));
  return out;
}

const apart = (a: Abs, b: Abs, gap = 0) => a.x + a.width + gap <= b.x + EPS || b.x + b.width + gap <= a.x + EPS || a.y + a.height + gap <= b.y + EPS || b.y + b.height + gap <= a.y + EPS;
const inside = (outer: Abs, inner: Abs) => inner.x >= outer.x - EPS && inner.y >= outer.y - EPS && inner.x + inner.width <= outer.x + outer.width + EPS && inner.y + inner.height <= outer.y + outer.height + EPS;

/** Every problem of a presented layout, as words. */
function problems(boxes: readonly PresentBox[], needs: ReadonlyMap<string, PresentNeed>, placed: Map<string, Abs>): string[] {
  const found: string[] = [];
  const before = absolute(boxes, new Map(boxes.map((b) => [b.id, b])));
  const after = absolute(boxes, placed);
  for (const b of boxes) {
    const p = placed.get(b.id)!;
    const need = needs.get(b.id);
    if (p.width + EPS < Math.max(b.width, need?.width ?? 0) || p.height + EPS < Math.max(b.height, need?.height ?? 0)) found.push(`${b.id} smaller than it needs`);
    if (b.parentId && placed.has(b.parentId) && !inside(after.get(b.parentId)!, after.get(b.id)!)) found.push(`${b.id} outside ${b.parentId}`);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      // Only siblings: a child sits inside its container on purpose.
      if ((a.parentId ?? '') !== (b.parentId ?? '')) continue;
      if (apart(before.get(a.id)!, before.get(b.id)!) && !apart(after.get(a.id)!, after.get(b.id)!, PRESENT_GAP)) found.push(`${a.id} touches ${b.id}`);
    }
  }
  return found;
}

describe('presentLayout', () => {
  it('leaves a board whose labels fit exactly as it is', () => {
    const boxes: PresentBox[] = [
      { id: 'a', x: 0, y: 0, width: 100, height: 50 },
      { id: 'b', x: 200, y: 0, width: 100, height: 50 },
    ];
    const placed = presentLayout(boxes, new Map());
    expect(placed.get('a')).toEqual({ x: 0, y: 0, width: 100, height: 50 });
    expect(placed.get('b')).toEqual({ x: 200, y: 0, width: 100, height: 50 });
  });

  it('grows a box and pushes its row along, and only its row', () => {
    const boxes: PresentBox[] = [
      { id: 'a', x: 0, y: 0, width: 100, height: 50 },
      { id: 'b', x: 120, y: 0, width: 100, height: 50 },
      { id: 'c', x: 0, y: 100, width: 100, height: 50 },
      { id: 'd', x: 120, y: 100, width: 100, height: 50 },
    ];
    const placed = presentLayout(boxes, new Map([['a', { width: 180, height: 50 }]]));
    expect(placed.get('a')!.width).toBe(180);
    expect(placed.get('b')!.x).toBe(180 + PRESENT_GAP);
    // The row below has room: it stays where it was.
    expect(placed.get('c')).toEqual({ x: 0, y: 100, width: 100, height: 50 });
    expect(placed.get('d')).toEqual({ x: 120, y: 100, width: 100, height: 50 });
  });

  it('grows a department round its grown roles, and moves them below a taller header', () => {
    const boxes: PresentBox[] = [
      { id: 'dep', x: 0, y: 0, width: 300, height: 160 },
      { id: 'r1', parentId: 'dep', x: 16, y: 64, width: 120, height: 80 },
      { id: 'r2', parentId: 'dep', x: 160, y: 64, width: 120, height: 80 },
      { id: 'next', x: 340, y: 0, width: 100, height: 100 },
    ];
    const needs = new Map<string, PresentNeed>([
      ['r1', { width: 200, height: 120 }],
      ['dep', { width: 0, height: 0, headerGrowth: 10 }],
    ]);
    const placed = presentLayout(boxes, needs);
    expect(placed.get('r1')).toMatchObject({ x: 16, y: 74, width: 200, height: 120 });
    expect(placed.get('r2')!.x).toBe(16 + 200 + PRESENT_GAP);
    expect(problems(boxes, needs, placed)).toEqual([]);
    // The department grew, and what stood beside it moved along.
    expect(placed.get('next')!.x).toBeGreaterThanOrEqual(placed.get('dep')!.width + PRESENT_GAP);
  });

  it('keeps roles in one department `inner` apart, with as much room on their right as on their left', () => {
    const boxes: PresentBox[] = [
      { id: 'dep', x: 0, y: 0, width: 400, height: 160 },
      { id: 'r1', parentId: 'dep', x: 10, y: 64, width: 120, height: 80 },
      { id: 'r2', parentId: 'dep', x: 160, y: 64, width: 120, height: 80 },
    ];
    const needs = new Map<string, PresentNeed>([
      ['r1', { width: 200, height: 80 }],
      ['r2', { width: 200, height: 80 }],
    ]);
    const inner = PRESENT_GAP / 2;
    const placed = presentLayout(boxes, needs, PRESENT_GAP, 1, inner);
    expect(placed.get('r2')!.x).toBe(10 + 200 + inner);
    // The board's own 120 units right of the roles were room for more; presenting keeps the
    // larger of the left margin and the inner gap.
    expect(placed.get('dep')!.width).toBe(10 + 200 + inner + 200 + Math.max(10, inner));
    // With the default inner (the full gap), the roles are a full gap apart.
    expect(presentLayout(boxes, needs).get('r2')!.x).toBe(10 + 200 + PRESENT_GAP);
  });

  it('keeps the demo and every template free of touching boxes with every label 1.6× as large', () => {
    for (const board of [demoBoard(), ...TEMPLATE_IDS.map((id) => templateBoard(id))]) {
      const boxes = boxesOf(board);
      const needs = new Map(boxes.map((b) => [b.id, { width: b.width * 1.6, height: b.height * 1.3, headerGrowth: 8 }]));
      expect(problems(boxes, needs, presentLayout(boxes, needs)), board.profile.name).toEqual([]);
      expect(problems(boxes, needs, presentLayout(boxes, needs, PRESENT_GAP, 0.5)), board.profile.name).toEqual([]);
    }
  });

  it('holds for random boxes and needs (fast-check, fixed seed)', () => {
    const box = fc.record({
      x: fc.integer({ min: 0, max: 2000 }),
      y: fc.integer({ min: 0, max: 2000 }),
      width: fc.integer({ min: 20, max: 300 }),
      height: fc.integer({ min: 20, max: 200 }),
      grow: fc.double({ min: 1, max: 2.5, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(box, { minLength: 1, maxLength: 25 }), (raw) => {
        const boxes: PresentBox[] = raw.map((b, i) => ({ id: `n${i}`, x: b.x, y: b.y, width: b.width, height: b.height }));
        const needs = new Map(raw.map((b, i) => [`n${i}`, { width: b.width * b.grow, height: b.height * b.grow }]));
        expect(problems(boxes, needs, presentLayout(boxes, needs))).toEqual([]);
        expect(problems(boxes, needs, presentLayout(boxes, needs, PRESENT_GAP, 0.5))).toEqual([]);
      }),
      { seed: 21, numRuns: 200 },
    );
  });
});
