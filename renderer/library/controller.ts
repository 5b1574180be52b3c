/**
 * What the library screens do: open, create, rename, duplicate, trash and restore boards,
 * snapshots and restores, and start-up (persistence, recovery from the desktop mirror).
 * The components call these; these call the repository, the document store and main.
 */
import type { Language } from '../../shared/i18n/languages';
import type { Board } from '../../shared/model/board';
import { demoBoard } from '../../shared/boards/demo';
import { emptyBoard } from '../../shared/model/board';
import { templateBoard, type TemplateId } from '../../shared/templates';
import { startAutosave, type Autosave } from '../storage/autosave';
import { claimBoard, type BoardClaim } from '../storage/boardLock';
import type { VersionReason } from '../storage/db';
import { desktopApi } from '../platform/platform';
import { storageErrorFrom } from '../storage/errors';
import { libraryRepository } from '../storage/library';
import { mirrorRow, unmirror } from '../storage/mirrorSync';
import { requestPersistence } from '../storage/persistence';
import { recoverFromMirror } from '../storage/recovery';
import { parseBoardValue } from '../../shared/model/parse';
import { checkStoredBoard, NOT_TRASHED, type Repository } from '../storage/repository';
import { useSaveStatus } from '../storage/saveStatus';
import { useAppStore } from '../store/store';
import { libraryChanged, notify, notifyLoadError, rememberReturning, useSession, type FileBinding } from './session';

const LAST_BOARD = 'lastBoardId';
let autosave: Autosave | undefined;
/** This window's claim on the open board (storage/boardLock.ts). */
let claim: BoardClaim | undefined;
/** The board a refused save kept as a version (`conflict`), so it is not kept twice. */
let keptBoard: Board | undefined;

/**
 * Runs `work` on the library's repository. A failure becomes a notice that names it, and
 * `undefined`: the library's code that could not load (it loads on first use), or storage.
 */
async function guarded<T>(work: (repo: Repository) => Promise<T>): Promise<T | undefined> {
  let repo: Repository;
  try {
    repo = await libraryRepository();
  } catch (error) {
    notifyLoadError(error);
    return undefined;
  }
  try {
    return await work(repo);
  } catch (error) {
    const e = storageErrorFrom(error);
    notify({ kind: 'storageError', code: e.code, detail: e.detail });
    return undefined;
  }
}

/** The bench (tests/bench) drives the store itself; the library must not take its board over. */
function benchRunning(): boolean {
  return Boolean((globalThis as { __ORGCANVAS_BENCH__?: unknown }).__ORGCANVAS_BENCH__);
}

/**
 * Start-up: ask for persistent storage, recover from the desktop mirror, then reopen the
 * board last worked on. On the very first start the board already on screen (the demo)
 * becomes the first board in the library, so nothing a new user does is ever unsaved.
 */
let booted = false;

export async function bootLibrary(firstBoardName: string): Promise<void> {
  // React's StrictMode runs effects twice in development; start-up must happen once.
  if (booted || benchRunning()) return;
  booted = true;
  // A hidden window's timers run once a second at best (and once a minute after five
  // minutes), autosave's debounce among them: store an edit when the window is left, not
  // whenever its timer gets a turn (the two-windows fault run met 6 s of edits waiting).
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void autosave?.flush();
  });
  useSession.setState({ persistence: await requestPersistence() });
  try {
    // The library's code loads here, on its first use. Without it nothing below can work:
    // one notice names the problem, and the board on screen stays.
    if (!(await guarded(async () => true))) return;
    await guarded(async (repo) => {
      const report = await recoverFromMirror(repo, desktopApi(), await repo.allRows());
      if (report.recovered.length) notify({ kind: 'recovered', names: report.recovered.map((r) => r.name) });
      if (report.unrecoverable.length) notify({ kind: 'unrecoverable', names: report.unrecoverable.map((r) => r.name) });
    });
    libraryChanged();
    const last = await guarded((repo) => repo.getSetting<string>(LAST_BOARD));
    if (!(last && (await openBoard(last, null, true)))) {
      const boards = await guarded((repo) => repo.listBoards());
      if (boards && boards.length === 0) await addBoard(useAppStore.getState().board, firstBoardName);
      else useSession.setState({ view: 'library' });
    }
  } finally {
    // Whatever failed on the way, a start that was waiting for a board ends on the library.
    if (useSession.getState().view === 'opening') useSession.setState({ view: 'library' });
  }
  exposeToFaultTest();
}

