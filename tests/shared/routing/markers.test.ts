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

  it('stays on its own line, clear of the boxes it passes', () => {
    const points = [{ x: 0, y: 0 }, { x: 0, y: 100 }, { x: 300, y: 100 }];
    const at = placeMarkers([{ id: 'a', points, marked: true }], 20, [{ x: 100, y: 80, width: 120, height: 40 }]).get('a')!;
    expect(at.y === 100 || at.x === 0).toBe(true);
    const box = markerBox(at, 20);
    expect(box.x + box.width <= 100 || box.x >= 220).toBe(true);
    expect(pointAlong(points, 150)).toEqual({ x: 50, y: 100 });
  });
});
