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

export type OrgcanvasDb = Dexie & {
  boards: Table<BoardRow, string>;
  versions: Table<VersionRow, number>;
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
  return db;
}
