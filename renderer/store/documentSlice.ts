/**
 * The document: the board being edited. Every change goes through `changeBoard`, which is
 * what undo records; nothing else in the store is undoable.
 */
import type { StateCreator } from 'zustand';
import type { Board, BoardNode, Point } from '../../shared/model/board';
import type { AppState } from './store';

export interface DocumentSlice {
  board: Board;
  /** Bumps on every document change; autosave and derived views key on it. */
  revision: number;
  /** Replace the board wholesale (open, new, restore); clears undo history. */
  loadBoard: (board: Board) => void;
  /** One document change = one undo step. The recipe returns a new board, never mutates. */
  changeBoard: (recipe: (board: Board) => Board) => void;
  /** Move nodes during a drag: positions only, not recorded until the drag ends. */
  moveNodes: (positions: ReadonlyMap<string, Point>) => void;
  /**
   * False while another window edits this board (renderer/storage/boardLock.ts): every
   * change, undo and redo is refused, whatever asks for it (a key, a menu, a panel).
   */
  editable: boolean;
  setEditable: (editable: boolean) => void;
}

export const createDocumentSlice: StateCreator<AppState, [], [], DocumentSlice> = (set, get) => ({
  board: { format: 'orgcanvas', version: 2, profile: { name: '', size: 'medium', market: 'both', culture: 'hierarchical' }, nodes: [], edges: [] },
  revision: 0,
  editable: true,
  setEditable: (editable) => set({ editable }),
  loadBoard: (board) => {
    set({ board, revision: get().revision + 1, selectedNodeIds: [], selectedEdgeIds: [] });
    // Undo must never step back into another board.
    get().clearHistory();
  },
  changeBoard: (recipe) => {
    if (!get().editable) return;
    const next = recipe(get().board);
    if (next === get().board) return;
    set({ board: next, revision: get().revision + 1 });
  },
  moveNodes: (positions) => {
    const { board, editable } = get();
    if (!editable) return;
    let changed = false;
    const nodes = board.nodes.map((node): BoardNode => {
      const position = positions.get(node.id);
      if (!position || (position.x === node.position.x && position.y === node.position.y)) return node;
      changed = true;
      return { ...node, position: { ...node.position, x: position.x, y: position.y } };
    });
    if (changed) set({ board: { ...board, nodes }, revision: get().revision + 1 });
  },
});
