/**
 * The renderer's one store, built from typed slices; zundo is applied once, on the combined
 * store, and records only the document (`board`), not selection, drags or view state.
 */
import { temporal } from 'zundo';
import { create } from 'zustand';
import { createDocumentSlice, type DocumentSlice } from './documentSlice';
import { createEditSlice, type EditSlice } from './editSlice';
import { createHistorySlice, type HistorySlice, type TemporalApi } from './historySlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type AppState = DocumentSlice & SelectionSlice & HistorySlice & EditSlice & UiSlice;

/** Bounded so a day-long workshop cannot grow memory without limit. */
export const HISTORY_LIMIT = 200;

export function createAppStore() {
  // Bound right after creation; the slices only call it from actions, never during setup.
  let history: () => TemporalApi = () => {
    throw new Error('The undo history is not bound yet.');
  };
  const store = create<AppState>()(
    temporal(
      (...a) => ({
        ...createDocumentSlice(...a),
        ...createSelectionSlice(...a),
        ...createHistorySlice(() => history())(...a),
        ...createEditSlice(...a),
        ...createUiSlice(...a),
      }),
      {
        partialize: (state) => ({ board: state.board }),
        // Only a new board object is a new step; selection and drag flags never are.
        equality: (past, current) => past.board === current.board,
        limit: HISTORY_LIMIT,
      },
    ),
  );
  history = () => store.temporal.getState();
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;

/** The app's store. Tests make their own with createAppStore(). */
export const useAppStore = createAppStore();

/** Can undo / redo right now (for menus and buttons). */
export function historyCounts(store: AppStore = useAppStore) {
  const { pastStates, futureStates } = store.temporal.getState();
  return { undo: pastStates.length, redo: futureStates.length };
}
