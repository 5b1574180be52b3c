/**
 * Board geometry shared by the canvas and the exports, so both draw an edge between the
 * same two points: absolute node rectangles (children are stored relative to their parent)
 * and the point where a line between two rectangles' centres leaves each border.
 */
import type { Board, BoardNode } from '../model/board';
import { DEFAULT_SIZE } from '../theme/theme';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Side = 'top' | 'right' | 'bottom' | 'left';

export function nodeSize(node: BoardNode): { width: number; height: number } {
  const fallback = DEFAULT_SIZE[node.kind];
  return { width: node.width ?? fallback.width, height: node.height ?? fallback.height };
}

/** Every node's rectangle in board coordinates. */
export function absoluteRects(board: Pick<Board, 'nodes'>): Map<string, Rect> {
  const byId = new Map(board.nodes.map((node) => [node.id, node]));
  const rects = new Map<string, Rect>();
  for (const node of board.nodes) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    const { width, height } = nodeSize(node);
    rects.set(node.id, {
      x: node.position.x + (parent?.position.x ?? 0),
      y: node.position.y + (parent?.position.y ?? 0),
      width,
      height,
    });
  }
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

/** The two end points of an edge between two rectangles. */
export function edgeEnds(source: Rect, target: Rect) {
  return { from: borderPoint(source, centre(target)), to: borderPoint(target, centre(source)) };
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
