/**
 * Autosave: after each document change, debounced, the whole board is stored as one
 * revision in one strict-durability transaction. Never during a drag (the drop is the
 * change worth keeping). "Saved" is reported only once the transaction has committed; a
 * failed write is reported and kept on screen, retried, and the board in memory is left
 * exactly as it is — the user loses nothing by carrying on.
 */
import type { Board } from '../../shared/model/board';
import { prepareBoardJson } from './boardJson';
import type { BoardRow } from './db';
import { storageErrorFrom, type StorageErrorCode } from './errors';
import type { Repository } from './repository';

export type SaveStatus =
  | { state: 'saved'; at: number; revision: number }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'error'; code: StorageErrorCode; detail: string; since: number };

/** The part of the app store autosave reads. */
export interface AutosaveSource {
  getState(): { board: Board; dragging: boolean };
  subscribe(listener: (state: { board: Board; dragging: boolean }) => void): () => void;
}

export interface AutosaveOptions {
  source: AutosaveSource;
  repository: Repository;
  boardId: string;
  onStatus: (status: SaveStatus) => void;
  /** Quiet time after the last change before saving. */
  debounceMs?: number;
  /** Longest a change waits while edits keep coming. */
  maxWaitMs?: number;
  retryMs?: number;
  /** An automatic snapshot when the last one is older than this (editing time). */
  snapshotEveryMs?: number;
  now?: () => number;
  /** The desktop mirror: called after each commit; a throw is reported like a failed save. */
  mirror?: (row: BoardRow) => Promise<void>;
  /**
   * What the stored row holds, when the source kept its own board instead of loading the
   * stored copy (start-up stores the board on screen and keeps showing it). An edit made
   * while it was being stored makes the two differ; that edit is saved at once.
   */
  stored?: Board;
  /**
   * What the indicator says about the stored row now, to say again after a drag that
   * changed nothing. Its revision is the one this window's board was made from: each save
   * is refused (`conflict`) if the stored row has moved past it (saveCommit.ts).
   */
  saved?: Extract<SaveStatus, { state: 'saved' }>;
  /**
   * Another window committed this board since this one loaded it. Called once, with the
   * board this window could not store; autosave stops writing (a retry would meet the same
   * refusal) and keeps reporting the conflict until the owner stops it.
   */
  onConflict?: (board: Board) => void;
}

export interface Autosave {
  /** Save now if anything is unsaved (before closing, switching boards, snapshots). */
  flush(): Promise<void>;
  /** True while a change is not yet committed. */
  dirty(): boolean;
  stop(): void;
}

/** At most the last second of edits plus the debounce can be lost to a crash (issue 4). */
export const AUTOSAVE_DEFAULTS = { debounceMs: 400, maxWaitMs: 1000, retryMs: 3000, snapshotEveryMs: 10 * 60_000 };

