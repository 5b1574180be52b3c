import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { emptyBoard } from '../../../shared/model/board';
import { boardJsonParts, boardJsonPartsInSlices, prepareBoardJson } from '../../../renderer/storage/boardJson';
import { openDb } from '../../../renderer/storage/db';
import { createRepository } from '../../../renderer/storage/repository';
import { boardTextOwner, PART_CHARS } from '../../../renderer/storage/textParts';
import type { Board } from '../../../shared/model/board';

describe('board JSON text for storage', () => {
  const asText = (board: Board, maxChars = PART_CHARS) => boardJsonParts(board, maxChars).join('');

  it('parses to the same board as JSON.stringify, before and after an edit', async () => {
    const board = demoBoard();
    await prepareBoardJson(board);
    expect(JSON.parse(asText(board))).toEqual(JSON.parse(JSON.stringify(board)));
    const moved = { ...board, nodes: board.nodes.map((n, i) => (i === 0 ? { ...n, position: { x: 1, y: 2 } } : n)) };
    expect(JSON.parse(asText(moved))).toEqual(JSON.parse(JSON.stringify(moved)));
    const empty = emptyBoard();
    expect(JSON.parse(asText(empty))).toEqual(JSON.parse(JSON.stringify(empty)));
    expect(boardJsonParts(empty, Infinity)).toHaveLength(1);
  });

  it('cuts the text into parts no longer than asked, whatever the lengths of the pieces', () => {
    const label = fc.string({ unit: 'grapheme', maxLength: 120 });
    fc.assert(
      fc.property(fc.array(label, { maxLength: 12 }), fc.array(label, { maxLength: 12 }), fc.integer({ min: 1, max: 90 }), (labels, notes, maxChars) => {
        const board: Board = {
          ...emptyBoard({ name: 'Org' }),
          nodes: labels.map((text, i) => ({ id: `t${i}`, kind: 'task' as const, label: text, position: { x: i, y: 0 }, data: { taskType: 'webcare' as const } })),
          edges: notes.map((text, i) => ({ id: `e${i}`, kind: 'reports' as const, source: `t${i}`, target: 't0', label: text })),
        };
        const parts = boardJsonParts(board, maxChars);
        expect(parts.every((part) => part.length <= maxChars)).toBe(true);
        expect(parts.slice(0, -1).every((part) => part.length > 0)).toBe(true);
        expect(JSON.parse(parts.join(''))).toEqual(JSON.parse(JSON.stringify(board)));
      }),
    );
  });

  it('makes the same parts in slices as at once, however often the slices end', async () => {
    const board = boardOfSize(3 * PART_CHARS);
    let clock = 0;
    const everyLook = () => (clock += 5); // each look at the clock finds the slice over
    const sliced = await boardJsonPartsInSlices(board, PART_CHARS, everyLook);
    expect(clock).toBeGreaterThan(5 * 20);
    expect(sliced).toEqual(boardJsonParts(board, PART_CHARS));
    expect(sliced.length).toBeGreaterThanOrEqual(4);
  });

  it('stores the board as text in parts beside a row that holds no board, and reads it back whole', async () => {
    const db = openDb(`orgcanvas-json-${process.pid}-1`);
    const repo = createRepository(db);
    const row = await repo.createBoard(emptyBoard(), 'B', 1);
    const big = boardOfSize(3 * PART_CHARS);
    await repo.saveBoard(row.id, big, 2);
    const stored = await db.boards.get(row.id);
    expect(stored).not.toHaveProperty('board');
    expect(stored).toMatchObject({ name: 'B', revision: 2, organisation: big.profile.name });
    const parts = await db.texts.where('[owner+part]').between([boardTextOwner(row.id), 0], [boardTextOwner(row.id), Infinity]).toArray();
    expect(parts.length).toBeGreaterThanOrEqual(4);
    expect(parts.every((p) => p.text!.length <= PART_CHARS)).toBe(true);
    expect((await repo.getBoard(row.id))?.board).toEqual(big);

    // A smaller board leaves no parts of the bigger one behind.
    await repo.saveBoard(row.id, demoBoard(), 3);
    expect(await db.texts.where('[owner+part]').between([boardTextOwner(row.id), 0], [boardTextOwner(row.id), Infinity]).count()).toBe(1);
    expect((await repo.getBoard(row.id))?.board).toEqual(demoBoard());

    await repo.addVersion(row.id, big, 'named', 4, 'v');
    const [version] = await repo.listVersions(row.id);
    expect(version).not.toHaveProperty('board');
    expect((await repo.getVersion(version!.seq))?.board).toEqual(big);
  });

  it('removes the text of boards and versions it removes', async () => {
    const db = openDb(`orgcanvas-json-${process.pid}-3`);
    const repo = createRepository(db);
    const kept = await repo.createBoard(demoBoard(), 'Kept', 1);
    const gone = await repo.createBoard(boardOfSize(2 * PART_CHARS), 'Gone', 1);
    await repo.addVersion(gone.id, demoBoard(), 'named', 2, 'v');
    await repo.trashBoard(gone.id, 3);
    expect(await repo.emptyTrash()).toEqual([gone.id]);
    expect(new Set((await db.texts.toArray()).map((t) => t.owner))).toEqual(new Set([boardTextOwner(kept.id)]));
  });

  it('upgrades a version 1 library (boards and versions as objects) without losing anything', async () => {
    const name = `orgcanvas-json-${process.pid}-2`;
    const old = new Dexie(name);
    old.version(1).stores({ boards: 'id, updatedAt, trashedAt', versions: '++seq, boardId, [boardId+createdAt]', settings: 'key' });
    const board = demoBoard();
    await old.table('boards').put({ id: 'b1', name: 'Old', createdAt: 1, updatedAt: 2, revision: 7, board, thumbnail: '<svg/>', trashedAt: -1 });
    await old.table('versions').add({ boardId: 'b1', createdAt: 1, reason: 'named', name: 'before', board, bytes: 10 });
    old.close();
    await expectUpgraded(name, board);
  });

  it('upgrades a version 2 library (each board one JSON string in its row) without losing anything', async () => {
    const name = `orgcanvas-json-${process.pid}-4`;
    const old = new Dexie(name);
    old.version(2).stores({ boards: 'id, updatedAt, trashedAt', versions: '++seq, boardId, [boardId+createdAt]', settings: 'key' });
    const board = boardOfSize(2 * PART_CHARS);
    const json = JSON.stringify(board);
    await old.table('boards').put({ id: 'b1', name: 'Old', createdAt: 1, updatedAt: 2, revision: 7, boardJson: json, organisation: board.profile.name, thumbnail: '<svg/>', trashedAt: -1 });
    await old.table('versions').add({ boardId: 'b1', createdAt: 1, reason: 'named', name: 'before', boardJson: json, bytes: json.length });
    old.close();
    await expectUpgraded(name, board);
  });
});

