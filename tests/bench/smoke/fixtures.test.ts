/**
 * Smoke test of the benchmark fixtures (not a timed test): the generator must give the same
 * board for the same seed, hit the sizes issue 9 asks for, and produce files the app opens.
 */
import { describe, expect, it } from 'vitest';
import { parseBoard } from '../../../shared/model/parse';
import { serializeBoard } from '../../../shared/model/serialize';
import { BENCH_SIZES, generateBoard, type BenchSize } from '../fixtures';

describe('benchmark fixtures', () => {
  for (const size of Object.keys(BENCH_SIZES) as BenchSize[]) {
    it(`${size} has the asked size and is valid per parseBoard`, () => {
      const board = generateBoard(size);
      expect(board.nodes).toHaveLength(BENCH_SIZES[size].nodes);
      expect(board.edges).toHaveLength(BENCH_SIZES[size].edges);
      const parsed = parseBoard(serializeBoard(board));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 5)));
      expect(parsed.repairs).toEqual([]);
      // Realistic: every kind present, roles inside departments, tasks owned through an A.
      const kinds = new Set(board.nodes.map((n) => n.kind));
      expect([...kinds].sort()).toEqual(['department', 'external', 'note', 'objective', 'role', 'task', 'team']);
      expect(board.nodes.filter((n) => n.kind === 'role').every((n) => n.parentId)).toBe(true);
      const accountable = new Set(board.edges.filter((e) => e.data?.raci === 'A').map((e) => e.target));
      expect(board.nodes.filter((n) => n.kind === 'task').every((n) => accountable.has(n.id))).toBe(true);
    });
  }

  it('is deterministic for a seed and differs for another seed', () => {
    expect(serializeBoard(generateBoard('M'))).toBe(serializeBoard(generateBoard('M')));
    expect(serializeBoard(generateBoard('M', 7))).not.toBe(serializeBoard(generateBoard('M')));
  });
});
