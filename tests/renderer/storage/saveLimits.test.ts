/**
 * Issue 23, broken #2: the library stores no board that could not be opened again. A save
 * past the limits is refused with the limit named, in both languages, and the stored
 * revision stays as it was.
 */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n';
import { LIMITS } from '../../../shared/model/limits';
import { createRepository } from '../../../renderer/storage/repository';
import { StorageError, storageErrorText } from '../../../renderer/storage/errors';
import { notesBoard } from '../../shared/model/bigBoards';
import { freshDb } from './fakes';

describe('library saves within the limits (issue 23)', () => {
  it('a board past the character limit is not stored; the last revision stays, and the message names the limit', async () => {
    const repo = createRepository(freshDb());
    const row = await repo.createBoard(notesBoard(3, 10), 'B', 1);
    const over = notesBoard(1_700, LIMITS.maxTextChars);
    const refusal = await repo.saveBoard(row.id, over, 2).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(StorageError);
    expect((refusal as StorageError).code).toBe('overLimit');
    const stored = await repo.getBoard(row.id);
    expect(stored?.revision).toBe(1);
    expect(stored?.board.nodes).toHaveLength(3);

    const { detail } = refusal as StorageError;
    expect(storageErrorText('overLimit', detail, createI18n('en').t)).toMatch(/16,777,216.*not saved/);
    expect(storageErrorText('overLimit', detail, createI18n('nl').t)).toMatch(/16\.777\.216.*niet opgeslagen/);
  }, 30_000);

  it('a board past the node limit is not stored either', async () => {
    const repo = createRepository(freshDb());
    const row = await repo.createBoard(notesBoard(1, 0), 'B', 1);
    await expect(repo.saveBoard(row.id, notesBoard(LIMITS.maxNodes + 1, 0), 2)).rejects.toMatchObject({ code: 'overLimit' });
    expect((await repo.getBoard(row.id))?.revision).toBe(1);
  }, 30_000);
});
