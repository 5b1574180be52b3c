/** Which nodes an export shows. (Where things are: shared/geometry, the same as the canvas.) */
import type { Board, BoardNode } from '../model/board';

/**
 * The nodes an export shows: the whole board, or the selection plus the children of
 * selected departments (they belong to their container on the canvas too).
 */
export function nodesInScope(board: Board, selection?: readonly string[]): BoardNode[] {
  if (!selection) return board.nodes;
  const chosen = new Set(selection);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of board.nodes) {
      if (node.parentId && chosen.has(node.parentId) && !chosen.has(node.id)) {
        chosen.add(node.id);
        grew = true;
      }
    }
  }
  return board.nodes.filter((n) => chosen.has(n.id));
}