/** A valid board whose JSON text is at least `chars` long (many tasks with long titles). */
function boardOfSize(chars: number): Board {
  const board = emptyBoard({ name: 'Groot BV' });
  const nodes = [];
  for (let i = 0; JSON.stringify(nodes).length < chars; i++) {
    nodes.push({ id: `t${i}`, kind: 'task' as const, label: `Taak ${i}: reageren op vragen en klachten via sociale media, ook ’s avonds`, position: { x: i * 10, y: 0 }, data: { taskType: 'webcare' as const } });
  }
  return { ...board, nodes };
}

async function expectUpgraded(name: string, board: Board) {
  const db = openDb(name);
  const repo = createRepository(db);
  const row = await repo.getBoard('b1');
  expect(row).toMatchObject({ name: 'Old', revision: 7, thumbnail: '<svg/>' });
  expect(row?.board).toEqual(board);
  expect((await repo.listBoards()).map((b) => b.organisation)).toEqual([board.profile.name]);
  const [version] = await repo.listVersions('b1');
  expect(version).toMatchObject({ name: 'before', reason: 'named' });
  expect((await repo.getVersion(version!.seq))?.board).toEqual(board);
  expect(await db.boards.get('b1')).not.toHaveProperty('boardJson');
  expect(await db.boards.get('b1')).not.toHaveProperty('board');
  db.close();
}
