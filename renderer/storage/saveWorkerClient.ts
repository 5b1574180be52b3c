/**
 * The page's side of the save worker (saveWorker.ts): a SaveWriter that hands each request
 * to the worker and resolves with its reply. A board goes over as its outline and the
 * pieces the worker does not hold yet (boardPieces.ts), in batches one per task: posting
 * copies what it posts, and the whole text of a 1,000-node board took 1–10 ms in one
 * `postMessage` on the bench host; after an edit, the only batch is the edited node, and it
 * goes with the outline. Making the worker is a main-thread task too (≈ 7 ms there), so it
 * is made in idle time once the library is in use (`warm`), or by the first save if that
 * comes first; never on the start path. If it cannot start or dies (a blocked script, a
 * crash), saving goes on in the page with the same commit (saveCommit.ts), and requests in
 * flight are committed there: a transaction the worker did not finish was rolled back, so
 * nothing is stored twice or lost.
 */
import { PieceSender, type BoardOutline, type PieceBatch } from './boardPieces';
import type { StoredBoardRow } from './db';
import { StorageError, type StorageErrorCode } from './errors';
import type { SaveRequest, SaveWriter } from './saveCommit';
import { PART_CHARS } from './textParts';
import { yieldToEventLoop } from './yieldToEventLoop';

/**
 * A request's batches of pieces, then the request itself, which commits its outline and
 * brings the last batch (after an edit, the only one: one message a save).
 */
export type SaveMessage =
  | { requestId: number; batch: PieceBatch }
  | {
      requestId: number;
      /** The IndexedDB database the page's library uses. */
      dbName: string;
      id: string;
      now: number;
      baseRevision?: number;
      outline: BoardOutline;
      batch?: PieceBatch;
    };

export type SaveReply = { requestId: number; ok: true; row: StoredBoardRow } | { requestId: number; ok: false; code: StorageErrorCode; detail: string };

/** What the client needs of a Worker (tests pass a fake). */
export interface SaveWorkerPort {
  postMessage(message: SaveMessage, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<SaveReply>) => void) | null;
  onerror: ((event: Event) => void) | null;
}

interface Pending {
  request: SaveRequest;
  resolve(row: StoredBoardRow): void;
  reject(error: unknown): void;
}

export interface WorkerSaves {
  write: SaveWriter;
  /** Makes the worker now, if it is not made yet. */
  warm(): void;
}

export function workerSaves(startWorker: () => SaveWorkerPort, dbName: string, inPage: SaveWriter): WorkerSaves {
  /** undefined: not started yet; null: unavailable, saves run in the page. */
  let worker: SaveWorkerPort | null | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  /** What the worker holds; a new one (everything sent again) after any failed save. */
  let sender = new PieceSender();
  /** Requests go over one after another, as the sender's outlines assume. */
  let posting = Promise.resolve();

  function giveUp(): void {
    worker?.terminate();
    worker = null;
    const left = [...pending.values()];
    pending.clear();
    for (const { request, resolve, reject } of left) inPage(request).then(resolve, reject);
  }

  function started(): SaveWorkerPort | null {
    if (worker !== undefined) return worker;
    try {
      worker = startWorker();
    } catch {
      return (worker = null);
    }
    worker.onmessage = ({ data: reply }) => {
      const waiting = pending.get(reply.requestId);
      if (!waiting) return;
      pending.delete(reply.requestId);
      if (reply.ok) return waiting.resolve(reply.row);
      sender = new PieceSender();
      waiting.reject(new StorageError(reply.code, reply.detail));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      giveUp();
    };
    return worker;
  }

  async function post(port: SaveWorkerPort, requestId: number, { id, board, now, baseRevision }: SaveRequest): Promise<void> {
    if (worker !== port) return; // it died: giveUp() commits this request in the page
    const { outline, batches } = await sender.outline(board, PART_CHARS);
    const last = batches.pop();
    for (const batch of batches) {
      if (worker !== port) return;
      port.postMessage({ requestId, batch });
      await yieldToEventLoop();
    }
    if (worker !== port) return;
    port.postMessage({ requestId, dbName, id, now, baseRevision, outline, ...(last && { batch: last }) }, [outline.nodes.buffer, outline.edges.buffer]);
  }

  const write: SaveWriter = (request) => {
    const port = started();
    if (!port) return inPage(request);
    const requestId = nextId++;
    const done = new Promise<StoredBoardRow>((resolve, reject) => pending.set(requestId, { request, resolve, reject }));
    posting = posting
      .then(() => post(port, requestId, request))
      .catch(() => {
        // The request did not go over whole: the page commits it, and the worker is sent
        // everything again next time.
        sender = new PieceSender();
        const waiting = pending.get(requestId);
        pending.delete(requestId);
        if (waiting) inPage(request).then(waiting.resolve, waiting.reject);
      });
    return done;
  };
  return { write, warm: () => void started() };
}