export function startAutosave(options: AutosaveOptions): Autosave {
  const { source, repository, boardId, onStatus, mirror } = options;
  const debounceMs = options.debounceMs ?? AUTOSAVE_DEFAULTS.debounceMs;
  const maxWaitMs = options.maxWaitMs ?? AUTOSAVE_DEFAULTS.maxWaitMs;
  const retryMs = options.retryMs ?? AUTOSAVE_DEFAULTS.retryMs;
  const snapshotEveryMs = options.snapshotEveryMs ?? AUTOSAVE_DEFAULTS.snapshotEveryMs;
  const now = options.now ?? Date.now;

  let saved: Board = options.stored ?? source.getState().board;
  let firstUnsavedAt: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let failing = false;
  let stopped = false;
  let lastSnapshotAt: number | undefined;
  let lastSaved = options.saved;
  /** The stored revision this window's board descends from; undefined: not checked. */
  let baseRevision = options.saved?.revision;
  /** A save was refused because another window committed first: nothing more is written. */
  let conflicted = false;
  /** A drag is on, or ended, with the board itself not changed yet (see the subscription). */
  let draggedOnly = false;
  /** A committed revision whose mirror write failed: retried even with no new edits. */
  let mirrorOwed: BoardRow | undefined;
  let snapshotKnown: Promise<void> = repository.lastVersionAt(boardId, 'auto').then(
    (at) => void (lastSnapshotAt = at ?? now()),
    () => void (lastSnapshotAt = now()),
  );

  // Warm the board-text cache in short slices now, so the first save is as light as the rest.
  void prepareBoardJson(saved).catch(() => undefined);

  function schedule(delay: number) {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void save(), Math.max(0, delay));
  }

  /** Reports the board unsaved; gives when it stopped being saved. */
  function unsaved(): number {
    firstUnsavedAt ??= now();
    if (!failing && !running) onStatus({ state: 'pending' });
    return firstUnsavedAt;
  }

  const unsubscribe = source.subscribe((state) => {
    if (state.board === saved) {
      // A drag is shown before it changes the board (canvas/dragPreview.ts), and the room
      // sees a board that is not stored: unsaved, as it was when every step changed it. A
      // drop where the drag began changes nothing, and the board is as saved as before.
      if (state.dragging) {
        draggedOnly = true;
        unsaved();
      } else if (draggedOnly) {
        draggedOnly = false;
        if (running || failing) return;
        firstUnsavedAt = undefined;
        if (lastSaved) onStatus(lastSaved);
      }
      return;
    }
    draggedOnly = false;
    const since = unsaved();
    // A drag saves nothing until the drop; the drop itself is a change and lands here.
    if (state.dragging) {
      clearTimeout(timer);
      return;
    }
    if (failing) return; // the retry timer is already running
    schedule(Math.min(debounceMs, since + maxWaitMs - now()));
  });

  async function save(): Promise<void> {
    if (stopped || conflicted) return;
    if (running) return running.then(() => save());
    const { board, dragging } = source.getState();
    if (dragging || (board === saved && !mirrorOwed)) return;
    running = (async () => {
      onStatus({ state: 'saving' });
      try {
        let row = mirrorOwed;
        if (board !== saved) {
          // Edits made while this write runs start the next wait, from their own time.
          firstUnsavedAt = undefined;
          row = await repository.saveBoard(boardId, board, now(), baseRevision);
          baseRevision = row.revision;
          saved = board;
          await snapshotKnown;
          if (lastSnapshotAt !== undefined && now() - lastSnapshotAt >= snapshotEveryMs) {
            await repository.addVersion(boardId, board, 'auto', now());
            lastSnapshotAt = now();
          }
        }
        if (mirror && row) {
          mirrorOwed = row;
          await mirror(row);
          mirrorOwed = undefined;
        }
        failing = false;
        const after = source.getState();
        const stored = { state: 'saved', at: now(), revision: row?.revision ?? 0 } as const;
        if (after.board !== saved) {
          onStatus({ state: 'pending' });
          schedule(debounceMs);
        } else if (after.dragging) {
          // A drag began while this was stored: what is on screen is not stored yet.
          lastSaved = stored;
          draggedOnly = true;
          onStatus({ state: 'pending' });
        } else onStatus((lastSaved = stored));
      } catch (error) {
        const e = storageErrorFrom(error);
        failing = true;
        onStatus({ state: 'error', code: e.code, detail: e.detail, since: now() });
        if (e.code !== 'conflict') return schedule(retryMs);
        conflicted = true;
        options.onConflict?.(board);
      }
    })();
    try {
      await running;
    } finally {
      running = undefined;
    }
  }

  if (source.getState().board !== saved) {
    firstUnsavedAt = now();
    onStatus({ state: 'pending' });
    schedule(0);
  }

  return {
    async flush() {
      clearTimeout(timer);
      if (running) await running;
      await save();
    },
    dirty: () => source.getState().board !== saved,
    stop() {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
      snapshotKnown = Promise.resolve();
    },
  };
}
