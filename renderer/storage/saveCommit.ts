/**
 * Committing one autosave revision: the board's row (new revision, time, thumbnail) and its
 * text parts, in one transaction, so a revision is stored whole or not at all. A commit is
 * given the board's text only (the save worker assembles it from pieces, boardPieces.ts),
 * and what the row shows of the board is read back from it here. So it runs in the save
 * worker (saveWorker.ts), where that parse and the thumbnail cost the page nothing, and on
 * the calling thread as well (tests, and where no worker can start).
 */
import type { Board } from '../../shared/model/board';
import { storedBoardProblems } from '../../shared/model/save';
import type { OrgcanvasDb, StoredBoardRow } from './db';
import { StorageError } from './errors';
import { boardJsonPartsInSlices } from './boardJson';
import { boardTextOwner, PART_CHARS, textRows, writeText } from './textParts';
import { boardThumbnail } from './thumbnail';

/** Autosave's request: store `board` as the next revision of board `id`. */
export interface SaveRequest {
  id: string;
  board: Board;
  now: number;
  /** The stored revision this board was made from; see commitSave. */
  baseRevision?: number;
}

/** Commits a save request; resolves with the stored row once the transaction has committed. */
export type SaveWriter = (request: SaveRequest) => Promise<StoredBoardRow>;

/** What a commit is given: the board's JSON text in parts of at most PART_CHARS characters. */
export interface TextCommit {
  id: string;
  parts: string[];
  now: number;
  baseRevision?: number;
}

/**
 * `baseRevision`: the revision this window loaded or last committed. When the stored row
 * has moved past it, another window (or a restored mirror) committed since, and this board
 * was made without its changes: writing it would undo them while both windows say "Saved"
 * (issue 23). The write is refused with `conflict` instead, in the same transaction as the
 * read, so no commit can slip in between; the window keeps its board and tells the user.
 */
export async function commitSave(db: OrgcanvasDb, { id, parts, now, baseRevision }: TextCommit): Promise<StoredBoardRow> {
  const text = parts.join('');
  const board = JSON.parse(text) as Board;
  // What the library stores must open again, as a file and from the desktop mirror: the
  // reader's limits are checked here, off the page in the worker (≈ 40 ms on a 5,000-node
  // board), and a board past them is not stored; the last stored revision stays (issue 23).
  const refused = storedBoardProblems(board, text.length);
  if (refused.length) throw new StorageError('overLimit', JSON.stringify(refused.slice(0, 3)));
  const thumbnail = boardThumbnail(board);
  const organisation = board.profile.name;
  return db.transaction('rw', db.boards, db.texts, async () => {
    const stored = await db.boards.get(id);
    if (!stored) throw new StorageError('notFound', id);
    if (baseRevision !== undefined && stored.revision !== baseRevision) throw new StorageError('conflict', `${baseRevision} → ${stored.revision}`);
    const next: StoredBoardRow = { ...stored, organisation, updatedAt: now, revision: stored.revision + 1, thumbnail };
    await db.boards.put(next);
    await writeText(db, boardTextOwner(id), textRows(boardTextOwner(id), parts));
    return next;
  });
}

/** Commits on this thread; the text's parts are made in time slices first. */
export const localSaveWriter =
  (db: OrgcanvasDb): SaveWriter =>
  async ({ id, board, now, baseRevision }) =>
    commitSave(db, { id, parts: await boardJsonPartsInSlices(board, PART_CHARS), now, baseRevision });
