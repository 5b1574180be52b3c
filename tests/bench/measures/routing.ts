/**
 * The line router's own cost (issue 21), in Node with the same libavoid WASM the page's
 * routing worker runs: a full routing and the reroute after one node moved (what a drop
 * asks for), median of 5 after a warm-up, on the demo and S. M is over the router's limit
 * (shared/routing/router.ts MAX_ROUTED_EDGES: its lines stay straight), so M's figure is
 * the cost of finding that out. A drag step routes nothing: moved lines are drawn straight
 * until the drop. Run alone: `npx tsx tests/bench/measures/routing.ts`.
 */
import { pathToFileURL } from 'node:url';
import { loadAvoid } from '../../../main/routing/avoidNode';
import { demoBoard } from '../../../shared/boards/demo';
import type { Board } from '../../../shared/model/board';
import { routeInput } from '../../../shared/routing/boardRoutes';
import { createEdgeRouter, type RouteInput } from '../../../shared/routing/router';
import { generateBoard } from '../fixtures';
import { median } from '../stats';

export interface RoutingFigures {
  board: string;
  edges: number;
  fullMs: number;
  afterMoveMs: number;
}

function moved(input: RouteInput, i: number): RouteInput {
  const free = input.nodes.filter((n) => !n.container);
  const node = free[(i * 7) % free.length]!;
  return { ...input, nodes: input.nodes.map((n) => (n === node ? { ...n, rect: { ...n.rect, x: n.rect.x + 24 * (i % 2 ? -1 : 1) } } : n)) };
}

export async function measureRouting(boards: [string, Board][]): Promise<RoutingFigures[]> {
  const avoid = await loadAvoid();
  return boards.map(([name, board]) => {
    const input = routeInput(board);
    const full: number[] = [];
    const move: number[] = [];
    for (let run = 0; run < 6; run++) {
      const router = createEdgeRouter(avoid);
      let t = performance.now();
      router.update(input);
      const fullMs = performance.now() - t;
      t = performance.now();
      router.update(moved(input, run));
      const moveMs = performance.now() - t;
      router.dispose();
      // The first run warms the WASM up.
      if (run) {
        full.push(fullMs);
        move.push(moveMs);
      }
    }
    return { board: name, edges: board.edges.length, fullMs: median(full), afterMoveMs: median(move) };
  });
}

export const ROUTING_BOARDS = (): [string, Board][] => [
  ['demo', demoBoard()],
  ['S', generateBoard('S')],
  ['M', generateBoard('M')],
];

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const f of await measureRouting(ROUTING_BOARDS())) {
    console.log(`routing ${f.board} (${f.edges} lines): full ${f.fullMs.toFixed(1)} ms, after one node moved ${f.afterMoveMs.toFixed(1)} ms`);
  }
}