/**
 * The kill-during-editing fault test (tests/fault/) edits through the store while the
 * library autosaves. Inert unless that test defined `window.__ORGCANVAS_FAULT__` before the
 * page's scripts ran, which no user and no Electron page does.
 */
function exposeToFaultTest(): void {
  const hook = (globalThis as { __ORGCANVAS_FAULT__?: { store?: unknown; ready?: boolean } }).__ORGCANVAS_FAULT__;
  if (!hook || typeof hook !== 'object') return;
  hook.store = useAppStore;
  hook.ready = true;
}

/** Saves what is unsaved, stops autosaving the current board and lets other windows edit it. */
async function leaveBoard(): Promise<void> {
  if (autosave) {
    await autosave.flush();
    autosave.stop();
    autosave = undefined;
  }
  claim?.release();
  claim = undefined;
  keptBoard = undefined;
  useAppStore.getState().setEditable(true);
}

/**
 * Another window takes editing of the open board over: store what is unsaved, then show it
 * read-only. The lock is let go once this has settled (storage/boardLock.ts).
 */
async function editingTakenOver(id: string): Promise<void> {
  if (useSession.getState().boardId !== id) return;
  claim = undefined;
  // Read-only first, so no edit comes in while the last one is stored.
  useAppStore.getState().setEditable(false);
  useSession.setState({ access: 'takenOver' });
  if (!autosave) return;
  await autosave.flush();
  autosave.stop();
  autosave = undefined;
}

/**
 * Another window saved the open board first; this window's board was refused (saveCommit.ts).
 * It is kept as a version of the board at once, so neither a closed window nor a crash loses
 * it, and the banner asks what next: keep it as a copy, or load what is stored.
 */
function saveRefused(id: string, board: Board): void {
  useSession.setState({ access: 'conflict' });
  keptBoard = board;
  void guarded((repo) => repo.addVersion(id, board, 'conflict', Date.now())).then(() => libraryChanged());
}

/**
 * Opens a stored board. `shown`: the row was just made from this board, which is on screen
 * (start-up stores the demo); it stays there instead of being replaced by its stored copy,
 * which would re-render every node for nothing and drop an edit made while it was stored.
 */
export async function openBoard(id: string, file: FileBinding | null = null, quiet = false, shown?: Board, takeOver = false): Promise<boolean> {
  await leaveBoard();
  // Claimed before the row is read: a window that edited it before has committed by then.
  const claimed = await claimBoard(id, { takeOver, onLost: () => editingTakenOver(id) });
  const found = await guarded(async (repo) => ({ repo, row: await repo.getBoard(id) }));
  // The library failed (its notice is up); "not found" would be a second, wrong reason.
  if (!found) {
    claimed.release();
    return false;
  }
  const { repo, row } = found;
  const parsed = row && !shown ? parseBoardValue(row.board) : undefined;
  const board = row && shown ? shown : parsed?.ok ? parsed.value : undefined;
  if (!row || !board || row.trashedAt !== NOT_TRASHED) {
    claimed.release();
    // The row is there and its text is not a board: say so, and keep the data for export
    // (it was "no longer in the library", which was not true and offered nothing).
    // Text that is not JSON comes back as the text itself (textParts.ts): no problem list then.
    if (row && parsed && !parsed.ok) notify({ kind: 'unreadableBoard', id, name: row.name, problems: typeof row.board === 'string' ? [] : parsed.problems });
    else if (!quiet) notify({ kind: 'storageError', code: 'notFound', detail: id });
    return false;
  }
  claim = claimed;
  const editable = claimed.state !== 'busy';
  useAppStore.getState().setEditable(true);
  if (!shown) useAppStore.getState().loadBoard(board);
  useAppStore.getState().setEditable(editable);
  const saved = { state: 'saved', at: row.updatedAt, revision: row.revision } as const;
  useSaveStatus.getState().set(saved);
  const api = desktopApi();
  // A window that only shows the board (another one edits it) stores nothing.
  autosave = editable
    ? startAutosave({
        source: useAppStore,
        repository: repo,
        boardId: id,
        onStatus: (status) => useSaveStatus.getState().set(status),
        mirror: api ? (saved) => mirrorRow(api, saved) : undefined,
        stored: board,
        saved,
        onConflict: (refused) => saveRefused(id, refused),
      })
    : undefined;
  // The file holds what was just loaded; only later edits count as unsaved for it.
  useSession.setState({ view: 'board', boardId: id, boardName: row.name, access: editable ? 'edit' : 'readOnly', file: file ? { ...file, savedBoard: board } : null });
  rememberReturning();
  await guarded((repo) => repo.setSetting(LAST_BOARD, id));
  return true;
}

