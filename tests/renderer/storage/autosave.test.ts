import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import type { Board } from '../../../shared/model/board';
import { startAutosave, type SaveStatus } from '../../../renderer/storage/autosave';
import { StorageError } from '../../../renderer/storage/errors';
import { createRepository } from '../../../renderer/storage/repository';
import { createAppStore } from '../../../renderer/store/store';
import { controllable, freshDb, quotaError, until, wait } from './fakes';

const rename = (name: string) => (board: Board): Board => ({ ...board, profile: { ...board.profile, name } });

async function setup(options: { snapshotEveryMs?: number; now?: () => number; mirror?: () => Promise<void>; saved?: Extract<SaveStatus, { state: "saved" }> } = {}) {
  const base = createRepository(freshDb());
  const { repository, control } = controllable(base);
  const store = createAppStore();
  store.getState().loadBoard(demoBoard());
  const row = await base.createBoard(demoBoard(), 'Board', 1);
  const statuses: SaveStatus[] = [];
  const autosave = startAutosave({
    source: store,
    repository,
    boardId: row.id,
    onStatus: (s) => statuses.push(s),
    debounceMs: 20,
    maxWaitMs: 200,
    retryMs: 40,
    ...options,
  });
  const stored = async () => (await base.getBoard(row.id))!;
  const last = () => statuses[statuses.length - 1];
  return { base, store, control, autosave, stored, statuses, last, boardId: row.id };
}

/** An edit whose save is held at the repository until `release()`: autosave is then "saving". */
async function savingHeld(store: Awaited<ReturnType<typeof setup>>['store'], control: Awaited<ReturnType<typeof setup>>['control'], last: () => SaveStatus) {
  let open!: () => void;
  control.gate = new Promise((resolve) => (open = resolve));
  store.getState().changeBoard(rename('slow'));
  await until(() => last().state === 'saving');
  return () => {
    control.gate = undefined;
    open();
  };
}

