import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import type { Board } from '../../../shared/model/board';
import { detectionFor } from '../../../renderer/workshop/useDetection';

const moved = (board: Board): Board => ({ ...board, nodes: board.nodes.map((n) => ({ ...n, position: { x: n.position.x + 5, y: n.position.y } })) });

describe('detectionFor', () => {
  it('hands back the same detection while only positions change (a drag)', () => {
    const board = demoBoard();
    const first = detectionFor(board);
    expect(detectionFor(moved(board))).toBe(first);
  });

  it('detects again when the structure changes', () => {
    const board = demoBoard();
    const first = detectionFor(board);
    const withoutTeam: Board = {
      ...board,
      nodes: board.nodes.filter((n) => n.id !== 't-smt'),
      edges: board.edges.filter((e) => e.source !== 't-smt' && e.target !== 't-smt'),
    };
    const second = detectionFor(withoutTeam);
    expect(second).not.toBe(first);
    expect(second.evidence.hubs).toEqual([]);
    expect(first.model).toBe('hub-and-spoke');
    expect(second.model).not.toBe('hub-and-spoke');
  });
});
