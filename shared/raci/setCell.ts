/**
 * Editing one matrix cell = changing the canvas: the cell is the set of `responsible`
 * relations from that holder to that task. Pure: returns a new board (the same board when
 * nothing changes), so the store applies it with `changeBoard` as one undo step.
 */
import type { Board, BoardEdge } from '../model/board';
import type { Raci } from '../model/vocabulary';
import { isHolder } from './matrix';

export function setRaciCell(board: Board, taskId: string, holderId: string, letter: Raci | null): Board {
  const task = board.nodes.find((n) => n.id === taskId);
  if (task?.kind !== 'task') throw new RangeError(`setRaciCell: no task with id "${taskId}"`);
  const holder = board.nodes.find((n) => n.id === holderId);
  if (!isHolder(holder)) throw new RangeError(`setRaciCell: "${holderId}" is not a role, department, team or external party`);

  const isCell = (e: BoardEdge) => e.kind === 'responsible' && e.source === holderId && e.target === taskId;
  const existing = board.edges.filter(isCell);
  if (letter && existing.length === 1 && (existing[0].data?.raci ?? 'R') === letter) return board;
  if (!letter && !existing.length) return board;

  const edges: BoardEdge[] = [];
  let placed = false;
  for (const edge of board.edges) {
    if (!isCell(edge)) {
      edges.push(edge);
      continue;
    }
    // Keep the first edge (its id, and any app fields on it) and drop the duplicates.
    if (letter && !placed) {
      edges.push({ ...edge, data: { ...edge.data, raci: letter } });
      placed = true;
    }
  }
  if (letter && !placed) edges.push({ id: freshEdgeId(board, holderId, taskId), kind: 'responsible', source: holderId, target: taskId, data: { raci: letter } });
  return { ...board, edges };
}

function freshEdgeId(board: Board, holderId: string, taskId: string): string {
  const taken = new Set(board.edges.map((e) => e.id));
  const base = `e-${holderId}-${taskId}`;
  let id = base;
  for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
  return id;
}
