import { describe, expect, it, vi } from 'vitest';
import type { StoredBoardRow } from '../../../renderer/storage/db';
import { StorageError } from '../../../renderer/storage/errors';
import { PieceHolder } from '../../../renderer/storage/boardPieces';
import type { SaveRequest } from '../../../renderer/storage/saveCommit';
import { workerSaves, type SaveMessage, type SaveReply, type SaveWorkerPort } from '../../../renderer/storage/saveWorkerClient';
import { demoBoard } from '../../../shared/boards/demo';

const board = demoBoard();
const request = (id: string, saved = board): SaveRequest => ({ id, board: saved, now: 5 });
const row = (id: string, revision: number): StoredBoardRow => ({ id, name: id, createdAt: 1, updatedAt: 5, revision, thumbnail: '<svg/>', trashedAt: -1, organisation: 'Org' });

/** A worker that records what it is sent and answers when the test says so. */
function fakeWorker() {
  const sent: SaveMessage[] = [];
  const port: SaveWorkerPort = {
    postMessage: (message) => void sent.push(message),
    terminate: vi.fn(),
    onmessage: null,
    onerror: null,
  };
  const reply = (data: SaveReply) => port.onmessage!({ data } as MessageEvent<SaveReply>);
  const crash = () => port.onerror!(new Event('error'));
  /** The requests sent whole so far (their batches went before them). */
  const commits = () => sent.flatMap((m) => ('dbName' in m ? [m] : []));
  return { port, sent, reply, crash, commits };
}

describe('the save worker client', () => {
  it('makes the worker once, when warmed or at the first save, and matches each reply to its request', async () => {
    const worker = fakeWorker();
    const start = vi.fn(() => worker.port);
    const inPage = vi.fn();
    const saves = workerSaves(start, 'lib', inPage);
    const write = saves.write;
    expect(start).not.toHaveBeenCalled();
    saves.warm();
    expect(start).toHaveBeenCalledTimes(1);
    const first = write(request('a'));
    const second = write(request('b'));
    expect(start).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(worker.commits()).toHaveLength(2));
    const a = worker.commits()[0]!;
    const b = worker.commits()[1]!;
    // The first request sends every piece, before the request itself; the second, the same
    // board, sends none. From what it was sent, the worker makes the board's text.
    const batchesOf = (requestId: number) => worker.sent.flatMap((m) => (m.requestId === requestId && m.batch ? [m.batch] : []));
    expect(batchesOf(a.requestId).flatMap((batch) => batch.ids)).toHaveLength(board.nodes.length + board.edges.length);
    expect(batchesOf(b.requestId)).toEqual([]);
    expect(worker.sent.findIndex((m) => m === a)).toBe(worker.sent.findLastIndex((m) => m.requestId === a.requestId));
    const holder = new PieceHolder();
    batchesOf(a.requestId).forEach((batch) => holder.take(batch));
    expect(JSON.parse(holder.parts(a.outline, Infinity).join(''))).toEqual(JSON.parse(JSON.stringify(board)));
    expect(JSON.parse(holder.parts(b.outline, Infinity).join(''))).toEqual(JSON.parse(JSON.stringify(board)));
    expect([a, b].map((m) => [m.dbName, m.id, m.now])).toEqual([
      ['lib', 'a', 5],
      ['lib', 'b', 5],
    ]);
    worker.reply({ requestId: b.requestId, ok: true, row: row('b', 2) });
    worker.reply({ requestId: a.requestId, ok: true, row: row('a', 4) });
    await expect(first).resolves.toMatchObject({ id: 'a', revision: 4 });
    await expect(second).resolves.toMatchObject({ id: 'b', revision: 2 });
    expect(inPage).not.toHaveBeenCalled();
  });

  it('rejects with the storage error the worker names (a full disk stays a full disk)', async () => {
    const worker = fakeWorker();
    const write = workerSaves(() => worker.port, 'lib', vi.fn()).write;
    const saving = write(request('a'));
    await vi.waitFor(() => expect(worker.commits()).toHaveLength(1));
    worker.reply({ requestId: worker.commits()[0]!.requestId, ok: false, code: 'quota', detail: 'QuotaExceededError' });
    const error = await saving.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ code: 'quota', detail: 'QuotaExceededError' });
  });

  it('commits in the page what a dead worker left, and every later save too', async () => {
    const worker = fakeWorker();
    const inPage = vi.fn(async (r: SaveRequest) => row(r.id, 9));
    const write = workerSaves(() => worker.port, 'lib', inPage).write;
    const inFlight = write(request('a'));
    worker.crash();
    await expect(inFlight).resolves.toMatchObject({ id: 'a', revision: 9 });
    expect(worker.port.terminate).toHaveBeenCalled();
    await expect(write(request('b'))).resolves.toMatchObject({ id: 'b' });
    expect(inPage.mock.calls.map(([r]) => r.id)).toEqual(['a', 'b']);
    // The dead worker was sent nothing more after it died.
    await new Promise((r) => setTimeout(r, 10));
    expect(worker.sent).toEqual([]);
  });

  it('saves in the page when no worker can be made', async () => {
    const inPage = vi.fn(async (r: SaveRequest) => row(r.id, 3));
    const write = workerSaves(
      () => {
        throw new Error('blocked by the content security policy');
      },
      'lib',
      inPage,
    ).write;
    await expect(write(request('a'))).resolves.toMatchObject({ revision: 3 });
    await expect(write(request('b'))).resolves.toMatchObject({ revision: 3 });
    expect(inPage).toHaveBeenCalledTimes(2);
  });
});
