import { describe, expect, it } from 'vitest';
import { childrenOutside, countCrossings, crossingsByEdge, overlappingPairs, segmentCrossesRect } from '../../../shared/geometry/crossings';
import { fitZoom } from '../../../shared/geometry/fit';
import type { Board, BoardNode } from '../../../shared/model/board';

const box = { x: 100, y: 100, width: 100, height: 50 };

describe('segmentCrossesRect', () => {
  it('sees a segment through a box, and not one beside, short of, or grazing it', () => {
    expect(segmentCrossesRect({ x: 0, y: 125 }, { x: 300, y: 125 }, box)).toBe(true);
    expect(segmentCrossesRect({ x: 150, y: 0 }, { x: 150, y: 300 }, box)).toBe(true);
    expect(segmentCrossesRect({ x: 0, y: 0 }, { x: 300, y: 300 }, box)).toBe(true);
    expect(segmentCrossesRect({ x: 0, y: 90 }, { x: 300, y: 90 }, box)).toBe(false);
    expect(segmentCrossesRect({ x: 0, y: 125 }, { x: 90, y: 125 }, box)).toBe(false);
    // Along the top border: touching, not crossing.
    expect(segmentCrossesRect({ x: 0, y: 100 }, { x: 300, y: 100 }, box)).toBe(false);
    // Starting inside counts.
    expect(segmentCrossesRect({ x: 150, y: 125 }, { x: 400, y: 400 }, box)).toBe(true);
  });
});

function node(id: string, x: number, y: number, extra: Partial<BoardNode> = {}): BoardNode {
  return { id, kind: 'task', label: id, position: { x, y }, width: 100, height: 50, data: { taskType: 'other' }, ...extra } as BoardNode;
}

function board(nodes: BoardNode[], edges: [string, string][]): Board {
  return {
    format: 'orgcanvas',
    version: 2,
    profile: { name: 't', size: 'small', market: 'b2b', culture: 'informal' },
    nodes,
    edges: edges.map(([source, target], i) => ({ id: `e${i}`, kind: 'responsible', source, target })),
  } as Board;
}

describe('countCrossings', () => {
  it('counts each box a line passes through, but not its ends or a container of an end', () => {
    const b = board(
      [
        node('d', 0, 0, { kind: 'department', width: 400, height: 200, data: { departmentType: 'it' } } as Partial<BoardNode>),
        node('r1', 20, 64, { kind: 'role', parentId: 'd' } as Partial<BoardNode>),
        node('r2', 200, 64, { kind: 'role', parentId: 'd' } as Partial<BoardNode>),
        node('t', 600, 64),
        node('u', 400, 400),
      ],
      [
        ['r1', 't'], // leaves its department (exempt) through its sibling r2 (counted)
        ['u', 't'], // clear
        ['d', 't'], // from the department's centre, through its child r2 (counted)
      ],
    );
    expect(Object.fromEntries(crossingsByEdge(b))).toEqual({ e0: ['r2'], e1: [], e2: ['r2'] });
    expect(countCrossings(b)).toBe(2);
  });

  it('skips lines with a missing end', () => {
    expect(countCrossings(board([node('a', 0, 0), node('b', 300, 0)], [['a', 'zz']]))).toBe(0);
  });
});

describe('overlappingPairs and childrenOutside', () => {
  it('finds top-level and sibling overlaps, not a child on its container', () => {
    const b = board(
      [
        node('d', 0, 0, { kind: 'department', width: 400, height: 200 } as Partial<BoardNode>),
        node('r1', 20, 64, { parentId: 'd' }),
        node('r2', 60, 70, { parentId: 'd' }),
        node('r3', 350, 64, { parentId: 'd' }),
        node('t', 380, 150),
      ],
      [],
    );
    expect(overlappingPairs(b)).toEqual([
      ['d', 't'],
      ['r1', 'r2'],
    ]);
    expect(childrenOutside(b)).toEqual(['r3']);
  });
});

describe('fitZoom', () => {
  it('is React Flow’s fit: the canvas less the padding, over the larger side', () => {
    // 1000 px with padding 0.08: floor((1000 − 1000/1.08)/2) = 37 px each side.
    expect(fitZoom({ width: 926, height: 100 }, { width: 1000, height: 1000 })).toBeCloseTo(1, 6);
    expect(fitZoom({ width: 100, height: 2000 }, { width: 1000, height: 1000 })).toBeCloseTo(926 / 2000, 6);
  });
});
