import { readdir, readFile, writeFile } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { emptyBoard } from '../../../shared/model/board';
import { parseBoard } from '../../../shared/model/parse';
import { createMirror } from '../../../main/files/mirror';
import { failingFs, tempFolder } from './helpers';

let dir: Awaited<ReturnType<typeof tempFolder>>;
beforeEach(async () => {
  dir = await tempFolder();
});
afterEach(() => dir.dispose());

const header = (id: string, revision: number, extra: object = {}) => ({ id, revision, updatedAt: 1000 + revision, name: `Board ${id}`, ...extra });

describe('board mirror', () => {
  it('writes each board under user data and reads it back whole', async () => {
    const mirror = createMirror({ fs, userData: dir.path });
    expect(await mirror.write(header('b1', 3), demoBoard())).toEqual({ ok: true, written: true });
    const read = await mirror.read('b1');
    expect(read).toMatchObject({ ok: true, header: header('b1', 3) });
    expect(read.ok && read.board).toEqual(demoBoard());
    // The board part is a plain .orgcanvas, rescuable by hand.
    const text = await readFile(join(dir.path, 'mirror', 'b1.mirror'), 'utf8');
    expect(parseBoard(text.slice(text.indexOf('\n') + 1)).ok).toBe(true);
  });

  it('lists boards with revisions, reporting damaged mirrors instead of failing, and sweeps temp files', async () => {
    const mirror = createMirror({ fs, userData: dir.path });
    await mirror.write(header('good', 2, { trashedAt: 5 }), emptyBoard());
    await writeFile(join(dir.path, 'mirror', 'torn.mirror'), '{"id":"torn","revision":1,"updatedAt":1,"name":"x"}\n{"format":"orgc');
    await writeFile(join(dir.path, 'mirror', '.good.mirror.abc.orgcanvas-tmp'), 'half');
    const list = await mirror.list();
    expect(list).toContainEqual({ ok: true, ...header('good', 2, { trashedAt: 5 }) });
    expect(list).toContainEqual({ ok: false, id: 'torn', code: 'invalidBoard' });
    expect(await readdir(join(dir.path, 'mirror'))).not.toContain('.good.mirror.abc.orgcanvas-tmp');
  });

  it('never goes back to an older revision within a run', async () => {
    const mirror = createMirror({ fs, userData: dir.path });
    await mirror.write(header('b', 5), emptyBoard({ name: 'five' }));
    expect(await mirror.write(header('b', 4), emptyBoard({ name: 'four' }))).toEqual({ ok: true, written: false });
    const read = await mirror.read('b');
    expect(read.ok && read.board.profile.name).toBe('five');
  });

  it('refuses ids that could escape the folder', async () => {
    const mirror = createMirror({ fs, userData: dir.path });
    for (const id of ['../x', 'a/b', '', '..', 'a'.repeat(81)]) {
      expect(await mirror.write(header(id, 1), emptyBoard())).toMatchObject({ ok: false, code: 'invalidBoard' });
      expect(await mirror.read(id)).toMatchObject({ ok: false });
    }
    expect(await readdir(dir.path)).toEqual([]);
  });

  it('removes a board for good (trash emptied)', async () => {
    const mirror = createMirror({ fs, userData: dir.path });
    await mirror.write(header('b', 1), emptyBoard());
    expect(await mirror.remove('b')).toEqual({ ok: true });
    expect(await mirror.list()).toEqual([]);
    expect(await mirror.remove('b')).toEqual({ ok: true });
  });

  it('on ENOSPC reports noSpace and keeps the previous mirror readable', async () => {
    const full = failingFs('ENOSPC', { write: (p) => p.endsWith('-tmp') });
    full.armed = false;
    const mirror = createMirror({ fs: full, userData: dir.path });
    await mirror.write(header('b', 1), emptyBoard({ name: 'one' }));
    full.armed = true;
    expect(await mirror.write(header('b', 2), demoBoard())).toMatchObject({ ok: false, code: 'noSpace' });
    const read = await mirror.read('b');
    expect(read.ok && read.board.profile.name).toBe('one');
    expect(await readdir(join(dir.path, 'mirror'))).toEqual(['b.mirror']);
  });
});
