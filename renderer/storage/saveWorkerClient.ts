/**
 * The page's side of the save worker (saveWorker.ts): a SaveWriter that hands each request
 * to the worker and resolves with its reply. The text goes over one part per task: posting
 * copies what it posts, and the whole text of a 1,000-node board (0.25 MB) took 1–10 ms in
 * one `postMessage` on the bench host. Making the worker is a main-thread task too (≈ 7 ms
 * there), so it is made in idle time once the library is in use (`warm`), or by the
 * first save if that comes first; never on the start path. If it cannot start or dies (a blocked script, a
 * crash), saving goes on in the page with the same commit (saveCommit.ts), and requests in
 * flight are committed there: a transaction the worker did not finish was rolled back, so
 * nothing is stored twice or lost.
 */
import { yieldToEventLoop } from './yieldToEventLoop';
import type { StoredBoardRow } from './db';
import { StorageError, type StorageErrorCode } from './errors';
import type { SaveRequest, SaveWriter } from './saveCommit';

/** A request's text parts, in order, then the request itself, which commits them. */
export type SaveMessage =
  | { requestId: number; part: string }
  | {
      requestId: number;
      /** The IndexedDB database the page's library uses. */
      dbName: string;
      id: string;
      now: number;
    };

export type SaveReply = { requestId: number; ok: true; row: StoredBoardRow } | { requestId: number; ok: false; code: StorageErrorCode; detail: string };

/** What the client needs of a Worker (tests pass a fake). */
export interface SaveWorkerPort {
  postMessage(message: SaveMessage): void;
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
      if (reply.ok) waiting.resolve(reply.row);
      else waiting.reject(new StorageError(reply.code, reply.detail));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      giveUp();
    };
    return worker;
  }

  const write: SaveWriter = (request) => {
    const port = started();
    if (!port) return inPage(request);
    const requestId = nextId++;
    const done = new Promise<StoredBoardRow>((resolve, reject) => pending.set(requestId, { request, resolve, reject }));
    void (async () => {
      for (const part of request.parts) {
        port.postMessage({ requestId, part });
        await yieldToEventLoop();
        if (worker !== port) return; // it died: giveUp() commits this request in the page
      }
      port.postMessage({ requestId, dbName, id: request.id, now: request.now });
    })();
    return done;
  };
  return { write, warm: () => void started() };
}
