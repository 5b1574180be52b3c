/**
 * The routing kernel with the real libavoid (loaded from node_modules, as the CLI does):
 * lines go round every box they do not join, an incremental update gives what a full
 * routing gives, and the demo and the two largest templates lose their crossings.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { absoluteRects, edgeEnds, HEADER_HEIGHT, type Rect } from '../../../shared/geometry/geometry';
import { demoBoard } from '../../../shared/boards/demo';
import type { Board } from '../../../shared/model/board';
import type { Avoid } from '../../../shared/routing/avoid';
import { routeInput, routeMidpoint } from '../../../shared/routing/boardRoutes';
import { clipRoute } from '../../../shared/routing/clip';
import { createEdgeRouter, MAX_ROUTED_EDGES, routeOnce, type RouteInput, type Routes } from '../../../shared/routing/router';
import { loadAvoid } from '../../../main/routing/avoidNode';
import dandelion from '../../../shared/templates/boards/dandelion.json' with { type: 'json' };
import honeycomb from '../../../shared/templates/boards/honeycomb.json' with { type: 'json' };
import { crossings, type Line } from './crossings';

let avoid: Avoid;
beforeAll(async () => {
  avoid = await loadAvoid();
});

const lines = (input: RouteInput, routes: Routes): Line[] =>
  input.edges.filter((e) => routes.has(e.id)).map((e) => ({ ...e, points: routes.get(e.id)! }));
const straightLines = (board: Board): Line[] => {
  const rects = absoluteRects(board);
  return board.edges.map((e) => {
    const { from, to } = edgeEnds(rects.get(e.source)!, rects.get(e.target)!);
    return { id: e.id, source: e.source, target: e.target, points: [from, to] };
  });
};

/**
 * The boxes a line must keep out of: every box, and of a department its header band (the
 * router lets a line cross a department's open floor: shared/routing/router.ts says why).
 */
const solidBoxes = (input: RouteInput): Map<string, Rect> =>
  new Map(input.nodes.map((n) => [n.id, n.container ? { ...n.rect, height: Math.min(HEADER_HEIGHT, n.rect.height) } : n.rect]));

const boards: [string, Board][] = [
  ['demo', demoBoard()],
  ['dandelion', dandelion as unknown as Board],
  ['honeycomb', honeycomb as unknown as Board],
];

describe('routing the demo and the largest templates', () => {
  it.each(boards)('%s: no line crosses a box it does not join (and straight lines did)', (name, board) => {
    const input = routeInput(board);
    const routes = routeOnce(avoid, input);
    expect(routes.size).toBe(board.edges.length);
    const rects = absoluteRects(board);
    const solid = solidBoxes(input);
    const before = crossings(straightLines(board), solid).length;
    const after = crossings(lines(input, routes), solid);
    // Printed for the closing note; "whole boxes" counts a department's open floor too.
    const whole = [crossings(straightLines(board), rects).length, crossings(lines(input, routes), rects).length];
    console.info(`${name}: ${before} line/box crossings straight, ${after.length} routed (whole boxes: ${whole[0]} → ${whole[1]})`);
    expect(before).toBeGreaterThan(0);
    expect(after).toEqual([]);
  });

  it('starts and ends every line on the border of its boxes', () => {
    const board = demoBoard();
    const rects = absoluteRects(board);
    const routes = routeOnce(avoid, routeInput(board));
    const onBorder = (p: { x: number; y: number }, r: Rect) =>
      (Math.abs(p.x - r.x) < 0.5 || Math.abs(p.x - r.x - r.width) < 0.5 || Math.abs(p.y - r.y) < 0.5 || Math.abs(p.y - r.y - r.height) < 0.5) &&
      p.x > r.x - 0.5 && p.x < r.x + r.width + 0.5 && p.y > r.y - 0.5 && p.y < r.y + r.height + 0.5;
    for (const edge of board.edges) {
      const route = routes.get(edge.id)!;
      const [source, target] = [rects.get(edge.source)!, rects.get(edge.target)!];
      expect(onBorder(route[0]!, source), `${edge.id} starts on its source`).toBe(true);
      // A role's line to its own department ends inside it, at the foot of its header band.
      const inside = source.x >= target.x && source.x + source.width <= target.x + target.width && source.y >= target.y && source.y + source.height <= target.y + target.height;
      if (!inside) expect(onBorder(route.at(-1)!, target), `${edge.id} ends on its target`).toBe(true);
    }
  });
});

