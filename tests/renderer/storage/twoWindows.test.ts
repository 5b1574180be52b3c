/**
 * Two windows on one board (issue 23): each autosaves its own copy of the board. Before the
 * revision check, the stale window's save overwrote the other's edit and both said "Saved".
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import type { Board } from '../../../shared/model/board';
import { startAutosave, type SaveStatus } from '../../../renderer/storage/autosave';
import { openDb } from '../../../renderer/storage/db';
import { createRepository } from '../../../renderer/storage/repository';
import { createAppStore } from '../../../renderer/store/store';
import { freshDb, until, wait } from './fakes';

const moved = (index: number, x: number) => (board: Board): Board => ({
  ...board,
  nodes: board.nodes.map((n, i) => (i === index ? { ...n, position: { x, y: n.position.y } } : n)),
});

/** A window: its own connection to the same database, its own store and autosave. */
async function window(dbName: string, boardId: string) {
  const repository = createRepository(openDb(dbName));
  const row = (await repository.getBoard(boardId))!;
  const store = createAppStore();
  store.getState().loadBoard(row.board);
  const statuses: SaveStatus[] = [];
  const refused: Board[] = [];
  const autosave = startAutosave({
    source: store,
    repository,
    boardId,
    onStatus: (s) => statuses.push(s),
    debounceMs: 10,
    maxWaitMs: 50,
    retryMs: 20,
    stored: row.board,
    saved: { state: 'saved', at: row.updatedAt, revision: row.revision },
    onConflict: (board) => refused.push(board),
  });
  return { store, statuses, refused, autosave, last: () => statuses[statuses.length - 1] };
}

describe('two windows on one board', () => {
  it('the stale window is refused and told, keeps its edit, and the other window’s edit stays stored', async () => {
    const db = freshDb();
    const repo = createRepository(db);
    const { id } = await repo.createBoard(demoBoard(), 'Board', 1);
    const a = await window(db.name, id);
    const b = await window(db.name, id);

    a.store.getState().changeBoard(moved(0, 1111));
    await until(() => a.last()?.state === 'saved');
    b.store.getState().changeBoard(moved(1, 2222));
    await until(() => b.last()?.state === 'error');

    const stored = (await repo.getBoard(id))!.board;
    expect(stored.nodes[0]!.position.x).toBe(1111); // A's move is not undone
    expect(b.last()).toMatchObject({ state: 'error', code: 'conflict' });
    expect(b.refused).toHaveLength(1);
    expect(b.refused[0]!.nodes[1]!.position.x).toBe(2222);
    // B keeps its board on screen, and does not try again (the same refusal would come).
    expect(b.store.getState().board.nodes[1]!.position.x).toBe(2222);
    await wait(80);
    expect(b.statuses.filter((s) => s.state === 'saving')).toHaveLength(1);
    expect(b.autosave.dirty()).toBe(true);
    a.autosave.stop();
    b.autosave.stop();
  });

  it('a window that saves after its own saves is never refused (the revision follows its commits)', async () => {
    const db = freshDb();
    const repo = createRepository(db);
    const { id } = await repo.createBoard(demoBoard(), 'Board', 1);
    const a = await window(db.name, id);
    for (let i = 1; i <= 3; i++) {
      a.store.getState().changeBoard(moved(0, i));
      await until(() => a.last()?.state === 'saved' && (a.last() as { revision: number }).revision === i + 1);
    }
    expect((await repo.getBoard(id))!.board.nodes[0]!.position.x).toBe(3);
    expect(a.refused).toHaveLength(0);
    a.autosave.stop();
  });
});
