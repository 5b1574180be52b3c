/**
 * Undo bookkeeping that zundo does not do for us: a drag must be one step, so history is
 * paused while a drag runs and the pre-drag board is recorded once when it ends.
 */
import type { StateCreator } from 'zustand';
import type { Board } from '../../shared/model/board';
import type { AppState } from './store';

export interface HistorySlice {
  /** True from the first drag movement to the drop; autosave and rules wait for it. */
  dragging: boolean;
  /** The board as it was when the drag began; private to begin/endDrag. */
  dragStartBoard: Board | null;
  beginDrag: () => void;
  endDrag: () => void;
  undo: () => void;
  redo: () => void;
  clearHistory: () => void;
}

export interface TemporalApi {
  pause: () => void;
  resume: () => void;
  undo: (steps?: number) => void;
  redo: (steps?: number) => void;
  clear: () => void;
}

/** `temporal` reaches this store's zundo history; it exists once the combined store does. */
export const createHistorySlice =
  (temporal: () => TemporalApi): StateCreator<AppState, [], [], HistorySlice> =>
  (set, get) => ({
  dragging: false,
  dragStartBoard: null,
  beginDrag: () => {
    if (get().dragging) return;
    set({ dragging: true, dragStartBoard: get().board });
    temporal().pause();
  },
  endDrag: () => {
    const { dragging, dragStartBoard, board, revision } = get();
    if (!dragging) return;
    set({ dragging: false, dragStartBoard: null });
    if (!dragStartBoard || dragStartBoard === board) {
      temporal().resume();
      return;
    }
    // Rewind to the pre-drag board while paused, then re-apply the result recorded: zundo
    // stores the state *before* a set, so this leaves exactly one step for the whole drag.
    set({ board: dragStartBoard });
    temporal().resume();
    set({ board, revision: revision + 1 });
  },
  undo: () => {
    if (get().dragging || !get().editable) return;
    temporal().undo();
    set({ revision: get().revision + 1, ...keepExisting(get()) });
  },
  redo: () => {
    if (get().dragging || !get().editable) return;
    temporal().redo();
    set({ revision: get().revision + 1, ...keepExisting(get()) });
  },
  clearHistory: () => temporal().clear(),
});

/** After undo/redo, the selection keeps only what still exists (the inspector reads it). */
function keepExisting(state: AppState): Pick<AppState, 'selectedNodeIds' | 'selectedEdgeIds'> {
  const nodes = new Set(state.board.nodes.map((n) => n.id));
  const edges = new Set(state.board.edges.map((e) => e.id));
  return { selectedNodeIds: state.selectedNodeIds.filter((id) => nodes.has(id)), selectedEdgeIds: state.selectedEdgeIds.filter((id) => edges.has(id)) };
}
