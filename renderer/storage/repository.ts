/**
 * The board library in IndexedDB: boards, their versions (snapshots) and the trash. The
 * only users of db.ts. Each function is one transaction; a board revision is its row and its
 * text parts (textParts.ts) written in one, so a revision is stored whole or not at all.
 */
import type { Board } from '../../shared/model/board';
import { parseBoardValue } from '../../shared/model/parse';
import { boardJsonParts } from './boardJson';
import type { BoardRow, OrgcanvasDb, StoredBoardRow, StoredVersionRow, VersionReason, VersionRow } from './db';
import { StorageError, storageErrorFrom } from './errors';
import { newBoardId } from './ids';
import { checkRow, damagedRow, type DamagedRow } from './rowCheck';
import { localSaveWriter, type SaveWriter } from './saveCommit';
import { boardTextOwner, deleteTexts, PART_CHARS, readText, textRows, versionTextOwner, writeText } from './textParts';
import { boardThumbnail } from './thumbnail';

/** Storage bounds for versions, per board: the oldest automatic ones go first. */
export const VERSION_LIMITS = {
  automatic: 30,
  named: 50,
  /** All versions of one board together, as JSON text. */
  bytes: 40 * 1024 * 1024,
} as const;

export const NOT_TRASHED = -1;

export type BoardSummary = Omit<BoardRow, 'board'> & { organisation: string };
export type VersionSummary = Omit<VersionRow, 'board'> & { seq: number };

export interface Repository {
  listBoards(): Promise<BoardSummary[]>;
  listTrash(): Promise<BoardSummary[]>;
  /** Rows that fail their check (rowCheck.ts): left out of every list, reported here. */
  listDamaged(): Promise<DamagedRow[]>;
  /** A damaged row and its board text exactly as stored, as JSON text, for the user to keep. */
  rawBoardData(key: IDBValidKey): Promise<string>;
  /** Deletes a damaged row, its board text and its versions. */
  removeDamaged(key: IDBValidKey): Promise<void>;
  searchBoards(query: string): Promise<BoardSummary[]>;
  getBoard(id: string): Promise<BoardRow | undefined>;
  createBoard(board: Board, name: string, now: number, id?: string): Promise<BoardRow>;
  /**
   * Stores one revision; returns the committed row (its revision is the new count). With
   * `baseRevision`, refused with `conflict` unless the stored revision is still that one.
   */
  saveBoard(id: string, board: Board, now: number, baseRevision?: number): Promise<BoardRow>;
  renameBoard(id: string, name: string, now: number): Promise<void>;
  duplicateBoard(id: string, name: string, now: number): Promise<BoardRow>;
  trashBoard(id: string, now: number): Promise<void>;
  restoreBoard(id: string): Promise<void>;
  /** Removes every trashed board and its versions; returns their ids (for the mirror). */
  emptyTrash(): Promise<string[]>;
  addVersion(boardId: string, board: Board, reason: VersionReason, now: number, name?: string): Promise<number>;
  listVersions(boardId: string): Promise<VersionSummary[]>;
  getVersion(seq: number): Promise<VersionRow | undefined>;
  lastVersionAt(boardId: string, reason: VersionReason): Promise<number | undefined>;
  putRecovered(row: BoardRow): Promise<void>;
  /** Every row, trashed ones included, for the start-up check against the mirror. */
  allRows(): Promise<BoardRow[]>;
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting(key: string, value: unknown): Promise<void>;
}

function withBoard(stored: StoredBoardRow, board: Board): BoardRow {
  const { organisation: _organisation, ...row } = stored;
  return { ...row, board };
}

/** A board's row as stored: everything but the board, which goes to `texts`. */
function toStored(row: BoardRow): StoredBoardRow {
  const { board, ...rest } = row;
  return { ...rest, organisation: board.profile.name };
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw storageErrorFrom(error);
  }
}

/**
 * `writeSave` commits autosave's revisions (saveCommit.ts): on this thread by default, in a
 * worker for the app (library.ts).
 */