/** "Take over editing": this window gets the board's lock and first loads its latest stored revision. */
export async function takeOverEditing(): Promise<void> {
  const { boardId, file } = useSession.getState();
  if (boardId) await openBoard(boardId, file, false, undefined, true);
}

/** After a refused save: this window's board becomes a new board of its own, named `name`. */
export async function keepAsCopy(name: string): Promise<void> {
  await addBoard(useAppStore.getState().board, name);
}

/**
 * After a refused save: load the stored board. This window's board is a version already;
 * edits made since the refusal are kept as one more.
 */
export async function loadStoredBoard(): Promise<void> {
  const id = useSession.getState().boardId;
  if (!id) return;
  const board = useAppStore.getState().board;
  if (board !== keptBoard) await guarded((repo) => repo.addVersion(id, board, 'conflict', Date.now()));
  await openBoard(id, useSession.getState().file);
}

export async function showLibrary(): Promise<void> {
  await leaveBoard();
  useSession.setState({ view: 'library', boardId: null, file: null });
  libraryChanged();
}

export type NewBoardSource = 'empty' | 'demo' | { template: TemplateId };

/**
 * A new board, written in `language` (the interface's at that moment). Once created it keeps
 * its words: switching the language later translates the interface, never a board.
 */
export function boardFrom(source: NewBoardSource, language: Language): Board {
  if (source === 'empty') return emptyBoard();
  if (source === 'demo') return demoBoard(language);
  return templateBoard(source.template, language);
}

/** Adds a board to the library (and its mirror) and opens it. */
export async function addBoard(board: Board, name: string, file: FileBinding | null = null): Promise<string | undefined> {
  const shown = board === useAppStore.getState().board;
  const row = await guarded(async (repo) => {
    const created = await repo.createBoard(board, name, Date.now());
    await mirrorRow(desktopApi(), created);
    return created;
  });
  if (!row) return undefined;
  libraryChanged();
  await openBoard(row.id, file, false, shown ? board : undefined);
  return row.id;
}

async function afterChange(repo: Repository, id: string): Promise<void> {
  const row = await repo.getBoard(id);
  if (row) await mirrorRow(desktopApi(), row);
  libraryChanged();
}

export async function renameBoard(id: string, name: string): Promise<void> {
  await guarded(async (repo) => {
    await repo.renameBoard(id, name, Date.now());
    await afterChange(repo, id);
  });
  if (useSession.getState().boardId === id) useSession.setState({ boardName: name });
}

export async function duplicateBoard(id: string, name: string): Promise<void> {
  await guarded(async (repo) => {
    const copy = await repo.duplicateBoard(id, name, Date.now());
    await afterChange(repo, copy.id);
  });
}

export async function trashBoard(id: string): Promise<void> {
  await guarded(async (repo) => {
    await repo.trashBoard(id, Date.now());
    await afterChange(repo, id);
  });
}

export async function restoreBoard(id: string): Promise<void> {
  await guarded(async (repo) => {
    await repo.restoreBoard(id);
    await afterChange(repo, id);
  });
}

export async function emptyTrash(): Promise<void> {
  await guarded(async (repo) => {
    const ids = await repo.emptyTrash();
    await unmirror(desktopApi(), ids);
    libraryChanged();
  });
}

/**
 * A snapshot of the open board as it is now. Layout and import call this with their reason
 * before they change the board; the versions panel with a name.
 */
export async function takeSnapshot(reason: VersionReason, name?: string): Promise<void> {
  const id = useSession.getState().boardId;
  if (!id) return;
  // The board as it is NOW: the caller changes it right after, while the flush awaits.
  const board = useAppStore.getState().board;
  await autosave?.flush();
  await guarded((repo) => repo.addVersion(id, board, reason, Date.now(), name));
  libraryChanged();
}

/** Restores a version as an ordinary edit, so Undo brings the previous board back. */
export async function restoreVersion(seq: number): Promise<void> {
  const version = await guarded((repo) => repo.getVersion(seq));
  const board = version && checkStoredBoard({ board: version.board } as Parameters<typeof checkStoredBoard>[0]);
  if (!board) {
    notify({ kind: 'storageError', code: 'notFound', detail: String(seq) });
    return;
  }
  await takeSnapshot('beforeRestore');
  useAppStore.getState().changeBoard(() => board);
  notify({ kind: 'restored' });
}

/** True while the open board has changes not yet committed to the library. */
export function hasUnsavedLibraryChanges(): boolean {
  return autosave?.dirty() ?? false;
}

export async function flushLibrary(): Promise<void> {
  await autosave?.flush();
}