const rounded = (routes: Routes) => new Map([...routes].map(([id, route]) => [id, route.map((p) => ({ x: Math.round(p.x), y: Math.round(p.y) }))]));

/** Boxes on a grid of cells, each somewhere inside its own cell: never overlapping. */
const gridBoard = fc
  .record({
    cols: fc.integer({ min: 2, max: 5 }),
    rows: fc.integer({ min: 2, max: 4 }),
    seed: fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 60, max: 160 }), fc.integer({ min: 40, max: 90 })), { minLength: 20, maxLength: 20 }),
    pairs: fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 12 }),
  })
  .map(({ cols, rows, seed, pairs }) => {
    const nodes = [];
    for (let i = 0; i < cols * rows; i++) {
      const [dx, dy, w, h] = seed[i % seed.length]!;
      nodes.push({ id: `n${i}`, rect: { x: (i % cols) * 260 + dx, y: Math.floor(i / cols) * 180 + dy, width: w, height: h }, container: false });
    }
    const edges = pairs
      .map(([a, b], i) => ({ id: `e${i}`, source: `n${a % nodes.length}`, target: `n${b % nodes.length}` }))
      .filter((e) => e.source !== e.target);
    return { nodes, edges } satisfies RouteInput;
  });

describe('routing random boards', () => {
  it('never crosses a box a line does not join', () => {
    fc.assert(
      fc.property(gridBoard, (input) => {
        const routes = routeOnce(avoid, input);
        const rects = new Map(input.nodes.map((n) => [n.id, n.rect]));
        expect(crossings(lines(input, routes), rects)).toEqual([]);
      }),
      { seed: 20_261_207, numRuns: 25 },
    );
  });

  it('gives after a move the routes a fresh routing gives', () => {
    fc.assert(
      fc.property(gridBoard, fc.nat(), fc.integer({ min: -80, max: 80 }), (input, which, shift) => {
        const router = createEdgeRouter(avoid);
        try {
          router.update(input);
          const moved = input.nodes[which % input.nodes.length]!;
          const next: RouteInput = { ...input, nodes: input.nodes.map((n) => (n === moved ? { ...n, rect: { ...n.rect, y: n.rect.y + shift } } : n)) };
          const incremental = router.update(next);
          const full = routeOnce(avoid, next);
          const rects = new Map(next.nodes.map((n) => [n.id, n.rect]));
          // The same lines, to a board unit (libavoid's nudging leaves sub-pixel differences).
          expect(crossings(lines(next, incremental), rects)).toEqual([]);
          expect(incremental.size).toBe(full.size);
          expect(rounded(incremental)).toEqual(rounded(full));
        } finally {
          router.dispose();
        }
      }),
      { seed: 20_261_207, numRuns: 15 },
    );
  });

  it('keeps the array of every line an update did not change', () => {
    const input = routeInput(demoBoard());
    const router = createEdgeRouter(avoid);
    const first = router.update(input);
    const again = router.update({ ...input });
    for (const [id, route] of first) expect(again.get(id)).toBe(route);
    router.dispose();
  });

  it('leaves boards with more lines than it can route in time straight', () => {
    const input: RouteInput = {
      nodes: [
        { id: 'a', rect: { x: 0, y: 0, width: 10, height: 10 }, container: false },
        { id: 'b', rect: { x: 100, y: 0, width: 10, height: 10 }, container: false },
      ],
      edges: Array.from({ length: MAX_ROUTED_EDGES + 1 }, (_, i) => ({ id: `e${i}`, source: 'a', target: 'b' })),
    };
    expect(routeOnce(avoid, input).size).toBe(0);
  });
});

