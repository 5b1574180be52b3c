import { describe, expect, it } from 'vitest';
import { SHOW_PROGRESS_AFTER_MS, shownSaveStatus } from '../../../renderer/storage/shownSaveStatus';
import type { SaveStatus } from '../../../renderer/storage/autosave';

const saved: SaveStatus = { state: 'saved', at: 1, revision: 3 };
const savedLater: SaveStatus = { state: 'saved', at: 61_000, revision: 4 };
const savedSameMinute: SaveStatus = { state: 'saved', at: 59_999, revision: 4 };
const pending: SaveStatus = { state: 'pending' };
const saving: SaveStatus = { state: 'saving' };
const failed: SaveStatus = { state: 'error', code: 'quota', detail: 'full', since: 1 };

describe('what the save indicator shows', () => {
  it('keeps "saved" through a quick save, then shows the new "saved"', () => {
    expect(shownSaveStatus(saved, pending, 0)).toBe(saved);
    expect(shownSaveStatus(saved, saving, 450)).toBe(saved);
    expect(shownSaveStatus(saved, savedLater, 0)).toBe(savedLater);
  });

  it('keeps the "saved" shown when the next one is in the same minute (the text would not change)', () => {
    expect(shownSaveStatus(saved, savedSameMinute, 0)).toBe(saved);
    expect(shownSaveStatus(pending, savedSameMinute, 0)).toBe(savedSameMinute);
    expect(shownSaveStatus(failed, savedSameMinute, 0)).toBe(savedSameMinute);
  });

  it('shows progress once the board has been unsaved for two seconds, and keeps showing it', () => {
    expect(shownSaveStatus(saved, pending, SHOW_PROGRESS_AFTER_MS - 1)).toBe(saved);
    expect(shownSaveStatus(saved, pending, SHOW_PROGRESS_AFTER_MS)).toBe(pending);
    expect(shownSaveStatus(pending, saving, 0)).toBe(saving);
  });

  it('shows an error at once and keeps it through retries until a save succeeds', () => {
    expect(shownSaveStatus(saved, failed, 0)).toBe(failed);
    expect(shownSaveStatus(failed, saving, 5000)).toBe(failed);
    expect(shownSaveStatus(failed, saved, 0)).toBe(saved);
  });

  it('shows the first state there is, progress included, when nothing was shown yet', () => {
    expect(shownSaveStatus(null, pending, 0)).toBe(pending);
    expect(shownSaveStatus(saved, null, 0)).toBeNull();
  });
});
