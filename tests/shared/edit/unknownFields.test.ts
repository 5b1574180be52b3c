/**
 * Issue 23: fields a newer app writes are kept through every edit, also inside `position`
 * (a drag, a resize, a reparent, layout) and inside an edge's `data` (a RACI change).
 */
import { describe, expect, it } from 'vitest';
import type { Board, BoardEdge, BoardNode } from '../../../shared/model/board';
import { parseBoard } from '../../../shared/model/parse';
import { serializeBoard } from '../../../shared/model/serialize';
import { align, connect, copySelection, deleteElements, growToFit, idFactory, nudge, paste, reparentDropped, resizeNode, setRaci } from '../../../shared/edit';
import { setRaciCell } from '../../../shared/raci/setCell';
import { applyLayout, layoutBoard } from '../../../shared/layout/autoLayout';
import { createAppStore } from '../../../renderer/store/store';

const FUTURE_POSITION = { z: 3, snappedTo: 'grid' };
const FUTURE_DATA = { weight: 0.5, note: 'later' };

/** Read from text, as a board from a newer app would arrive. */
function futureBoard(): Board {
  const text = JSON.stringify({
    format: 'orgcanvas',
    version: 1,
    profile: { name: 'Future', size: 'large', market: 'b2b', culture: 'informal' },
    nodes: [
      { id: 'd1', kind: 'department', label: 'Marketing', position: { x: 0, y: 0, ...FUTURE_POSITION }, width: 400, height: 300, data: { departmentType: 'marketing' } },
      { id: 'r1', kind: 'role', label: 'Strateeg', parentId: 'd1', position: { x: 20, y: 60, ...FUTURE_POSITION }, data: { roleType: 'strategist', mandate: true, budget: true } },
      { id: 'r2', kind: 'role', label: 'Webcare', position: { x: 900, y: 0, ...FUTURE_POSITION }, data: { roleType: 'webcare-agent', mandate: false, budget: false } },
      { id: 't1', kind: 'task', label: 'Strategie', position: { x: 600, y: 0, ...FUTURE_POSITION }, data: { taskType: 'strategy' } },
    ],
    edges: [{ id: 'e1', kind: 'responsible', source: 'r1', target: 't1', data: { raci: 'R', ...FUTURE_DATA } }],
  });
  const parsed = parseBoard(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const node = (board: Board, id: string): BoardNode => board.nodes.find((n) => n.id === id)!;
const edge = (board: Board, id: string): BoardEdge => board.edges.find((e) => e.id === id)!;

function expectPositionsKept(board: Board, ids: string[]) {
  for (const id of ids) expect(node(board, id).position, id).toMatchObject(FUTURE_POSITION);
  // And the saved file still holds them.
  const reopened = parseBoard(serializeBoard(board));
  expect(reopened.ok).toBe(true);
  if (reopened.ok) for (const id of ids) expect(node(reopened.value, id).position).toMatchObject(FUTURE_POSITION);
}

describe('unknown fields survive edits (issue 23)', () => {
  it('moves keep extra position fields: nudge, align, reparent, detach, grow, resize, delete a parent', () => {
    const board = futureBoard();
    expectPositionsKept(nudge(board, ['r2', 't1'], 10, 10), ['r2', 't1']);
    expectPositionsKept(align(board, ['r2', 't1'], 'top'), ['r2', 't1']);
    const moved = { ...board, nodes: board.nodes.map((n) => (n.id === 'r2' ? { ...n, position: { ...n.position, x: 40, y: 80 } } : n)) };
    const reparented = reparentDropped(moved, ['r2']);
    expect(node(reparented, 'r2').parentId).toBe('d1');
    expectPositionsKept(reparented, ['r2']);
    const outside = { ...board, nodes: board.nodes.map((n) => (n.id === 'r1' ? { ...n, position: { ...n.position, x: 2000 } } : n)) };
    const detached = reparentDropped(outside, ['r1']);
    expect(node(detached, 'r1').parentId).toBeUndefined();
    expectPositionsKept(detached, ['r1']);
    const cramped = { ...board, nodes: board.nodes.map((n) => (n.id === 'r1' ? { ...n, position: { ...n.position, x: -30, y: 5 } } : n)) };
    expectPositionsKept(growToFit(cramped, 'd1'), ['d1', 'r1']);
    expectPositionsKept(resizeNode(board, 't1', { x: 590, y: -10, width: 300, height: 120 }), ['t1']);
    expectPositionsKept(deleteElements(board, ['d1']), ['r1']);
  });

  it('copy and paste keep them', () => {
    const board = futureBoard();
    const pasted = paste(board, copySelection(board, ['r1'])!, idFactory(board), { x: 40, y: 40 });
    expectPositionsKept(pasted.board, pasted.nodeIds);
  });

  it('auto-layout keeps them', async () => {
    const board = futureBoard();
    expectPositionsKept(applyLayout(board, await layoutBoard(board)), ['d1', 'r1', 'r2', 't1']);
  });

  it('a drag in the store keeps them', () => {
    const store = createAppStore();
    store.getState().loadBoard(futureBoard());
    store.getState().moveNodes(new Map([['t1', { x: 700, y: 40 }]]));
    expect(node(store.getState().board, 't1').position).toEqual({ x: 700, y: 40, ...FUTURE_POSITION });
  });

  it('a RACI change keeps extra edge data: inspector, matrix cell, connecting again with another letter', () => {
    const board = futureBoard();
    for (const next of [
      setRaci(board, 'e1', 'A'),
      setRaciCell(board, 't1', 'r1', 'A'),
      (connect(board, 'r1', 't1', { relation: 'responsible', raci: 'A' }, 'e9') as { board: Board }).board,
    ]) {
      expect(edge(next, 'e1').data).toEqual({ raci: 'A', ...FUTURE_DATA });
      const reopened = parseBoard(serializeBoard(next));
      expect(reopened.ok && edge(reopened.value, 'e1').data).toEqual({ raci: 'A', ...FUTURE_DATA });
    }
  });
});
