/**
 * Board geometry shared by the canvas and the exports, so both draw an edge between the
 * same two points: absolute node rectangles (children are stored relative to their parent)
 * and the point where a line between two rectangles' centres leaves each border.
 */
import type { BoardNode } from '../model/board';
import { DEFAULT_SIZE } from '../theme/theme';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Side = 'top' | 'right' | 'bottom' | 'left';

/** Height of a department's header band; its roles sit below it (the demo puts them at y 64). */
export const HEADER_HEIGHT = 48;

export function nodeSize(node: BoardNode): { width: number; height: number } {
  const fallback = DEFAULT_SIZE[node.kind];
  // A hostile or broken size must not blow up a page or an export: fall back rather than draw NaN.
  const width = Number.isFinite(node.width) && node.width! > 0 ? node.width! : fallback.width;
  const height = Number.isFinite(node.height) && node.height! > 0 ? node.height! : fallback.height;
  return { width, height };
}

/** Every node's rectangle in board coordinates: a child's position is relative to its parent. */
export function absoluteRects(board: { readonly nodes: readonly BoardNode[] }): Map<string, Rect> {
  const byId = new Map(board.nodes.map((node) => [node.id, node]));
  const origin = (node: BoardNode, seen: Set<string>): { x: number; y: number } => {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    // A parent cycle is a broken file; the parser refuses it, but never loop forever.
    if (!parent || seen.has(parent.id)) return { x: node.position.x, y: node.position.y };
    seen.add(parent.id);
    const base = origin(parent, seen);
    return { x: base.x + node.position.x, y: base.y + node.position.y };
  };
  const rects = new Map<string, Rect>();
  for (const node of board.nodes) rects.set(node.id, { ...origin(node, new Set([node.id])), ...nodeSize(node) });
  return rects;
}

/** Where the line from `rect`'s centre towards `towards` crosses `rect`'s border, and on which side. */
export function borderPoint(rect: Rect, towards: { x: number; y: number }): { x: number; y: number; side: Side } {
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + rect.height / 2;
  const dx = towards.x - cx;
  const dy = towards.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: rect.y + rect.height, side: 'bottom' };
  const scaleX = dx === 0 ? Infinity : rect.width / 2 / Math.abs(dx);
  const scaleY = dy === 0 ? Infinity : rect.height / 2 / Math.abs(dy);
  if (scaleX < scaleY) return { x: cx + dx * scaleX, y: cy + dy * scaleX, side: dx > 0 ? 'right' : 'left' };
  return { x: cx + dx * scaleY, y: cy + dy * scaleY, side: dy > 0 ? 'bottom' : 'top' };
}

export function centre(rect: Rect): { x: number; y: number } {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/**
 * The two end points of an edge between two rectangles, border to border along the line
 * between the centres. A role linked to its own department (e.g. `leads`) would run inside
 * the container, so it runs straight up from the role to the department's header band.
 */
export function edgeEnds(source: Rect, target: Rect): { from: { x: number; y: number }; to: { x: number; y: number } } {
  if (contains(target, source)) {
    const x = source.x + source.width / 2;
    return { from: { x, y: source.y }, to: { x, y: target.y + HEADER_HEIGHT } };
  }
  if (contains(source, target)) {
    const x = target.x + target.width / 2;
    return { from: { x, y: source.y + HEADER_HEIGHT }, to: { x, y: target.y } };
  }
  const from = borderPoint(source, centre(target));
  const to = borderPoint(target, centre(source));
  return { from: { x: from.x, y: from.y }, to: { x: to.x, y: to.y } };
}

/** The smallest rectangle around all `rects`, or undefined for none. */
export function bounds(rects: Iterable<Rect>): Rect | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const r of rects) {
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  return minX === Infinity ? undefined : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
