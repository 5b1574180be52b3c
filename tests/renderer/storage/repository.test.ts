import { IDBDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { emptyBoard } from '../../../shared/model/board';
import { addScenario, FIRST_SCENARIO_ID, switchScenario } from '../../../shared/model/scenarios';
import { createRepository, VERSION_LIMITS } from '../../../renderer/storage/repository';
import { freshDb } from './fakes';

afterEach(() => vi.restoreAllMocks());

function setup() {
  const db = freshDb();
  return { db, repo: createRepository(db) };
}

describe('board repository', () => {
  it('creates, lists newest first with name, organisation, last change and thumbnail', async () => {
    const { repo } = setup();
    await repo.createBoard(emptyBoard({ name: 'Acme BV' }), 'Kick-off', 1000);
    await repo.createBoard(demoBoard(), 'Demo', 2000);
    const list = await repo.listBoards();
    expect(list.map((b) => [b.name, b.organisation, b.updatedAt])).toEqual([
      ['Demo', demoBoard().profile.name, 2000],
      ['Kick-off', 'Acme BV', 1000],
    ]);
    expect(list[0].thumbnail).toMatch(/^<svg[^>]*>.*<path/);
    expect(list[0]).not.toHaveProperty('board');
  });

  it('stores each revision whole, counting revisions, in strict-durability transactions', async () => {
    const { repo } = setup();
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const row = await repo.createBoard(emptyBoard(), 'B', 1);
    const next = await repo.saveBoard(row.id, demoBoard(), 2);
    expect(next.revision).toBe(2);
    expect((await repo.getBoard(row.id))?.board).toEqual(demoBoard());
    const writes = spy.mock.calls.filter((c) => c[1] === 'readwrite');
    expect(writes.length).toBeGreaterThan(0);
    for (const call of writes) expect(call[2]).toMatchObject({ durability: 'strict' });
  });

  it('searches by board name and organisation, all words, any case', async () => {
    const { repo } = setup();
    await repo.createBoard(emptyBoard({ name: 'Gemeente Utrecht' }), 'Workshop ronde 2', 1);
    await repo.createBoard(emptyBoard({ name: 'Acme BV' }), 'Kick-off', 2);
    expect((await repo.searchBoards('utrecht')).map((b) => b.name)).toEqual(['Workshop ronde 2']);
    expect((await repo.searchBoards('RONDE workshop')).map((b) => b.name)).toEqual(['Workshop ronde 2']);
    expect((await repo.searchBoards('kick acme')).map((b) => b.name)).toEqual(['Kick-off']);
    expect(await repo.searchBoards('nothing like it')).toEqual([]);
  });

  it('renames and duplicates; a duplicate is independent', async () => {
    const { repo } = setup();
    const row = await repo.createBoard(demoBoard(), 'Original', 1);
    await repo.renameBoard(row.id, 'Renamed', 2);
    const copy = await repo.duplicateBoard(row.id, 'Copy', 3);
    expect(copy.id).not.toBe(row.id);
    await repo.saveBoard(copy.id, emptyBoard(), 4);
    expect((await repo.getBoard(row.id))?.board).toEqual(demoBoard());
    expect((await repo.listBoards()).map((b) => b.name).sort()).toEqual(['Copy', 'Renamed']);
  });

  it('trash: delete hides a board, restore brings it back, empty removes it and its versions', async () => {
    const { repo } = setup();
    const keep = await repo.createBoard(emptyBoard(), 'Keep', 1);
    const gone = await repo.createBoard(emptyBoard(), 'Gone', 2);
    await repo.addVersion(gone.id, emptyBoard(), 'named', 3, 'round 1');
    await repo.trashBoard(keep.id, 10);
    await repo.trashBoard(gone.id, 11);
    expect(await repo.listBoards()).toEqual([]);
    expect((await repo.listTrash()).map((b) => b.name)).toEqual(['Gone', 'Keep']);
    await repo.restoreBoard(keep.id);
    expect((await repo.listBoards()).map((b) => b.name)).toEqual(['Keep']);
    expect(await repo.emptyTrash()).toEqual([gone.id]);
    expect(await repo.listTrash()).toEqual([]);
    expect(await repo.getBoard(gone.id)).toBeUndefined();
    expect(await repo.listVersions(gone.id)).toEqual([]);
    expect(await repo.getBoard(keep.id)).toBeDefined();
  });

  it('keeps versions bounded: oldest automatic ones go, named ones stay', async () => {
    const { repo } = setup();
    const row = await repo.createBoard(emptyBoard(), 'B', 0);
    await repo.addVersion(row.id, emptyBoard({ name: 'named' }), 'named', 1, 'before the workshop');
    for (let i = 0; i < VERSION_LIMITS.automatic + 5; i++) await repo.addVersion(row.id, emptyBoard({ name: `auto ${i}` }), 'auto', 10 + i);
    const versions = await repo.listVersions(row.id);
    expect(versions.filter((v) => v.reason === 'auto')).toHaveLength(VERSION_LIMITS.automatic);
    expect(versions.find((v) => v.reason === 'named')?.name).toBe('before the workshop');
    // Newest first, and the five oldest automatic ones were the ones dropped.
    expect(versions[0].createdAt).toBe(10 + VERSION_LIMITS.automatic + 4);
    expect(Math.min(...versions.filter((v) => v.reason === 'auto').map((v) => v.createdAt))).toBe(15);
    const full = await repo.getVersion(versions[0].seq);
    expect(full?.board.profile.name).toBe(`auto ${VERSION_LIMITS.automatic + 4}`);
  });

  it('carries scenarios whole: the saved board, a version, the trash and a duplicate keep every one (issue 24)', async () => {
    const { repo } = setup();
    const withPlan = addScenario(demoBoard('en'), 'scenario-2', 'To-be');
    const toBe = { ...withPlan, nodes: withPlan.nodes.filter((n) => n.kind !== 'note') };
    const row = await repo.createBoard(toBe, 'Plan', 1);
    await repo.addVersion(row.id, toBe, 'named', 2, 'before');
    await repo.trashBoard(row.id, 3);
    await repo.restoreBoard(row.id);
    const copy = await repo.duplicateBoard(row.id, 'Copy', 4);
    for (const board of [(await repo.getBoard(row.id))!.board, (await repo.getVersion((await repo.listVersions(row.id))[0]!.seq))!.board, (await repo.getBoard(copy.id))!.board]) {
      expect(board).toEqual(toBe);
      expect(switchScenario(board, FIRST_SCENARIO_ID).nodes).toEqual(demoBoard('en').nodes);
    }
  });

  it('reports a missing board as notFound', async () => {
    const { repo } = setup();
    await expect(repo.saveBoard('b-nope', emptyBoard(), 1)).rejects.toMatchObject({ code: 'notFound' });
    await expect(repo.renameBoard('b-nope', 'x', 1)).rejects.toMatchObject({ code: 'notFound' });
  });
});
