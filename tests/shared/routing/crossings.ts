/**
 * Line/box crossings: points sampled along every segment of a line, against every box that
 * is not one of its ends and does not hold one of them (a role's department). The same
 * count the "before" figures were taken with, and the one the e2e test makes.
 */
import type { Rect } from '../../../shared/geometry/geometry';
import type { Point } from '../../../shared/model/board';

/** Inside by more than `inset`: a line along a border, or a point on it, is no crossing. */
const within = (p: Point, r: Rect, inset: number) => p.x > r.x + inset && p.x < r.x + r.width - inset && p.y > r.y + inset && p.y < r.y + r.height - inset;

function holds(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

export interface Line {
  id: string;
  source: string;
  target: string;
  points: readonly Point[];
}

/** Every (line, box) pair where the line passes through a box it has no business in. */
export function crossings(lines: readonly Line[], rects: ReadonlyMap<string, Rect>, step = 4, inset = 2): { line: string; box: string }[] {
  const found: { line: string; box: string }[] = [];
  for (const line of lines) {
    const ends = [rects.get(line.source)!, rects.get(line.target)!];
    for (const [id, box] of rects) {
      if (id === line.source || id === line.target || ends.some((end) => holds(box, end))) continue;
      if (sampled(line.points, step).some((p) => within(p, box, inset))) found.push({ line: line.id, box: id });
    }
  }
  return found;
}

function sampled(points: readonly Point[], step: number): Point[] {
  const out: Point[] = [];
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / step));
    for (let k = 0; k <= n; k++) out.push({ x: a.x + ((b.x - a.x) * k) / n, y: a.y + ((b.y - a.y) * k) / n });
  }
  return out;
}
