/**
 * What the save indicator shows, which is not always the save's own state. A quick save
 * (the usual case: well under a second) passes through "unsaved" and "saving" without the
 * indicator changing: a word that flickers on every edit tells the room nothing, and each
 * change of it repaints the status bar, which on a 1,000-node board is a frame of 10–15 ms
 * (issue 9: autosave may block the main thread ≤ 2 ms per edit). So, as in most editors:
 * - "saved" and an error show at once; a save in the same minute as the one shown keeps
 *   the one shown (the time is shown to the minute, so nothing would change but a render);
 * - "unsaved changes" and "saving…" show only once the board has been unsaved for two seconds;
 * - an error stays until a save succeeds (a retry in progress does not hide it).
 */
import type { SaveStatus } from './autosave';

/**
 * Unsaved for less than this is not shown. An edit is stored 400 ms after the last change
 * (autosave.ts) and a save takes well under a second, so a drag plus its save fits; a
 * longer stretch (a drag held on, a slow disk) is worth telling.
 */
export const SHOW_PROGRESS_AFTER_MS = 2000;

const minute = (at: number) => Math.floor(at / 60_000);

/** True while the board has changes not yet committed ("pending" or "saving"). */
export const inProgress = (status: SaveStatus | null) => status?.state === 'pending' || status?.state === 'saving';

/** `unsavedFor`: how long the save state has been "pending" or "saving" without a break. */
export function shownSaveStatus(shown: SaveStatus | null, actual: SaveStatus | null, unsavedFor: number): SaveStatus | null {
  // Every time zone's offset is whole minutes, so the same minute since the epoch is the
  // same minute on the clock.
  if (actual?.state === 'saved' && shown?.state === 'saved' && minute(actual.at) === minute(shown.at)) return shown;
  if (!inProgress(actual) || shown === null) return actual;
  if (shown.state === 'error') return shown;
  return inProgress(shown) || unsavedFor >= SHOW_PROGRESS_AFTER_MS ? actual : shown;
}
