/**
 * Start-up recovery against the REAL main-process mirror on a temp folder (the IPC layer
 * replaced by direct calls): what IndexedDB lost or damaged comes back from the mirror.
 */
import * as fs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMirror } from '../../../main/files/mirror';
import type { OrgcanvasApi } from '../../../shared/ipc/api';
import { demoBoard } from '../../../shared/boards/demo';
import { emptyBoard } from '../../../shared/model/board';
import { mirrorRow } from '../../../renderer/storage/mirrorSync';
import { planRecovery, recoverFromMirror } from '../../../renderer/storage/recovery';
import { boardTextOwner } from '../../../renderer/storage/textParts';
import { createRepository } from '../../../renderer/storage/repository';
import { tempFolder } from '../../main/files/helpers';
import { freshDb } from './fakes';

let dir: Awaited<ReturnType<typeof tempFolder>>;
beforeEach(async () => {
  dir = await tempFolder();
});
afterEach(() => dir.dispose());

function bridge(): OrgcanvasApi {
  const mirror = createMirror({ fs, userData: dir.path });
  return {
    mirrorWrite: ({ header, board }: any) => mirror.write(header, board),
    mirrorRead: ({ id }: any) => mirror.read(id),
    mirrorList: () => mirror.list(),
    mirrorRemove: ({ id }: any) => mirror.remove(id),
  } as unknown as OrgcanvasApi;
}

describe('planRecovery', () => {
  it('restores missing, damaged and older boards; reports damaged ones without a mirror', () => {
    const plan = planRecovery(
      [
        { id: 'same', name: '', revision: 3, valid: true },
        { id: 'older', name: '', revision: 2, valid: true },
        { id: 'damaged', name: '', revision: 9, valid: false },
        { id: 'lost', name: '', revision: 1, valid: false },
        { id: 'newer', name: '', revision: 8, valid: true },
      ],
      [
        { ok: true, id: 'same', revision: 3, name: '' },
        { ok: true, id: 'older', revision: 5, name: '' },
        { ok: true, id: 'damaged', revision: 7, name: '' },
        { ok: true, id: 'missing', revision: 1, name: '' },
        { ok: true, id: 'newer', revision: 6, name: '' },
        { ok: false, id: 'lost' },
      ],
    );
    expect(plan).toEqual({ restore: ['damaged', 'missing', 'older'], unrecoverable: ['lost'] });
    // A damaged mirror of a board IndexedDB does not hold at all is reported too.
    expect(planRecovery([], [{ ok: false, id: 'gone' }])).toEqual({ restore: [], unrecoverable: ['gone'] });
  });
});

describe('recoverFromMirror', () => {
  it('brings back a board IndexedDB lost (a wiped profile) and one it holds damaged', async () => {
    const api = bridge();
    const before = createRepository(freshDb());
    const a = await before.createBoard(demoBoard(), 'Client A', 1);
    const b = await before.saveBoard((await before.createBoard(emptyBoard({ name: 'B BV' }), 'Client B', 2)).id, emptyBoard({ name: 'B BV v2' }), 3);
    await mirrorRow(api, a);
    await mirrorRow(api, b);

    // A new, empty IndexedDB (profile wiped), except for a damaged copy of B.
    const db = freshDb();
    const repo = createRepository(db);
    const { board: _board, ...row } = b;
    await db.boards.put({ ...row, organisation: '' });
    await db.texts.put({ owner: boardTextOwner(b.id), part: 0, text: '{"format":"orgcanvas","version":1}' });
    const report = await recoverFromMirror(repo, api, await repo.allRows());
    expect(report.recovered.map((r) => r.name).sort()).toEqual(['Client A', 'Client B']);
    expect(report.unrecoverable).toEqual([]);
    expect((await repo.getBoard(a.id))?.board).toEqual(demoBoard());
    expect((await repo.getBoard(b.id))?.board.profile.name).toBe('B BV v2');
    expect((await repo.listBoards()).map((r) => r.name).sort()).toEqual(['Client A', 'Client B']);
    // A second start finds nothing to do.
    expect(await recoverFromMirror(repo, api, await repo.allRows())).toEqual({ recovered: [], unrecoverable: [] });
  });

  it('keeps a trashed board in the trash when recovering it', async () => {
    const api = bridge();
    const repo = createRepository(freshDb());
    const row = await repo.createBoard(emptyBoard(), 'Old', 1);
    await mirrorRow(api, { ...row, trashedAt: 50 });
    const fresh = createRepository(freshDb());
    await recoverFromMirror(fresh, api, []);
    expect(await fresh.listBoards()).toEqual([]);
    expect((await fresh.listTrash()).map((r) => r.name)).toEqual(['Old']);
  });

  it('reports a board whose only copy is an unreadable mirror (issue 23: an over-large board written by an older version)', async () => {
    const api = bridge();
    await fs.mkdir(`${dir.path}/mirror`, { recursive: true });
    // What an older version wrote for a board past the character limit: a header, then a board text the reader refuses.
    const header = { id: 'big', revision: 4, updatedAt: 10, name: 'Big board' };
    await fs.writeFile(`${dir.path}/mirror/big.mirror`, `${JSON.stringify(header)}\n${' '.repeat(16 * 1024 * 1024)}{}`);
    const repo = createRepository(freshDb());
    const report = await recoverFromMirror(repo, api, []);
    expect(report).toEqual({ recovered: [], unrecoverable: [{ id: 'big', name: 'big' }] });
    // The file is kept, for a person to rescue.
    expect((await fs.stat(`${dir.path}/mirror/big.mirror`)).size).toBeGreaterThan(16 * 1024 * 1024);
  });

  it('does nothing in the browser build (no mirror)', async () => {
    const repo = createRepository(freshDb());
    expect(await recoverFromMirror(repo, undefined, [])).toEqual({ recovered: [], unrecoverable: [] });
  });
});
