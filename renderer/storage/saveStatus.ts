/**
 * The save state of the open board, outside the document: what autosave reports (`status`)
 * and what the indicator shows (`shown`, see shownSaveStatus.ts). The indicator renders
 * `shown` only, so a quick save, which leaves `shown` as it was, renders nothing at all.
 */
import { create } from 'zustand';
import type { SaveStatus } from './autosave';
import { inProgress, SHOW_PROGRESS_AFTER_MS, shownSaveStatus } from './shownSaveStatus';

interface SaveStatusState {
  status: SaveStatus | null;
  shown: SaveStatus | null;
  /** performance.now() since when the board has been unsaved ("pending" or "saving"). */
  unsavedSince: number | undefined;
  set: (status: SaveStatus | null) => void;
}

export const useSaveStatus = create<SaveStatusState>()((set, get) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    status: null,
    shown: null,
    unsavedSince: undefined,
    set: (status) => {
      clearTimeout(timer);
      const unsavedSince = inProgress(status) ? (get().unsavedSince ?? performance.now()) : undefined;
      const unsavedFor = unsavedSince === undefined ? 0 : performance.now() - unsavedSince;
      set({ status, unsavedSince, shown: shownSaveStatus(get().shown, status, unsavedFor) });
      if (unsavedSince === undefined || unsavedFor >= SHOW_PROGRESS_AFTER_MS) return;
      // When the threshold passes with nothing new from autosave. Its time has come by
      // definition: the timer may fire a fraction of a millisecond "early" by
      // performance.now()'s coarse clock.
      timer = setTimeout(() => set((s) => ({ shown: shownSaveStatus(s.shown, s.status, SHOW_PROGRESS_AFTER_MS) })), SHOW_PROGRESS_AFTER_MS - unsavedFor);
    },
  };
});
