/**
 * Where each line's RACI letter sits (issue 21, point 2): on its own line, at a clear spot.
 *
 * Why: at the middle of every line, the letters of lines that run side by side landed on
 * one another, or on a neighbouring line, and a room could not tell which letter was whose.
 * So each marker is tried at points along its own line, from the middle outwards (centred
 * on the line, or moved aside so the line runs just inside its rim), and goes
 * to the first whose box holds no other line, no other marker and no box of the board; if
 * no spot is clear, to the one with the least in it, never on another marker where there is
 * any other choice. Pure.
 */
import { segmentCrossesRect } from '../geometry/crossings';
import type { Rect } from '../geometry/geometry';
import type { Point } from '../model/board';

export interface MarkedLine {
  id: string;
  points: readonly Point[];
  /** Whether this line carries a marker; the others are only in the way. */
  marked: boolean;
}

/** A marker's square box of side `size` centred on `at`. */
export const markerBox = (at: Point, size: number): Rect => ({ x: at.x - size / 2, y: at.y - size / 2, width: size, height: size });

const length = (points: readonly Point[]) => points.slice(1).reduce((sum, p, i) => sum + Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y), 0);

/** The point `distance` along a polyline, shifted `aside` to the left of its direction there. */
export function pointAlong(points: readonly Point[], distance: number, aside = 0): Point {
  let left = distance;
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    const step = Math.hypot(b.x - a.x, b.y - a.y);
    if (left <= step && step > 0) {
      const [ux, uy] = [(b.x - a.x) / step, (b.y - a.y) / step];
      return { x: a.x + ux * left + uy * aside, y: a.y + uy * left - ux * aside };
    }
    left -= step;
  }
  return points[points.length - 1] ?? { x: 0, y: 0 };
}

/*
 * Where along its line a marker may sit: centred on it, or moved aside until the line runs
 * just inside its rim (a letter beside a bundle of lines is still on its own line, and off
 * the others). Centred first.
 */
const ASIDE = [0, 0.3, -0.3, 0.45, -0.45];

const crosses = (points: readonly Point[], box: Rect) => points.slice(1).some((p, i) => segmentCrossesRect(points[i]!, p, box));
const intersects = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Spots along a line, in board units from its start: the middle first, then outwards. */
function spots(total: number, size: number): number[] {
  // Not within most of a marker's size of either end: the arrowhead and the box border are there.
  const from = Math.min(total / 2, size * 0.6);
  const to = Math.max(total / 2, total - size * 0.6);
  const step = Math.max(size / 6, 1);
  const result = [total / 2];
  for (let d = step; total / 2 - d >= from || total / 2 + d <= to; d += step) {
    if (total / 2 - d >= from) result.push(total / 2 - d);
    if (total / 2 + d <= to) result.push(total / 2 + d);
  }
  return result;
}

/**
 * Each marked line's marker centre, for markers `size` board units square, clear of `boxes`.
 * The lines with the fewest clear spots choose first, so a line with one clear spot keeps it.
 */
export function placeMarkers(lines: readonly MarkedLine[], size: number, boxes: readonly Rect[]): Map<string, Point> {
  const placed = new Map<string, Point>();
  const taken: Rect[] = [];
  // Each spot of each line, with what is in its box other than markers. A box costs most:
  // lines, and so their letters, are drawn under the boxes, where a letter cannot be seen;
  // then another line (a letter on it reads as that line's).
  const options = lines
    .filter((line) => line.marked && line.points.length >= 2)
    .map((line) => {
      const spotsOf = spots(length(line.points), size).flatMap((distance) => ASIDE.map((aside) => ({ distance, aside: aside * size }))).map(({ distance, aside }) => {
        const at = pointAlong(line.points, distance, aside);
        const box = markerBox(at, size);
        let cost = 0;
        for (const other of lines) if (other !== line && crosses(other.points, box)) cost += 10;
        for (const rect of boxes) if (intersects(rect, box)) cost += 100;
        return { at, box, cost };
      });
      return { line, spots: spotsOf, clear: spotsOf.filter((spot) => spot.cost === 0).length };
    })
    .sort((a, b) => a.clear - b.clear || a.spots.length - b.spots.length);
  for (const { line, spots: candidates } of options) {
    let best: { at: Point; box: Rect; cost: number } | undefined;
    for (const spot of candidates) {
      // Another marker is the worst: two letters read as one.
      const cost = spot.cost + (taken.some((other) => intersects(other, spot.box)) ? 10000 : 0);
      if (!best || cost < best.cost) best = { ...spot, cost };
      if (cost === 0) break;
    }
    placed.set(line.id, best!.at);
    taken.push(best!.box);
  }
  return placed;
}
