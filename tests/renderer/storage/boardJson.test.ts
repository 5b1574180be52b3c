import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { emptyBoard } from '../../../shared/model/board';
import { boardToJson, prepareBoardJson } from '../../../renderer/storage/boardJson';
import { openDb } from '../../../renderer/storage/db';
import { createRepository } from '../../../renderer/storage/repository';

describe('board JSON text for storage', () => {
  it('parses to the same board as JSON.stringify, before and after an edit', async () => {
    const board = demoBoard();
    await prepareBoardJson(board);
    expect(JSON.parse(boardToJson(board))).toEqual(JSON.parse(JSON.stringify(board)));
    const moved = { ...board, nodes: board.nodes.map((n, i) => (i === 0 ? { ...n, position: { x: 1, y: 2 } } : n)) };
    expect(JSON.parse(boardToJson(moved))).toEqual(JSON.parse(JSON.stringify(moved)));
    const empty = emptyBoard();
    expect(JSON.parse(boardToJson(empty))).toEqual(JSON.parse(JSON.stringify(empty)));
  });

  it('stores the board as one string, and reads it back whole', async () => {
    const db = openDb(`orgcanvas-json-${process.pid}-1`);
    const repo = createRepository(db);
    const row = await repo.createBoard(emptyBoard(), 'B', 1);
    await repo.saveBoard(row.id, demoBoard(), 2);
    const stored = await db.boards.get(row.id);
    expect(typeof stored?.boardJson).toBe('string');
    expect(stored).not.toHaveProperty('board');
    expect((await repo.getBoard(row.id))?.board).toEqual(demoBoard());
    await repo.addVersion(row.id, demoBoard(), 'named', 3, 'v');
    const [version] = await repo.listVersions(row.id);
    expect((await repo.getVersion(version!.seq))?.board).toEqual(demoBoard());
  });

  it('upgrades a version 1 library (boards and versions as objects) without losing anything', async () => {
    const name = `orgcanvas-json-${process.pid}-2`;
    const old = new Dexie(name);
    old.version(1).stores({ boards: 'id, updatedAt, trashedAt', versions: '++seq, boardId, [boardId+createdAt]', settings: 'key' });
    const board = demoBoard();
    await old.table('boards').put({ id: 'b1', name: 'Old', createdAt: 1, updatedAt: 2, revision: 7, board, thumbnail: '<svg/>', trashedAt: -1 });
    await old.table('versions').add({ boardId: 'b1', createdAt: 1, reason: 'named', name: 'before', board, bytes: 10 });
    old.close();

    const db = openDb(name);
    const repo = createRepository(db);
    const row = await repo.getBoard('b1');
    expect(row).toMatchObject({ name: 'Old', revision: 7, thumbnail: '<svg/>' });
    expect(row?.board).toEqual(board);
    expect((await repo.listBoards()).map((b) => b.organisation)).toEqual([board.profile.name]);
    const [version] = await repo.listVersions('b1');
    expect(version).toMatchObject({ name: 'before', reason: 'named' });
    expect((await repo.getVersion(version!.seq))?.board).toEqual(board);
    expect(typeof (await db.boards.get('b1'))?.boardJson).toBe('string');
  });
});
