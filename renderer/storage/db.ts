/**
 * THE IndexedDB module (Dexie). Only the repository functions in this folder use it; the
 * rest of the renderer asks them. Every transaction is opened with `strict` durability, so
 * a commit means "on disk", not "handed to the OS" — "saved" is only shown after it.
 */
import Dexie, { type Table } from 'dexie';
import type { Board } from '../../shared/model/board';
import { boardTextOwner, textRows, versionTextOwner } from './textParts';

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

/** `conflict`: a window's board that another window's save had overtaken (library/controller.ts). */
export type VersionReason = 'auto' | 'named' | 'beforeImport' | 'beforeLayout' | 'beforeRestore' | 'conflict';

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
 * How rows lie in IndexedDB (version 3). A board's row holds only what the library lists
 * (name, dates, revision, thumbnail, organisation); the board itself is JSON text in
 * `texts`, cut into parts (textParts.ts), keyed by its owner ("board:<id>", "version:<seq>").
 * IndexedDB structure-clones a value inside the `put` call, on the main thread: a
 * 700,000-character string took 8–15 ms there, a 64,000-character part 0.2–0.4 ms, so a
 * save writes part after part, each in a task of its own (issue 9). Listing the library or
 * the versions reads no board. Version 1 held board objects, version 2 one `boardJson`
 * string in the row; both are moved into `texts` by the upgrades below, nothing dropped.
 */
export type StoredBoardRow = Omit<BoardRow, 'board'> & {
  /** board.profile.name, so listing and searching the library parse no board. */
  organisation: string;
};

export type StoredVersionRow = Omit<VersionRow, 'board'>;

export interface StoredTextRow {
  /** `board:<id>` or `version:<seq>` (textParts.ts). */
  owner: string;
  /** 0, 1, 2…: the text is the parts joined in this order. */
  part: number;
  text?: string;
  /** Only a version 1 board that could not be turned into text keeps its object here (part 0). */
  board?: Board;
}

export type OrgcanvasDb = Dexie & {
  boards: Table<StoredBoardRow, string>;
  versions: Table<StoredVersionRow, number>;
  texts: Table<StoredTextRow, [string, number]>;
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
  // cannot be stringified keeps its version 1 shape, which version 3 still accepts.
  db.version(2)
    .stores({})
    .upgrade(async (tx) => {
      await tx
        .table('boards')
        .toCollection()
        .modify((row: LegacyRow) => {
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
        .modify((row: LegacyRow) => {
          if (row.board === undefined) return;
          const json = stringifyOrKeep(row.board);
          if (json === undefined) return;
          row.boardJson = json;
          delete row.board;
        });
    });
  // The boards' and versions' text moves out of their rows into parts.
  db.version(3)
    .stores({ texts: '[owner+part]' })
    .upgrade(async (tx) => {
      const parts: StoredTextRow[] = [];
      const moveText = (owner: string, row: LegacyRow) => {
        parts.push(...textRows(owner, row.boardJson ?? row.board));
        delete row.boardJson;
        delete row.board;
      };
      await tx
        .table('boards')
        .toCollection()
        .modify((row: LegacyRow & { id: string }) => {
          row.organisation ??= row.board?.profile?.name ?? '';
          moveText(boardTextOwner(row.id), row);
        });
      await tx
        .table('versions')
        .toCollection()
        .modify((row: LegacyRow & { seq: number }) => moveText(versionTextOwner(row.seq), row));
      await tx.table('texts').bulkAdd(parts);
    });
  return db;
}

/** A row as versions 1 and 2 stored it. */
interface LegacyRow {
  boardJson?: string;
  board?: Board;
  organisation?: string;
}

/** JSON text of a version 1 board, or undefined when it has none (it then stays as it was). */
function stringifyOrKeep(board: unknown): string | undefined {
  try {
    return JSON.stringify(board);
  } catch {
    return undefined;
  }
}
