/**
 * Which screen shows and which library board is open, plus the messages of the storage
 * layer (recovered boards, refused files). Kept apart from the document store: none of
 * it is undoable or part of a board.
 */
import { create } from 'zustand';
import type { Board } from '../../shared/model/board';
import type { Problem } from '../../shared/model/problems';
import type { PersistenceState } from '../storage/persistence';

/** Where the open board's file lives, if it is bound to one. */
export interface FileBinding {
  name: string;
  /** Desktop: the handle main made. */
  handle?: string;
  /** Browser with the File System Access API. */
  fsHandle?: FileSystemFileHandle;
  /** The board as last written to or read from the file; unsaved changes differ from it. */
  savedBoard: Board;
}

export type Notice =
  | { kind: 'recovered'; names: string[] }
  | { kind: 'unrecoverable'; names: string[] }
  | { kind: 'refused'; file: string; problems: Problem[] }
  | { kind: 'repaired'; file: string; problems: Problem[] }
  | { kind: 'fileError'; code: string; file: string; detail: string; problems: Problem[] }
  | { kind: 'opened'; file: string }
  | { kind: 'saved'; file: string }
  | { kind: 'restored' }
  | { kind: 'storageError'; code: string; detail: string }
  /** A board whose row is fine but whose stored text is damaged: said so, its raw data offered. */
  | { kind: 'unreadableBoard'; id: string; name: string; problems: Problem[] }
  /** A part of the app loaded on demand (a window, the other language) could not load. */
  | { kind: 'loadError'; detail: string };

/**
 * Set once a board of the library has been open, so the next start knows at once, before
 * IndexedDB answers, that it will open the user's board: it shows "opening" instead of the
 * demo, which would flash by first. localStorage, because it can be read synchronously.
 */
const RETURNING_KEY = 'orgcanvas.returning';

function storedFlag(): boolean {
  try {
    return globalThis.localStorage?.getItem(RETURNING_KEY) === '1';
  } catch {
    return false; // storage blocked: start as a first start does
  }
}

export function rememberReturning(): void {
  try {
    globalThis.localStorage?.setItem(RETURNING_KEY, '1');
  } catch {
    // Only the demo flashing by at the next start depends on it.
  }
}

/**
 * How this window holds the open board. `edit`: it edits and autosaves. `readOnly`: another
 * window edits it (storage/boardLock.ts). `takenOver`: another window took editing over
 * from this one. `conflict`: another window saved it first; this window's board was not
 * stored but kept as a version, and the user chooses what next (library/BoardAccessBanner.tsx).
 */
export type BoardAccess = 'edit' | 'readOnly' | 'takenOver' | 'conflict';

export interface SessionState {
  /** `opening`: at start, until the library has opened the last board or shown itself. */
  view: 'library' | 'board' | 'opening';
  boardId: string | null;
  boardName: string;
  file: FileBinding | null;
  access: BoardAccess;
  persistence: PersistenceState | null;
  notices: Notice[];
  /** Bumps when the library's rows change, so lists reload. */
  libraryVersion: number;
}

export const useSession = create<SessionState>()(() => ({
  // A first start shows the board main.tsx loaded (the demo) at once, and start-up binds it
  // to the library; a returning user's start waits for their own board.
  view: storedFlag() ? 'opening' : 'board',
  boardId: null,
  boardName: '',
  file: null,
  access: 'edit',
  persistence: null,
  notices: [],
  libraryVersion: 0,
}));

export function notify(notice: Notice): void {
  useSession.setState((s) => ({ notices: [...s.notices.slice(-4), notice] }));
}

/** A part loaded on demand (a window, a language) could not load: the notice names why. */
export function notifyLoadError(error: unknown): void {
  notify({ kind: 'loadError', detail: error instanceof Error ? error.message : String(error) });
}

export function dismissNotice(index: number): void {
  useSession.setState((s) => ({ notices: s.notices.filter((_, i) => i !== index) }));
}

export function libraryChanged(): void {
  useSession.setState((s) => ({ libraryVersion: s.libraryVersion + 1 }));
}
