/** A board as the router wants it: absolute boxes, which of them hold others, the edges. */
import { absoluteRects } from '../geometry/geometry';
import type { BoardEdge, BoardNode, Point } from '../model/board';

/** What routing reads of a board. */
export interface RoutedBoard {
  readonly nodes: readonly BoardNode[];
  readonly edges: readonly BoardEdge[];
  /** The departments' header band height when it is not the editor's (presenting grows it). */
  readonly header?: number;
}
import type { Avoid } from './avoid';
import { routeOnce, type RouteInput, type Routes } from './router';

export function routeInput(board: RoutedBoard, rects = absoluteRects(board)): RouteInput {
  const parents = new Set(board.nodes.flatMap((node) => (node.parentId ? [node.parentId] : [])));
  return {
    nodes: board.nodes.map((node) => {
      const container = parents.has(node.id);
      return { id: node.id, rect: rects.get(node.id)!, container, ...(container && board.header !== undefined ? { header: board.header } : {}) };
    }),
    edges: board.edges.map(({ id, source, target }) => ({ id, source, target })),
  };
}

/** Every edge's route on `board`, with a router of its own (an export, the CLI). */
export function routeBoard(avoid: Avoid, board: RoutedBoard): Routes {
  return routeOnce(avoid, routeInput(board));
}

/** The point halfway along a route, where a RACI badge sits. */
export function routeMidpoint(route: readonly Point[]): Point {
  const lengths = route.slice(1).map((p, i) => Math.hypot(p.x - route[i]!.x, p.y - route[i]!.y));
  let left = lengths.reduce((a, b) => a + b, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i]!;
    if (left <= length && length > 0) {
      const t = left / length;
      const [a, b] = [route[i]!, route[i + 1]!];
      return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
    }
    left -= length;
  }
  return route[0] ?? { x: 0, y: 0 };
}
