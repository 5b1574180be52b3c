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
  set: (status: SaveStatus | null) => void;
}

export const useSaveStatus = create<SaveStatusState>()((set) => {
  /** performance.now() when the board stopped being saved; undefined while it is saved. */
  let unsavedSince: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    status: null,
    shown: null,
    set: (status) => {
      if (!inProgress(status)) {
        clearTimeout(timer);
        unsavedSince = undefined;
      } else if (unsavedSince === undefined) {
        // Once per unsaved stretch, not per report: autosave reports "pending" on every
        // change, which during a drag is every pointer step. When the timer fires, the
        // threshold has passed by definition (it may fire a fraction of a millisecond
        // "early" by performance.now()'s coarse clock).
        unsavedSince = performance.now();
        timer = setTimeout(() => set((s) => ({ shown: shownSaveStatus(s.shown, s.status, SHOW_PROGRESS_AFTER_MS) })), SHOW_PROGRESS_AFTER_MS);
      }
      const unsavedFor = unsavedSince === undefined ? 0 : performance.now() - unsavedSince;
      set((s) => ({ status, shown: shownSaveStatus(s.shown, status, unsavedFor) }));
    },
  };
});