export function createRepository(db: OrgcanvasDb, writeSave: SaveWriter = localSaveWriter(db)): Repository {
  async function prune(boardId: string): Promise<void> {
    const versions = await db.versions.where('boardId').equals(boardId).sortBy('createdAt');
    const drop = new Set<number>();
    // A board kept from a window whose save was refused is the user's work, like a named one.
    const isKept = (v: StoredVersionRow) => v.reason === 'named' || v.reason === 'conflict';
    const automatic = versions.filter((v) => !isKept(v));
    const named = versions.filter(isKept);
    automatic.slice(0, Math.max(0, automatic.length - VERSION_LIMITS.automatic)).forEach((v) => drop.add(v.seq!));
    named.slice(0, Math.max(0, named.length - VERSION_LIMITS.named)).forEach((v) => drop.add(v.seq!));
    let bytes = versions.filter((v) => !drop.has(v.seq!)).reduce((sum, v) => sum + v.bytes, 0);
    // Over the byte bound, drop automatic ones oldest first; named ones are the user's.
    for (const v of automatic) {
      if (bytes <= VERSION_LIMITS.bytes) break;
      if (drop.has(v.seq!)) continue;
      drop.add(v.seq!);
      bytes -= v.bytes;
    }
    if (!drop.size) return;
    await db.versions.bulkDelete([...drop]);
    await deleteTexts(db, [...drop].map(versionTextOwner));
  }

  /**
   * The row with its board, read in one transaction; undefined when there is no such board,
   * or its row is damaged (listDamaged reports it).
   */
  const readBoard = (id: string) =>
    db.transaction('r', db.boards, db.texts, async () => {
      const stored = await db.boards.get(id);
      const check = stored && checkRow(stored);
      return check && check.ok ? withBoard(check.row, await readText(db, boardTextOwner(id))) : undefined;
    });

  const boardTextRows = (id: string, board: Board) => textRows(boardTextOwner(id), boardJsonParts(board, PART_CHARS));

  /** Stores row and board text together (inside a transaction that includes both tables). */
  async function putBoard(row: BoardRow): Promise<void> {
    await db.boards.put(toStored(row));
    await writeText(db, boardTextOwner(row.id), boardTextRows(row.id, row.board));
  }

  /**
   * Every row, checked (rowCheck.ts), no board text read. All rows, not an index query: a
   * row without `trashedAt` is not in that index, and it must still be found and reported.
   */
  const checkedRows = async () => {
    const good: StoredBoardRow[] = [];
    const damaged: DamagedRow[] = [];
    for (const value of (await db.boards.toArray()) as unknown[]) {
      const check = checkRow(value);
      if (check.ok) good.push(check.row);
      else damaged.push(damagedRow(value, check.fields));
    }
    return { good, damaged };
  };

  /** The boards not in the trash, last changed first. */
  const listed = async (): Promise<BoardSummary[]> =>
    (await checkedRows()).good.filter((row) => row.trashedAt === NOT_TRASHED).sort((a, b) => b.updatedAt - a.updatedAt);

  return {
    listBoards: () => guard(listed),

    listTrash: () => guard(async () => (await checkedRows()).good.filter((row) => row.trashedAt > NOT_TRASHED).sort((a, b) => b.trashedAt - a.trashedAt)),

    listDamaged: () => guard(async () => (await checkedRows()).damaged),

    rawBoardData: (key) =>
      guard(() =>
        db.transaction('r', db.boards, db.texts, async () => {
          const row = await db.boards.get(key as string);
          const owner = boardTextOwner(String(key));
          const texts = await db.texts.where('[owner+part]').between([owner, 0], [owner, Infinity], true, true).toArray();
          // The text as stored, not parsed: it may be what is damaged.
          return JSON.stringify({ format: 'orgcanvas-raw-library-row', row, text: texts.map((t) => t.text ?? t.board ?? null) }, null, 2);
        }),
      ),

    removeDamaged: (key) =>
      guard(() =>
        db.transaction('rw', db.boards, db.versions, db.texts, async () => {
          const versions = (await db.versions.where('boardId').equals(key as string).primaryKeys()) as number[];
          await db.boards.delete(key as string);
          await db.versions.bulkDelete(versions);
          await deleteTexts(db, [boardTextOwner(String(key)), ...versions.map(versionTextOwner)]);
        }),
      ),

    searchBoards: (query) =>
      guard(async () => {
        const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
        return (await listed()).filter((row) => {
          const haystack = `${row.name} ${row.organisation}`.toLocaleLowerCase();
          return words.every((w) => haystack.includes(w));
        });
      }),

    getBoard: (id) => guard(() => readBoard(id)),

    createBoard: (board, name, now, id = newBoardId()) =>
      guard(async () => {
        const row: BoardRow = { id, name, createdAt: now, updatedAt: now, revision: 1, board, thumbnail: boardThumbnail(board), trashedAt: NOT_TRASHED };
        await db.transaction('rw', db.boards, db.texts, async () => {
          await db.boards.add(toStored(row));
          await writeText(db, boardTextOwner(id), boardTextRows(id, board));
        });
        return row;
      }),

    saveBoard: (id, board, now, baseRevision) =>
      guard(async () => {
        // `writeSave` runs the save where it puts it, in the app a worker (saveWorkerClient.ts):
        // the text, the thumbnail and every IndexedDB request of the transaction (issue 9: at
        // most 2 ms of main thread per edit).
        const stored = await writeSave({ id, board, now, baseRevision });
        return withBoard(stored, board);
      }),

    renameBoard: (id, name, now) =>
      guard(async () => {
        const changed = await db.boards.update(id, { name, updatedAt: now });
        if (!changed) throw new StorageError('notFound', id);
      }),

    duplicateBoard: (id, name, now) =>
      guard(async () => {
        return db.transaction('rw', db.boards, db.texts, async () => {
          const original = await readBoard(id);
          if (!original) throw new StorageError('notFound', id);
          const copy: BoardRow = { ...original, id: newBoardId(), name, createdAt: now, updatedAt: now, revision: 1, trashedAt: NOT_TRASHED };
          await putBoard(copy);
          return copy;
        });
      }),

    trashBoard: (id, now) =>
      guard(async () => {
        if (!(await db.boards.update(id, { trashedAt: now }))) throw new StorageError('notFound', id);
      }),

    restoreBoard: (id) =>
      guard(async () => {
        if (!(await db.boards.update(id, { trashedAt: NOT_TRASHED }))) throw new StorageError('notFound', id);
      }),

    emptyTrash: () =>
      guard(() =>
        db.transaction('rw', db.boards, db.versions, db.texts, async () => {
          const ids = (await db.boards.where('trashedAt').above(NOT_TRASHED).primaryKeys()) as string[];
          const versions = (await db.versions.where('boardId').anyOf(ids).primaryKeys()) as number[];
          await db.boards.bulkDelete(ids);
          await db.versions.bulkDelete(versions);
          await deleteTexts(db, [...ids.map(boardTextOwner), ...versions.map(versionTextOwner)]);
          return ids;
        }),
      ),

    addVersion: (boardId, board, reason, now, name) =>
      guard(() =>
        db.transaction('rw', db.versions, db.texts, async () => {
          const parts = boardJsonParts(board, PART_CHARS);
          const row: StoredVersionRow = { boardId, createdAt: now, reason, bytes: parts.reduce((sum, part) => sum + part.length, 0) };
          if (name !== undefined) row.name = name;
          const seq = await db.versions.add(row);
          await writeText(db, versionTextOwner(seq), textRows(versionTextOwner(seq), parts));
          await prune(boardId);
          return seq as number;
        }),
      ),

    listVersions: (boardId) =>
      guard(async () => {
        const rows = await db.versions.where('boardId').equals(boardId).reverse().sortBy('createdAt');
        return rows as VersionSummary[];
      }),

    getVersion: (seq) =>
      guard(() =>
        db.transaction('r', db.versions, db.texts, async () => {
          const stored = await db.versions.get(seq);
          return stored && { ...stored, board: await readText(db, versionTextOwner(seq)) };
        }),
      ),

    lastVersionAt: (boardId, reason) =>
      guard(async () => {
        const rows = await db.versions.where('boardId').equals(boardId).filter((v) => v.reason === reason).toArray();
        return rows.length ? Math.max(...rows.map((v) => v.createdAt)) : undefined;
      }),

    putRecovered: (row) => guard(() => db.transaction('rw', db.boards, db.texts, () => putBoard(row))),

    allRows: () =>
      guard(() =>
        db.transaction('r', db.boards, db.texts, async () => {
          const rows: BoardRow[] = [];
          for (const stored of await db.boards.toArray()) rows.push(withBoard(stored, await readText(db, boardTextOwner(stored.id))));
          return rows;
        }),
      ),

    getSetting: <T>(key: string) => guard(async () => (await db.settings.get(key))?.value as T | undefined),

    setSetting: (key, value) => guard(async () => void (await db.settings.put({ key, value }))),
  };
}

/** A stored row is only trusted after the same checks a file gets. */
export function checkStoredBoard(row: BoardRow | undefined): Board | undefined {
  if (!row) return undefined;
  const parsed = parseBoardValue(row.board);
  return parsed.ok ? parsed.value : undefined;
}
