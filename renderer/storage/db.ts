/**
 * THE IndexedDB module (Dexie). Only the repository functions in this folder use it; the
 * rest of the renderer asks them. Every transaction is opened with `strict` durability, so
 * a commit means "on disk", not "handed to the OS" — "saved" is only shown after it.
 */
import Dexie, { type Table } from 'dexie';
import type { Board } from '../../shared/model/board';

export interface BoardRow {
  /** Also the mirror file name in the desktop app: [A-Za-z0-9_-] only. */
  id: string;
  /** The name in the library; the organisation is `board.profile.name`. */
  name: string;
  createdAt: number;
  updatedAt: number;
  /** Counts committed revisions of this board; the mirror compares by it. */
  revision: number;
  board: Board;
  /** A small SVG picture of the board for the start screen. */
  thumbnail: string;
  /** Set while the board is in the trash. Indexed; -1 when not trashed (IndexedDB cannot index undefined). */
  trashedAt: number;
}

export type VersionReason = 'auto' | 'named' | 'beforeImport' | 'beforeLayout' | 'beforeRestore';

export interface VersionRow {
  seq?: number;
  boardId: string;
  createdAt: number;
  reason: VersionReason;
  /** Only named snapshots have one ("before the workshop"). */
  name?: string;
  board: Board;
  /** Size of the board as JSON text, for the storage bound. */
  bytes: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/*
 * How rows lie in IndexedDB (version 2): the board as JSON text, not as an object graph.
 * IndexedDB structured-clones what it stores on the main thread; one string is a copy,
 * 1,000 nodes were ≈ 25 ms per autosave (issue 9). Version 1 rows (`board`) are converted
 * by the upgrade below; the readers in repository.ts still accept them.
 */
export type StoredBoardRow = Omit<BoardRow, 'board'> & {
  /** Always written; absent only in a version 1 row (which has `board`). */
  boardJson?: string;
  /** board.profile.name, so listing and searching the library parse no board. */
  organisation?: string;
  /** Version 1 only. */
  board?: Board;
};

export type StoredVersionRow = Omit<VersionRow, 'board'> & { boardJson?: string; board?: Board };

export type OrgcanvasDb = Dexie & {
  boards: Table<StoredBoardRow, string>;
  versions: Table<StoredVersionRow, number>;
  settings: Table<SettingRow, string>;
};

export const DB_NAME = 'orgcanvas';

export function openDb(name = DB_NAME): OrgcanvasDb {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as OrgcanvasDb;
  db.version(1).stores({
    boards: 'id, updatedAt, trashedAt',
    versions: '++seq, boardId, [boardId+createdAt]',
    settings: 'key',
  });
  // Same indexes; every stored board becomes JSON text. Nothing is dropped: a board that
  // cannot be stringified keeps its version 1 shape, which the readers still accept.
  db.version(2)
    .stores({})
    .upgrade(async (tx) => {
      await tx
        .table('boards')
        .toCollection()
        .modify((row: StoredBoardRow) => {
          if (row.board === undefined) return;
          const json = stringifyOrKeep(row.board);
          if (json === undefined) return;
          row.organisation = row.board?.profile?.name ?? '';
          row.boardJson = json;
          delete row.board;
        });
      await tx
        .table('versions')
        .toCollection()
        .modify((row: StoredVersionRow) => {
          if (row.board === undefined) return;
          const json = stringifyOrKeep(row.board);
          if (json === undefined) return;
          row.boardJson = json;
          delete row.board;
        });
    });
  return db;
}

/** JSON text of a version 1 board, or undefined when it has none (it then stays as it was). */
function stringifyOrKeep(board: unknown): string | undefined {
  try {
    return JSON.stringify(board);
  } catch {
    return undefined;
  }
}