describe('route geometry', () => {
  it('cuts a route where it leaves its source and enters its target', () => {
    const source = { x: 0, y: 0, width: 100, height: 50 };
    const target = { x: 300, y: 200, width: 100, height: 50 };
    const clipped = clipRoute([{ x: 50, y: 25 }, { x: 50, y: 120 }, { x: 350, y: 120 }, { x: 350, y: 225 }], source, target);
    expect(clipped).toEqual([{ x: 50, y: 50 }, { x: 50, y: 120 }, { x: 350, y: 120 }, { x: 350, y: 200 }]);
  });

  it('puts the middle halfway along the line, not between its ends', () => {
    const mid = routeMidpoint([{ x: 0, y: 0 }, { x: 0, y: 100 }, { x: 100, y: 100 }]);
    expect(mid.x).toBeCloseTo(0, 6);
    expect(mid.y).toBeCloseTo(100, 6);
  });
});

describe('lines that need no route', () => {
  // Two roles stacked 16 units apart in their department: libavoid keeps ROUTE_CLEARANCE
  // from every box, its own ends included, and took this line round the department's side.
  const stacked: RouteInput = {
    nodes: [
      { id: 'dept', rect: { x: 0, y: 0, width: 280, height: 300 }, container: true },
      { id: 'upper', rect: { x: 20, y: 64, width: 240, height: 96 }, container: false },
      { id: 'lower', rect: { x: 20, y: 176, width: 240, height: 96 }, container: false },
      { id: 'task', rect: { x: 400, y: 400, width: 200, height: 80 }, container: false },
    ],
    edges: [{ id: 'short', source: 'lower', target: 'upper' }],
  };

  it('draws a line whose straight path is clear straight, as the canvas would', () => {
    const route = routeOnce(avoid, stacked).get('short')!;
    const { from, to } = edgeEnds(stacked.nodes[2]!.rect, stacked.nodes[1]!.rect);
    expect(route).toEqual([from, to]);
  });

  it('routes a line whose straight path crosses a box, or its own department\'s title', () => {
    const blocked: RouteInput = { ...stacked, edges: [{ id: 'through', source: 'upper', target: 'task' }, { id: 'up', source: 'lower', target: 'above' }], nodes: [...stacked.nodes, { id: 'above', rect: { x: 20, y: -200, width: 240, height: 80 }, container: false }] };
    const routes = routeOnce(avoid, blocked);
    // upper → task passes the lower role; lower → above passes upper and the department's band.
    expect(routes.get('through')!.length).toBeGreaterThan(2);
    expect(routes.get('up')!.length).toBeGreaterThan(2);
    const rects = new Map(blocked.nodes.map((n) => [n.id, n.container ? { ...n.rect, height: HEADER_HEIGHT } : n.rect]));
    expect(crossings(lines(blocked, routes), rects)).toEqual([]);
  });
});

describe('a department header drawn taller (presenting)', () => {
  // A line between two boxes level with the lower part of the department's title: with the
  // editor's 48-unit band it may cross the department's open floor there; with the taller
  // band presenting draws, it must go round the whole title.
  const department = { id: 'dept', rect: { x: 0, y: 0, width: 400, height: 300 }, container: true };
  const input = (header?: number): RouteInput => ({
    nodes: [
      header === undefined ? department : { ...department, header },
      { id: 'role', rect: { x: 20, y: 160, width: 160, height: 80 }, container: false },
      { id: 'left', rect: { x: -300, y: 50, width: 120, height: 40 }, container: false },
      { id: 'right', rect: { x: 580, y: 50, width: 120, height: 40 }, container: false },
    ],
    edges: [{ id: 'across', source: 'left', target: 'right' }],
  });
  /** Every box, the department as its title band only. */
  const band = (height: number) => new Map(input().nodes.map((n) => [n.id, n.container ? { ...n.rect, height } : n.rect]));

  it('keeps the line out of the taller band', () => {
    const routes = routeOnce(avoid, input(100));
    expect(crossings(lines(input(100), routes), band(100))).toEqual([]);
  });

  it('with the editor band the same line crosses where the taller title would be', () => {
    const routes = routeOnce(avoid, input());
    expect(crossings(lines(input(), routes), band(100))).not.toEqual([]);
  });
});
