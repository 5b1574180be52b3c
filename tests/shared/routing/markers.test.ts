/** RACI markers on their own line at a clear spot (issue 21, point 2). */
import { describe, expect, it } from 'vitest';
import { markerBox, placeMarkers, pointAlong } from '../../../shared/routing/markers';
import { segmentCrossesRect } from '../../../shared/geometry/crossings';

const disjoint = (a: ReturnType<typeof markerBox>, b: ReturnType<typeof markerBox>) => a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

describe('placeMarkers', () => {
  it('puts a lone line’s marker at its middle', () => {
    const at = placeMarkers([{ id: 'a', points: [{ x: 0, y: 0 }, { x: 200, y: 0 }], marked: true }], 30, []);
    expect(at.get('a')).toEqual({ x: 100, y: 0 });
  });

  it('keeps the markers of lines side by side apart, each off the other line', () => {
    const lines = [
      { id: 'a', points: [{ x: 0, y: 0 }, { x: 400, y: 0 }], marked: true },
      { id: 'b', points: [{ x: 0, y: 10 }, { x: 400, y: 10 }], marked: true },
      { id: 'c', points: [{ x: 200, y: -100 }, { x: 200, y: 100 }], marked: false },
    ];
    const size = 30;
    const at = placeMarkers(lines, size, []);
    const a = markerBox(at.get('a')!, size);
    const b = markerBox(at.get('b')!, size);
    expect(disjoint(a, b)).toBe(true);
    // Neither sits on the crossing line c. (Lines 10 apart cannot both be clear of each
    // other with 30-unit markers; the check is that c and the other marker are avoided.)
    expect(segmentCrossesRect(lines[2]!.points[0]!, lines[2]!.points[1]!, a)).toBe(false);
    expect(segmentCrossesRect(lines[2]!.points[0]!, lines[2]!.points[1]!, b)).toBe(false);
  });

  it('keeps a marker inside the frame where a line runs round the outside of the board', () => {
    // Out of the board's left side, down outside it, and back in: its middle is outside.
    const points = [{ x: 20, y: 0 }, { x: -20, y: 0 }, { x: -20, y: 300 }, { x: 20, y: 300 }];
    const frame = { x: -25, y: -25, width: 400, height: 350 };
    const size = 20;
    const free = placeMarkers([{ id: 'a', points, marked: true }], size, []).get('a')!;
    const framed = placeMarkers([{ id: 'a', points, marked: true }], size, [], true, frame).get('a')!;
    const within = (at: { x: number; y: number }) => {
      const box = markerBox(at, size);
      return box.x >= frame.x && box.y >= frame.y && box.x + box.width <= frame.x + frame.width && box.y + box.height <= frame.y + frame.height;
    };
    // Without the frame the letter sits at the middle, half past the window's edge.
    expect(within(free)).toBe(false);
    expect(within(framed)).toBe(true);
    // Still on its own line: the line runs through the marker (moved inwards, the line
    // just inside its rim).
    const box = markerBox(framed, size);
    expect(points.slice(1).some((p, i) => segmentCrossesRect(points[i]!, p, box))).toBe(true);
  });

  it('stays on its own line, clear of the boxes it passes', () => {
    const points = [{ x: 0, y: 0 }, { x: 0, y: 100 }, { x: 300, y: 100 }];
    const at = placeMarkers([{ id: 'a', points, marked: true }], 20, [{ x: 100, y: 80, width: 120, height: 40 }]).get('a')!;
    expect(at.y === 100 || at.x === 0).toBe(true);
    const box = markerBox(at, 20);
    expect(box.x + box.width <= 100 || box.x >= 220).toBe(true);
    expect(pointAlong(points, 150)).toEqual({ x: 50, y: 100 });
  });

  it('sets a marker beside its line, with a leader, where lines share a channel for their whole length', () => {
    // Three lines 10 apart with 30-unit markers: no spot on any of them is clear of the others.
    const lines = [0, 10, 20].map((y, i) => ({ id: `l${i}`, points: [{ x: 0, y }, { x: 300, y }], marked: true }));
    const box = { x: 0, y: -200, width: 300, height: 150 }; // a box above the channel
    const size = 30;
    const at = placeMarkers(lines, size, [box]);
    const boxes = [...at.values()].map((spot) => markerBox(spot, size));
    for (const [id, spot] of at) {
      const mine = markerBox(spot, size);
      for (const line of lines) if (line.id !== id) expect(segmentCrossesRect(line.points[0]!, line.points[1]!, mine), `${line.id} through ${id}'s marker`).toBe(false);
      expect(disjoint(mine, box)).toBe(true);
    }
    // The outer two sit on their lines, moved out of the bundle; the middle one beside it: its
    // leader starts on its own line and crosses no box.
    const middle = at.get('l1')!;
    expect(middle.foot).toBeDefined();
    expect(middle.foot!.y).toBeCloseTo(10, 6);
    expect(segmentCrossesRect(middle.foot!, middle, box)).toBe(false);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(disjoint(boxes[i]!, boxes[j]!)).toBe(true);
    // Without the leaders the middle line's marker has nowhere to go but on a neighbour.
    const onLine = markerBox(placeMarkers(lines, size, [box], false).get('l1')!, size);
    expect(lines.some((line) => line.id !== 'l1' && segmentCrossesRect(line.points[0]!, line.points[1]!, onLine))).toBe(true);
  });

  it('keeps a marker on its line, without a leader, where it has a clear spot', () => {
    const at = placeMarkers([{ id: 'a', points: [{ x: 0, y: 0 }, { x: 200, y: 0 }], marked: true }], 30, []);
    expect(at.get('a')!.foot).toBeUndefined();
  });
});
