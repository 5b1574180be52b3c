/** A real temp folder and scripted dialogs for the file service tests. */
import { mkdtemp, rm } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DialogPort, FilePorts, FsPort } from '../../../main/files/ports';

export async function tempFolder(prefix = 'orgcanvas-files-'): Promise<{ path: string; dispose: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, dispose: () => rm(path, { recursive: true, force: true }) };
}

/** Dialogs that answer from a queue, the way a user would click; `undefined` is Cancel. */
export function scriptedDialog(): DialogPort & { openAnswers: (string | undefined)[]; saveAnswers: (string | undefined)[]; suggested: string[] } {
  const d = {
    openAnswers: [] as (string | undefined)[],
    saveAnswers: [] as (string | undefined)[],
    suggested: [] as string[],
    async chooseOpenPath() {
      return d.openAnswers.shift();
    },
    async chooseSavePath(name: string) {
      d.suggested.push(name);
      return d.saveAnswers.shift();
    },
  };
  return d;
}

export function ports(userData: string, dialog: DialogPort, fsPort: FsPort = fs, start = 1_700_000_000_000): FilePorts {
  let now = start;
  return { fs: fsPort, dialog, clock: { now: () => (now += 1000) }, userData };
}

/**
 * The real file system with one operation made to fail, as a full disk or a read-only
 * mount would. `when` decides per call (path), so a test can fail only the board's writes.
 */
export function failingFs(errno: string, fail: { write?: (path: string) => boolean; open?: (path: string) => boolean }): FsPort & { armed: boolean } {
  const err = () => Object.assign(new Error(`${errno}: injected`), { code: errno });
  const wrapped = {
    armed: true,
    readFile: fs.readFile,
    rename: fs.rename,
    unlink: fs.unlink,
    stat: fs.stat,
    readdir: fs.readdir,
    mkdir: fs.mkdir,
    realpath: fs.realpath,
    readlink: fs.readlink,
    open: (async (path: string, flags?: string, mode?: number) => {
      if (wrapped.armed && fail.open?.(String(path))) throw err();
      const handle = await fs.open(path, flags, mode);
      if (!(wrapped.armed && fail.write?.(String(path)))) return handle;
      // Write half the bytes for real, then fail: what ENOSPC does midway through a file.
      return new Proxy(handle, {
        get(target, key) {
          if (key === 'writeFile') {
            return async (data: string) => {
              await target.writeFile(data.slice(0, Math.floor(data.length / 2)));
              throw err();
            };
          }
          const value = Reflect.get(target, key, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    }) as FsPort['open'],
  };
  return wrapped as FsPort & { armed: boolean };
}
