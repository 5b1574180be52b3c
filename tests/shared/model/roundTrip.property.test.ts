/**
 * Property tests (fast-check): any valid board survives serialize → parse → serialize byte
 * for byte, and no input at all makes the parser throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { parseBoard, parseBoardValue } from '../../../shared/model/parse';
import { serializeBoard } from '../../../shared/model/serialize';
import { arbitraryBoard } from '../arbitraryBoard';

describe('board round trip (property)', () => {
  it('any valid board: save → open → save is byte-identical', () => {
    fc.assert(
      fc.property(arbitraryBoard, (board) => {
        const first = parseBoardValue(board);
        if (!first.ok) throw new Error(`generator made an invalid board: ${JSON.stringify(first.problems[0])}`);
        const saved = serializeBoard(first.value);
        const opened = parseBoard(saved);
        expect(opened.ok).toBe(true);
        if (!opened.ok) return;
        expect(serializeBoard(opened.value)).toBe(saved);
        // Nothing lost on the way: every node and edge, and unknown top-level fields, kept.
        expect(opened.value.nodes.map((n) => n.id)).toEqual(board.nodes.map((n) => n.id));
        expect(opened.value.edges.map((e) => e.id)).toEqual(board.edges.map((e) => e.id));
        for (const key of Object.keys(board)) expect(opened.value).toHaveProperty([key]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('hostile input never throws (property)', () => {
  const neverThrows = (text: string) => {
    const result = parseBoard(text);
    if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
  };

  it('random JSON values', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => neverThrows(JSON.stringify(value))), { numRuns: 500 });
  });

  it('random text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200, unit: 'binary' }), neverThrows), { numRuns: 500 });
  });

  it('a valid board with one value anywhere replaced by random JSON', () => {
    const text = serializeBoard(demoBoard());
    fc.assert(
      fc.property(fc.nat(), fc.jsonValue({ maxDepth: 3 }), (where, value) => {
        const board = JSON.parse(text);
        const paths: (string | number)[][] = [];
        const walk = (v: unknown, path: (string | number)[]) => {
          paths.push(path);
          if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, [...path, Array.isArray(v) ? Number(k) : k]);
        };
        walk(board, []);
        const path = paths[where % paths.length];
        if (path.length === 0) return neverThrows(JSON.stringify(value));
        let parent = board;
        for (const key of path.slice(0, -1)) parent = parent[key];
        parent[path[path.length - 1]] = value;
        neverThrows(JSON.stringify(board));
      }),
      { numRuns: 500 },
    );
  });

  it('a valid board cut at any byte', () => {
    const text = serializeBoard(demoBoard());
    fc.assert(fc.property(fc.nat({ max: text.length }), (at) => neverThrows(text.slice(0, at))), { numRuns: 300 });
  });
});
