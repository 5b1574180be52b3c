/**
 * Cuts a routed line where it leaves its source box and where it enters its target box.
 * libavoid routes between points inside the two boxes (router.ts); the line is drawn from
 * border to border, so an arrowhead sits on the box and not under it.
 */
import type { Point } from '../model/board';
import type { Rect } from '../geometry/geometry';

const inside = (p: Point, r: Rect) => p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;

/** Where the segment from `p` (inside `r`) to `q` (outside) crosses `r`'s border. */
function exitPoint(p: Point, q: Point, r: Rect): Point {
  const along = (from: number, to: number, low: number, high: number) => {
    if (to > from) return (high - from) / (to - from);
    if (to < from) return (low - from) / (to - from);
    return Infinity;
  };
  const t = Math.max(0, Math.min(1, along(p.x, q.x, r.x, r.x + r.width), along(p.y, q.y, r.y, r.y + r.height)));
  return { x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t };
}

/**
 * `points` cut to start on `source`'s border and end on `target`'s. An end whose whole
 * line lies inside its box (a role's line to its own department ends in the header band)
 * is left where it is. Lines between overlapping boxes are returned as routed.
 */
export function clipRoute(points: readonly Point[], source: Rect, target: Rect): Point[] {
  if (points.length < 2) return [...points];
  const n = points.length;
  // The last point of the run inside `source` from the start, and the first of the run inside `target` at the end.
  let first = 0;
  while (first < n - 1 && inside(points[first + 1]!, source)) first++;
  let last = n - 1;
  while (last > 0 && inside(points[last - 1]!, target)) last--;
  let leaves = inside(points[0]!, source);
  let enters = inside(points[n - 1]!, target);
  if (first === n - 1) [first, leaves] = [0, false];
  if (last === 0) [last, enters] = [n - 1, false];
  if (first >= last) return [...points];
  const start = leaves ? exitPoint(points[first]!, points[first + 1]!, source) : points[first]!;
  const end = enters ? exitPoint(points[last]!, points[last - 1]!, target) : points[last]!;
  return [start, ...points.slice(first + 1, last), end];
}
