/**
 * Properties of the change plan on random boards (tests/shared/arbitraryBoard.ts, the
 * suite's fixed seed): a board against itself has no change, and random renames and moves
 * between departments, with every box dragged somewhere else, give exactly those changes,
 * one entry per node.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changePlan, diffBoards, isEmptyPlan, type Change } from '../../../shared/changePlan';
import type { Board } from '../../../shared/model/board';
import { evaluateBoard } from '../../../shared/rules/engine';
import { arbitraryBoard } from '../arbitraryBoard';

describe('change plan properties', () => {
  it('diff(b, b) is empty: no change, no RACI change, every hint kept', () => {
    fc.assert(
      fc.property(arbitraryBoard, (board) => {
        const plan = changePlan(board, structuredClone(board));
        expect(plan.changes).toEqual([]);
        expect(plan.raci).toEqual([]);
        expect(plan.hints.resolved).toEqual([]);
        expect(plan.hints.introduced).toEqual([]);
        expect(plan.hints.kept).toEqual(evaluateBoard(board));
        expect(isEmptyPlan(plan)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('random renames and moves between departments give exactly those changes, positions aside', () => {
    const edits = fc.record({
      board: arbitraryBoard,
      renames: fc.array(fc.nat(), { maxLength: 8 }),
      moves: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }),
      shift: fc.record({ x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) }),
    });
    fc.assert(
      fc.property(edits, ({ board, renames, moves, shift }) => {
        const after: Board = structuredClone(board);
        const count = after.nodes.length;
        if (count === 0) return;
        const departments = after.nodes.filter((n) => n.kind === 'department').map((n) => n.id);
        const renamed = new Set<string>();
        const moved = new Map<string, { from: string | null; to: string | null }>();
        for (const pick of renames) {
          const node = after.nodes[pick % count];
          node.label += ' ✱';
          if (node.kind !== 'note') renamed.add(node.id);
        }
        for (const [pick, to] of moves) {
          const node = after.nodes[pick % count];
          const choices = departments.filter((d) => d !== node.parentId);
          if (node.kind === 'department' || !choices.length) continue;
          const from = moved.get(node.id)?.from ?? board.nodes[pick % count].parentId ?? null;
          node.parentId = choices[to % choices.length];
          if (node.kind !== 'note') moved.set(node.id, { from, to: node.parentId });
        }
        for (const node of after.nodes) node.position = { x: node.position.x + shift.x, y: node.position.y + shift.y };

        const changes = diffBoards(board, after);
        const before = new Map(board.nodes.map((n) => [n.id, n]));
        const expected = new Map<string, Change['type']>();
        for (const id of renamed) expected.set(id, 'relabelled');
        for (const [id, move] of moved) if (move.from !== move.to) expected.set(id, 'moved');
        expect(new Map(changes.map((c) => [c.id, c.type]))).toEqual(expected);
        expect(changes).toHaveLength(expected.size);
        for (const change of changes) {
          expect(change.fields).toBeUndefined();
          expect(change.move?.teams).toBeUndefined();
          const move = moved.get(change.id);
          expect(change.move?.department).toEqual(move && move.from !== move.to ? move : undefined);
          const old = before.get(change.id)!;
          expect(change.relabel).toEqual(renamed.has(change.id) ? { from: old.label, to: after.nodes.find((n) => n.id === change.id)!.label } : undefined);
        }
      }),
      { numRuns: 200 },
    );
  });
});
