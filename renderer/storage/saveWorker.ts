/**
 * The save worker: commits autosave revisions (saveCommit.ts) with its own connection to the
 * library's IndexedDB. In the page, every IndexedDB request of a save dispatched its result
 * on the main thread and serialised the next part there, 2–4 ms a task on a 1,000-node
 * board (issue 9 allows 2 ms per edit); here none of that competes with drawing and input.
 * Only the save runs here; every other library call stays in the page (repository.ts), in
 * transactions IndexedDB orders against this one.
 */
import { openDb, type OrgcanvasDb } from './db';
import { storageErrorFrom } from './errors';
import { PieceHolder } from './boardPieces';
import { commitSave } from './saveCommit';
import type { SaveMessage, SaveReply } from './saveWorkerClient';
import { PART_CHARS } from './textParts';

// The worker's global scope, typed here: the renderer's TypeScript has the DOM library, not
// the WebWorker one (the two declare the same globals differently).
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<SaveMessage>) => void) | null;
  postMessage(reply: SaveReply): void;
};

const databases = new Map<string, OrgcanvasDb>();
/** The pieces of the last board sent, across requests (the page sends only what is new). */
const pieces = new PieceHolder();

scope.onmessage = ({ data: message }) => {
  const { requestId } = message;
  if (message.batch) pieces.take(message.batch);
  if (!('outline' in message)) return;
  let db = databases.get(message.dbName);
  if (!db) databases.set(message.dbName, (db = openDb(message.dbName)));
  const open = db;
  // Inside the promise, so that a piece the page never sent is reported like a failed write.
  new Promise<string[]>((resolve) => resolve(pieces.parts(message.outline, PART_CHARS)))
    .then((parts) => commitSave(open, { id: message.id, parts, now: message.now, baseRevision: message.baseRevision }))
    .then(
      (row) => scope.postMessage({ requestId, ok: true, row }),
      (error: unknown) => {
        const { code, detail } = storageErrorFrom(error);
        scope.postMessage({ requestId, ok: false, code, detail });
      },
    );
};
