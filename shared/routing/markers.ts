/**
 * Where each line's RACI letter sits (issue 21, point 2): on its own line, at a clear spot,
 * or else beside it, joined to it by a short leader.
 *
 * Why: at the middle of every line, the letters of lines that run side by side landed on
 * one another, or on a neighbouring line, and a room could not tell which letter was whose.
 * So each marker is tried at points along its own line, from the middle outwards (centred
 * on the line, or moved aside so the line runs just inside its rim), and goes to the first
 * whose box holds no other line, no other marker and no box of the board.
 *
 * Lines that share a channel for their whole length, or meet in a bundle at the box they
 * all serve, have no such spot: a marker on them sits on a neighbour, whatever the router's
 * spacing (presenting draws the markers a dozen times wider than the lines lie apart, and
 * wider spacing, tried, put more lines together in the narrow gaps between boxes). Such a
 * marker is set beside its line instead, at the nearest spot clear of every line, marker
 * and box, with a leader from its own line (`foot`) that crosses no box (boxes are drawn
 * over the lines, and would hide it), as a map labels a street too narrow for its name.
 * Only if no such spot is near either does it take the spot on its line with the least in
 * it, never on another marker where there is any other choice. Pure.
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

/** Where a marker sits; `foot`, where its leader meets its own line when it sits beside it. */
export interface MarkerSpot extends Point {
  foot?: Point;
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

/*
 * Each line's bounding box, computed once: most lines are nowhere near a given spot, and
 * testing every segment of every line at every spot took seconds on the crowded templates.
 */
const boundsOf = new WeakMap<readonly Point[], Rect>();
function lineBounds(points: readonly Point[]): Rect {
  let rect = boundsOf.get(points);
  if (!rect) {
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [x, y] = [Math.min(...xs), Math.min(...ys)];
    rect = { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
    boundsOf.set(points, rect);
  }
  return rect;
}
const near = (a: Rect, b: Rect) => a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
const crosses = (points: readonly Point[], box: Rect) => near(lineBounds(points), box) && points.slice(1).some((p, i) => segmentCrossesRect(points[i]!, p, box));
const inside = (outer: Rect, inner: Rect) => inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
const intersects = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Spots along a line, in board units from its start, `every` apart: the middle first, then outwards. */
function spots(total: number, size: number, every = size / 6): number[] {
  // Not within most of a marker's size of either end: the arrowhead and the box border are there.
  const from = Math.min(total / 2, size * 0.6);
  const to = Math.max(total / 2, total - size * 0.6);
  const step = Math.max(every, 1);
  const result = [total / 2];
  for (let d = step; total / 2 - d >= from || total / 2 + d <= to; d += step) {
    if (total / 2 - d >= from) result.push(total / 2 - d);
    if (total / 2 + d <= to) result.push(total / 2 + d);
  }
  return result;
}

/*
 * Beside its line: the marker's centre this many marker sizes from the line, either side
 * (the leader, from the line to the rim, is the offset less half a size), at points every
 * third of a size along it. Nearest first: a short leader reads as belonging to its line.
 */
const BESIDE = [0.85, 1.1, 1.4, 1.8, 2.3, 3];
const ALONG_BESIDE = 1 / 3;

interface Spot {
  at: Point;
  box: Rect;
  cost: number;
  foot?: Point;
}

/** What is in a marker's box other than markers: a box costs most, then another line. */
function costOf(line: MarkedLine, lines: readonly MarkedLine[], box: Rect, boxes: readonly Rect[], frame?: Rect): number {
  // Lines, and so their letters, are drawn under the boxes, where a letter cannot be seen;
  // a letter on another line reads as that line's. Past the frame (the window's edge, where
  // a line routed round the outside of the board runs) a letter is cut off: worse than a box.
  let cost = frame && !inside(frame, box) ? 1000 : 0;
  for (const other of lines) if (other !== line && crosses(other.points, box)) cost += 10;
  for (const rect of boxes) if (intersects(rect, box)) cost += 100;
  return cost;
}

/** The spots beside `line`, clear of every line and box, nearest first. */
function besideSpots(line: MarkedLine, lines: readonly MarkedLine[], size: number, boxes: readonly Rect[], frame?: Rect): Spot[] {
  const total = length(line.points);
  const found: (Spot & { order: number })[] = [];
  for (const distance of spots(total, size, size * ALONG_BESIDE)) {
    const foot = pointAlong(line.points, distance);
    for (const [k, offset] of BESIDE.entries()) {
      for (const side of [1, -1]) {
        const at = pointAlong(line.points, distance, side * offset * size);
        const box = markerBox(at, size);
        if (crosses(line.points, box)) continue; // its own line bends back through it: not beside
        // A leader under a box would be hidden (boxes are drawn over the lines).
        if (boxes.some((rect) => segmentCrossesRect(foot, at, rect))) continue;
        const cost = costOf(line, lines, box, boxes, frame);
        if (cost === 0) found.push({ at, box, cost, foot, order: k * 1000 + Math.abs(distance - total / 2) / total });
      }
    }
  }
  return found.sort((a, b) => a.order - b.order);
}

/**
 * Each marked line's marker, for markers `size` board units square, clear of `boxes`.
 * The lines with the fewest clear spots choose first, so a line with one clear spot keeps it.
 * `beside`: a marker with no clear spot on its line may sit beside it (off: only on it).
 * `frame`: what the screen shows of the board; a marker is kept inside it where its line is.
 */
export function placeMarkers(lines: readonly MarkedLine[], size: number, boxes: readonly Rect[], beside = true, frame?: Rect): Map<string, MarkerSpot> {
  const placed = new Map<string, MarkerSpot>();
  const taken: Rect[] = [];
  const options = lines
    .filter((line) => line.marked && line.points.length >= 2)
    .map((line) => {
      const spotsOf = spots(length(line.points), size).flatMap((distance) => ASIDE.map((aside) => ({ distance, aside: aside * size }))).map(({ distance, aside }): Spot => {
        const at = pointAlong(line.points, distance, aside);
        const box = markerBox(at, size);
        return { at, box, cost: costOf(line, lines, box, boxes, frame) };
      });
      return { line, spots: spotsOf, clear: spotsOf.filter((spot) => spot.cost === 0).length };
    })
    .sort((a, b) => a.clear - b.clear || a.spots.length - b.spots.length);
  // Another marker is the worst: two letters read as one.
  const withMarkers = (spot: Spot): Spot => ({ ...spot, cost: spot.cost + (taken.some((other) => intersects(other, spot.box)) ? 10000 : 0) });
  for (const { line, spots: candidates } of options) {
    let best: Spot | undefined;
    for (const spot of candidates.map(withMarkers)) {
      if (!best || spot.cost < best.cost) best = spot;
      if (spot.cost === 0) break;
    }
    if (beside && best!.cost > 0) best = besideSpots(line, lines, size, boxes, frame).map(withMarkers).find((spot) => spot.cost === 0) ?? best;
    placed.set(line.id, best!.foot ? { ...best!.at, foot: best!.foot } : best!.at);
    taken.push(best!.box);
  }
  return placed;
}
