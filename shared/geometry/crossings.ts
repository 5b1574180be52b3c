/**
 * Line/box crossings and box overlaps: the measures a tidy board is judged by (issue 21).
 *
 * A line is counted as the straight segment between the centres of its two ends, as the canvas
 * draws it today. It crosses every box its segment enters that is neither one of its ends nor
 * a container of one (a line from a role inside a department has to leave that department).
 * The count is a plain sum over lines of the boxes each one crosses; a router that bends
 * lines round boxes will want its own measure ("lines routed cleanly"), and can reuse
 * `segmentCrossesRect` for each leg.
 */
import type { BoardEdge, BoardNode } from '../model/board';
import { absoluteRects, centre, type Rect } from './geometry';

type Pt = { x: number; y: number };

/**
 * Boxes that merely touch a line, or share an edge with a neighbour, are not crossed: rounding
 * and borders drawn on the same pixel must not count. Half a pixel in board units.
 */
const GRAZE = 0.5;

/** Whether the segment a→b enters the inside of `rect` (Liang–Barsky clipping). */
export function segmentCrossesRect(a: Pt, b: Pt, rect: Rect): boolean {
  const left = rect.x + GRAZE;
  const right = rect.x + rect.width - GRAZE;
  const top = rect.y + GRAZE;
  const bottom = rect.y + rect.height - GRAZE;
  if (right <= left || bottom <= top) return false;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q > 0;
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  return clip(-dx, a.x - left) && clip(dx, right - a.x) && clip(-dy, a.y - top) && clip(dy, bottom - a.y) && t0 < t1;
}

/** For each line, the ids of the boxes it crosses (lines with a missing end are left out). */
export function crossingsByEdge(board: { readonly nodes: readonly BoardNode[]; readonly edges: readonly BoardEdge[] }, rects = absoluteRects(board)): Map<string, string[]> {
  const parentOf = new Map(board.nodes.map((n) => [n.id, n.parentId]));
  /** The node and every container around it (a parent cycle, refused by the parser, stops). */
  const withContainers = (id: string, out: string[]): string[] => {
    for (let at: string | undefined = id; at !== undefined && !out.includes(at); at = parentOf.get(at)) out.push(at);
    return out;
  };
  const boxes = [...rects];
  const result = new Map<string, string[]>();
  for (const edge of board.edges) {
    const from = rects.get(edge.source);
    const to = rects.get(edge.target);
    if (!from || !to || edge.source === edge.target) continue;
    const exempt = withContainers(edge.target, withContainers(edge.source, []));
    const a = centre(from);
    const b = centre(to);
    const [minX, maxX] = a.x < b.x ? [a.x, b.x] : [b.x, a.x];
    const [minY, maxY] = a.y < b.y ? [a.y, b.y] : [b.y, a.y];
    const crossed: string[] = [];
    for (const [id, rect] of boxes) {
      // Most boxes lie nowhere near the line: a cheap test before the clipping one.
      if (rect.x > maxX || rect.x + rect.width < minX || rect.y > maxY || rect.y + rect.height < minY) continue;
      if (!exempt.includes(id) && segmentCrossesRect(a, b, rect)) crossed.push(id);
    }
    result.set(edge.id, crossed);
  }
  return result;
}

/** The number of line/box crossings on a board (see the file's comment for what counts). */
export function countCrossings(board: { readonly nodes: readonly BoardNode[]; readonly edges: readonly BoardEdge[] }, rects = absoluteRects(board)): number {
  let total = 0;
  for (const crossed of crossingsByEdge(board, rects).values()) total += crossed.length;
  return total;
}

function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Pairs of boxes that cover each other: among top-level boxes, and among the children of one
 * container. A child on its own container is where it belongs, not an overlap; whether a
 * child stays inside its container is `childrenOutside`'s question.
 */
export function overlappingPairs(board: { readonly nodes: readonly BoardNode[] }, rects = absoluteRects(board)): [string, string][] {
  const groups = new Map<string | undefined, string[]>();
  for (const node of board.nodes) {
    const list = groups.get(node.parentId) ?? [];
    list.push(node.id);
    groups.set(node.parentId, list);
  }
  const pairs: [string, string][] = [];
  for (const ids of groups.values()) {
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) if (overlap(rects.get(ids[i])!, rects.get(ids[j])!)) pairs.push([ids[i], ids[j]]);
  }
  return pairs;
}

/** Children that stick out of their container (ids). */
export function childrenOutside(board: { readonly nodes: readonly BoardNode[] }, rects = absoluteRects(board)): string[] {
  const out: string[] = [];
  for (const node of board.nodes) {
    const parent = node.parentId ? rects.get(node.parentId) : undefined;
    if (!parent) continue;
    const r = rects.get(node.id)!;
    if (r.x < parent.x || r.y < parent.y || r.x + r.width > parent.x + parent.width || r.y + r.height > parent.y + parent.height) out.push(node.id);
  }
  return out;
}
