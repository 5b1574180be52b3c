/** Where things are on the page: absolute boxes, scope and edge end points, from the model. */
import type { Board, BoardNode, Point } from '../model/board';
import { DEFAULT_SIZE } from '../theme/theme';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Height of a department's header band; its roles sit below it (the demo puts them at y 64). */
export const HEADER_HEIGHT = 48;

export function nodeSize(node: BoardNode): { width: number; height: number } {
  const fallback = DEFAULT_SIZE[node.kind];
  // A hostile or broken size must not blow up the page: fall back rather than draw NaN.
  const width = Number.isFinite(node.width) && node.width! > 0 ? node.width! : fallback.width;
  const height = Number.isFinite(node.height) && node.height! > 0 ? node.height! : fallback.height;
  return { width, height };
}

/** Absolute boxes of every node: a child's position is relative to its parent department. */
export function absoluteBoxes(nodes: readonly BoardNode[]): Map<string, Box> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const boxes = new Map<string, Box>();
  const origin = (node: BoardNode, seen: Set<string>): Point => {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    // A parent cycle is a broken file; the parser should refuse it, but never loop forever.
    if (!parent || seen.has(parent.id)) return { x: node.position.x, y: node.position.y };
    seen.add(parent.id);
    const base = origin(parent, seen);
    return { x: base.x + node.position.x, y: base.y + node.position.y };
  };
  for (const node of nodes) {
    const { x, y } = origin(node, new Set([node.id]));
    boxes.set(node.id, { x, y, ...nodeSize(node) });
  }
  return boxes;
}

/**
 * The nodes an export shows: the whole board, or the selection plus the children of
 * selected departments (they belong to their container on the canvas too).
 */
export function nodesInScope(board: Board, selection?: readonly string[]): BoardNode[] {
  if (!selection) return board.nodes;
  const chosen = new Set(selection);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of board.nodes) {
      if (node.parentId && chosen.has(node.parentId) && !chosen.has(node.id)) {
        chosen.add(node.id);
        grew = true;
      }
    }
  }
  return board.nodes.filter((n) => chosen.has(n.id));
}

export function boundsOf(boxes: Iterable<Box>): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  if (minX === Infinity) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

const centre = (b: Box): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

function contains(outer: Box, inner: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** Where the ray from the box's centre towards `toward` leaves the box. */
function exitPoint(box: Box, toward: Point): Point {
  const c = centre(box);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const sx = dx === 0 ? Infinity : box.width / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : box.height / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: c.x + dx * s, y: c.y + dy * s };
}

/**
 * An edge's end points: straight from border to border along the line between the centres.
 * A role linked to its own department (e.g. `leads`) would run inside the container, so it
 * runs up from the role to the department's header band instead.
 */
export function edgeEnds(source: Box, target: Box): { from: Point; to: Point } {
  if (contains(target, source)) {
    const x = source.x + source.width / 2;
    return { from: { x, y: source.y }, to: { x, y: target.y + HEADER_HEIGHT } };
  }
  if (contains(source, target)) {
    const x = target.x + target.width / 2;
    return { from: { x, y: source.y + HEADER_HEIGHT }, to: { x, y: target.y } };
  }
  return { from: exitPoint(source, centre(target)), to: exitPoint(target, centre(source)) };
}