describe('autosave', () => {
  it('a board kept on screen while it was stored: an edit made meanwhile is saved at once, none means no write', async () => {
    const base = createRepository(freshDb());
    const { repository, control } = controllable(base);
    const store = createAppStore();
    const shown = demoBoard();
    store.getState().loadBoard(shown);
    const row = await base.createBoard(shown, 'Board', 1);
    const quiet = startAutosave({ source: store, repository, boardId: row.id, onStatus: () => undefined, debounceMs: 20, stored: shown });
    expect(quiet.dirty()).toBe(false);
    await wait(60);
    expect(control.saves).toBe(0);
    quiet.stop();

    store.getState().changeBoard(rename('Typed while storing'));
    const statuses: SaveStatus[] = [];
    const autosave = startAutosave({ source: store, repository, boardId: row.id, onStatus: (s) => statuses.push(s), debounceMs: 20, stored: shown });
    expect(autosave.dirty()).toBe(true);
    expect(statuses).toEqual([{ state: 'pending' }]);
    await until(() => statuses[statuses.length - 1].state === 'saved');
    expect((await base.getBoard(row.id))!.board.profile.name).toBe('Typed while storing');
    autosave.stop();
  });

  it('saves a change after the debounce, as one new revision, and only then says saved', async () => {
    const { store, stored, last, statuses, autosave } = await setup();
    store.getState().changeBoard(rename('Edited'));
    expect(last()).toEqual({ state: 'pending' });
    await until(() => last().state === 'saved');
    expect((await stored()).board.profile.name).toBe('Edited');
    expect((await stored()).revision).toBe(2);
    expect(statuses.map((s) => s.state)).toEqual(['pending', 'saving', 'saved']);
    autosave.stop();
  });

  it('many quick changes make few writes, and the last one wins', async () => {
    const { store, stored, last, control, autosave } = await setup();
    for (let i = 0; i < 10; i++) store.getState().changeBoard(rename(`v${i}`));
    await until(() => last().state === 'saved');
    expect(control.saves).toBe(1);
    expect((await stored()).board.profile.name).toBe('v9');
    autosave.stop();
  });

  it('never saves during a drag, and saves the drop', async () => {
    const { store, stored, last, control, autosave } = await setup();
    const id = demoBoard().nodes[0].id;
    store.getState().beginDrag();
    for (let x = 0; x < 5; x++) {
      store.getState().moveNodes(new Map([[id, { x: 1000 + x, y: 5 }]]));
      await wait(30);
    }
    expect(control.saves).toBe(0);
    store.getState().endDrag();
    await until(() => last().state === 'saved');
    expect(control.saves).toBe(1);
    expect((await stored()).board.nodes[0].position).toEqual({ x: 1004, y: 5 });
    autosave.stop();
  });

  it('a drag shown before the board changes is unsaved; a drop where it began is saved as before, with no write', async () => {
    const saved = { state: 'saved', at: 5, revision: 1 } as const;
    const { store, last, statuses, control, autosave } = await setup({ saved });
    store.getState().beginDrag();
    expect(last()).toEqual({ state: 'pending' });
    expect(autosave.dirty()).toBe(false);
    store.getState().endDrag();
    expect(last()).toEqual(saved);
    await wait(60);
    expect(control.saves).toBe(0);
    expect(statuses.map((s) => s.state)).toEqual(['pending', 'saved']);

    // A drag that does move something: unsaved from its start, saved after the drop.
    const id = demoBoard().nodes[0].id;
    store.getState().beginDrag();
    store.getState().moveNodes(new Map([[id, { x: 1200, y: 5 }]]));
    store.getState().endDrag();
    await until(() => last().state === 'saved');
    expect(control.saves).toBe(1);
    expect(last()).not.toEqual(saved);
    autosave.stop();
  });

  it('a drag that begins while a save is stored is still unsaved when the save commits', async () => {
    const { store, control, last, autosave } = await setup();
    const release = await savingHeld(store, control, last);
    store.getState().beginDrag();
    release();
    await wait(50);
    expect(last()).toEqual({ state: 'pending' });
    // Dropped where it began: the save that committed meanwhile is what the indicator says.
    store.getState().endDrag();
    expect(last()).toMatchObject({ state: 'saved', revision: 2 });
    expect(control.saves).toBe(1);
    autosave.stop();
  });

  it('shows "saving", not "saved", while the transaction has not committed', async () => {
    const { store, control, last, autosave } = await setup();
    const release = await savingHeld(store, control, last);
    await wait(50);
    expect(last().state).toBe('saving');
    release();
    await until(() => last().state === 'saved');
    autosave.stop();
  });

  it('a quota error is shown and stays; the board in memory is intact; saving resumes when space is back', async () => {
    const { store, control, last, stored, statuses, autosave } = await setup();
    control.failing = quotaError;
    store.getState().changeBoard(rename('while full'));
    const inMemory = store.getState().board;
    await until(() => last().state === 'error');
    expect(last()).toMatchObject({ state: 'error', code: 'quota' });
    // Retries keep failing, and the error stays on screen; editing goes on meanwhile.
    await wait(120);
    store.getState().changeBoard(rename('still full'));
    await wait(60);
    expect(statuses.filter((s) => s.state === 'saved')).toEqual([]);
    expect(last().state).not.toBe('saved');
    expect(store.getState().board).not.toBe(inMemory);
    expect(store.getState().board.profile.name).toBe('still full');
    expect((await stored()).board.profile.name).toBe(demoBoard().profile.name);
    control.failing = false;
    await until(() => last().state === 'saved', 2000);
    expect((await stored()).board.profile.name).toBe('still full');
    autosave.stop();
  });

  it('takes an automatic snapshot after ten minutes of editing', async () => {
    let clock = 1_000_000;
    const { store, base, boardId, last, autosave } = await setup({ now: () => clock });
    store.getState().changeBoard(rename('a'));
    await until(() => last().state === 'saved');
    expect(await base.listVersions(boardId)).toEqual([]);
    clock += 10 * 60_000;
    store.getState().changeBoard(rename('b'));
    await until(async () => (await base.listVersions(boardId)).length === 1);
    const [version] = await base.listVersions(boardId);
    expect(version.reason).toBe('auto');
    expect((await base.getVersion(version.seq))?.board.profile.name).toBe('b');
    autosave.stop();
  });

  it('a failed mirror write is an error the user sees, retried until it works', async () => {
    let mirrorFails = true;
    let mirrored = 0;
    const { store, last, autosave } = await setup({
      mirror: async () => {
        if (mirrorFails) throw new StorageError('mirror', 'noSpace');
        mirrored++;
      },
    });
    store.getState().changeBoard(rename('x'));
    await until(() => last().state === 'error');
    expect(last()).toMatchObject({ code: 'mirror' });
    mirrorFails = false;
    await until(() => last().state === 'saved');
    expect(mirrored).toBe(1);
    autosave.stop();
  });

  it('flush saves at once (before closing or switching boards)', async () => {
    const { store, stored, autosave } = await setup();
    store.getState().changeBoard(rename('now'));
    expect(autosave.dirty()).toBe(true);
    await autosave.flush();
    expect(autosave.dirty()).toBe(false);
    expect((await stored()).board.profile.name).toBe('now');
    autosave.stop();
  });
});
