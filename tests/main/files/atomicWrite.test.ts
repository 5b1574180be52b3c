import { readdir, readFile, writeFile } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite, sweepTemps, tempPathFor } from '../../../main/files/atomicWrite';
import { FileError } from '../../../main/files/errors';
import type { FsPort } from '../../../main/files/ports';
import { failingFs, tempFolder } from './helpers';

let dir: Awaited<ReturnType<typeof tempFolder>>;
beforeEach(async () => {
  dir = await tempFolder();
});
afterEach(() => dir.dispose());

describe('atomicWrite', () => {
  it('replaces the file and leaves nothing else in the folder', async () => {
    const target = join(dir.path, 'board.orgcanvas');
    await writeFile(target, 'old');
    await atomicWrite(fs, target, 'new ✓');
    expect(await readFile(target, 'utf8')).toBe('new ✓');
    expect(await readdir(dir.path)).toEqual(['board.orgcanvas']);
  });

  it('syncs the temp file before the rename and the folder after it', async () => {
    const target = join(dir.path, 'b.orgcanvas');
    const log: string[] = [];
    const spy: FsPort = {
      ...fs,
      open: (async (path: string, flags?: string, mode?: number) => {
        const handle = await fs.open(path, flags, mode);
        const name = path === dir.path ? 'folder' : 'temp';
        return new Proxy(handle, {
          get(t, key) {
            if (key === 'sync') return async () => (log.push(`sync ${name}`), t.sync());
            const v = Reflect.get(t, key, t);
            return typeof v === 'function' ? v.bind(t) : v;
          },
        });
      }) as FsPort['open'],
      rename: async (a, b) => (log.push('rename'), fs.rename(a, b)),
      readFile: (async (p: string, o: BufferEncoding) => (log.push('read back'), fs.readFile(p, o))) as FsPort['readFile'],
    };
    await atomicWrite(spy, target, 'x');
    expect(log).toEqual(['sync temp', 'rename', 'sync folder', 'read back']);
  });

  it('refuses a save whose read-back differs, as from a lying disk', async () => {
    const target = join(dir.path, 'b.orgcanvas');
    const lying: FsPort = { ...fs, readFile: (async () => 'something else') as unknown as FsPort['readFile'] };
    await expect(atomicWrite(lying, target, 'text')).rejects.toMatchObject({ code: 'readBackMismatch' });
  });

  it('on ENOSPC midway keeps the original byte-identical and removes its temp file', async () => {
    const target = join(dir.path, 'b.orgcanvas');
    const original = Buffer.from('{"original":true}\n');
    await writeFile(target, original);
    const full = failingFs('ENOSPC', { write: (p) => p.endsWith('-tmp') });
    const error = await atomicWrite(full, target, 'x'.repeat(10_000)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileError);
    expect((error as FileError).code).toBe('noSpace');
    expect((await readFile(target)).equals(original)).toBe(true);
    expect(await readdir(dir.path)).toEqual(['b.orgcanvas']);
    full.armed = false;
    await atomicWrite(full, target, 'after space is back');
    expect(await readFile(target, 'utf8')).toBe('after space is back');
  });

  it('sweeps temp files a killed save left, but not fresh ones', async () => {
    const target = join(dir.path, 'b.orgcanvas');
    await writeFile(target, 'keep');
    const stale = tempPathFor(target);
    await writeFile(stale, 'half');
    await writeFile(join(dir.path, 'unrelated.tmp'), 'not ours');
    expect(await sweepTemps(fs, target, Date.now(), 60_000)).toBe(0);
    expect(await sweepTemps(fs, target, Date.now() + 120_000, 60_000)).toBe(1);
    expect((await readdir(dir.path)).sort()).toEqual(['b.orgcanvas', 'unrelated.tmp']);
  });
});
