/**
 * Paths that are not board files, and races with other writers, on the real file system:
 * a FIFO named like a board, a device, a folder, a file that grows past the limit while
 * read, and someone writing the file while a save is under way (issue 23).
 */
import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileService } from '../../../main/files/fileService';
import { fileHandlers } from '../../../main/files/handlers';
import { createMirror } from '../../../main/files/mirror';
import type { FsPort } from '../../../main/files/ports';
import { readRegularFile } from '../../../main/files/readRegularFile';
import { fileChannels } from '../../../shared/ipc/fileChannels';
import { emptyBoard } from '../../../shared/model/board';
import { LIMITS } from '../../../shared/model/limits';
import { serializeBoard } from '../../../shared/model/serialize';
import { ports, scriptedDialog, tempFolder } from './helpers';

const posix = process.platform !== 'win32';
let dir: Awaited<ReturnType<typeof tempFolder>>;
const fifos: string[] = [];
beforeEach(async () => {
  dir = await tempFolder();
});
afterEach(async () => {
  // If a read did block on a FIFO (the bug), open and close its writing end: the reader
  // then sees the end of the file and the worker is not held forever.
  for (const fifo of fifos.splice(0)) {
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // ENXIO: nobody is reading it, which is what should be.
    }
  }
  await dir.dispose();
});

function mkfifo(name: string): string {
  const path = join(dir.path, name);
  execFileSync('mkfifo', [path]);
  fifos.push(path);
  return path;
}

/** The promise, or 'hung' if it does not settle within `ms`. */
function within<T>(promise: Promise<T>, ms = 2000): Promise<T | 'hung'> {
  return Promise.race([promise, new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), ms))]);
}

function service() {
  const dialog = scriptedDialog();
  return { dialog, files: createFileService(ports(join(dir.path, 'user-data'), dialog)) };
}

describe.skipIf(!posix)('opening what is not a regular file', () => {
  it('a FIFO named x.orgcanvas is refused at once as notAFile, not waited on', async () => {
    const { dialog, files } = service();
    dialog.openAnswers.push(mkfifo('x.orgcanvas'));
    const result = await within(files.open());
    expect(result).toMatchObject({ ok: false, code: 'notAFile', file: 'x.orgcanvas', detail: 'fifo' });
  });

  it('/dev/urandom and /dev/zero are refused at once, without reading them', async () => {
    const { files } = service();
    for (const device of ['/dev/urandom', '/dev/zero']) {
      const started = performance.now();
      expect(await within(files.openPath(device))).toMatchObject({ ok: false, code: 'notAFile', detail: 'device' });
      expect(performance.now() - started).toBeLessThan(500);
    }
  });

  it('a link named like a board that points at a device, and a folder, are refused too', async () => {
    const { files } = service();
    await fs.symlink('/dev/zero', join(dir.path, 'zero.orgcanvas'));
    expect(await within(files.openPath(join(dir.path, 'zero.orgcanvas')))).toMatchObject({ ok: false, code: 'notAFile' });
    await mkdir(join(dir.path, 'folder.orgcanvas'));
    expect(await files.openPath(join(dir.path, 'folder.orgcanvas'))).toMatchObject({ ok: false, code: 'notAFile', detail: 'folder' });
  });

  it('Save As onto a FIFO is refused without hanging, and the FIFO stays a FIFO', async () => {
    const { dialog, files } = service();
    const fifo = mkfifo('pipe.orgcanvas');
    dialog.saveAnswers.push(fifo);
    expect(await within(files.saveAs(emptyBoard()))).toMatchObject({ ok: false, code: 'notAFile' });
    expect((await fs.lstat(fifo)).isFIFO()).toBe(true);
  });

  it('a mirror file replaced by a FIFO is listed as damaged, not waited on', async () => {
    const mirror = createMirror({ fs, userData: dir.path });
    await mkdir(join(dir.path, 'mirror'));
    execFileSync('mkfifo', [join(dir.path, 'mirror', 'b1.mirror')]);
    fifos.push(join(dir.path, 'mirror', 'b1.mirror'));
    expect(await within(mirror.list())).toEqual([{ ok: false, id: 'b1', code: 'notAFile' }]);
  });
});

describe('reading with a byte limit', () => {
  it('stops one byte past the limit even when the size said less (a file growing as we read)', async () => {
    const path = join(dir.path, 'growing.orgcanvas');
    await writeFile(path, 'x'.repeat(5000));
    // A size that lies, as a file still being written would: stat says 10 bytes.
    const lying: FsPort = {
      ...fs,
      open: (async (p: string, flags?: number) => {
        const handle = await fs.open(p, flags);
        const stat = handle.stat.bind(handle);
        return Object.assign(handle, { stat: async () => Object.assign(await stat(), { size: 10 }) });
      }) as unknown as FsPort['open'],
    };
    await expect(readRegularFile(lying, path, 1000)).rejects.toMatchObject({ code: 'invalidBoard', problems: [{ code: 'fileTooLarge', params: { size: 1001 } }] });
    expect(await readRegularFile(fs, path, 5000)).toHaveLength(5000);
  });
});

describe('someone else writing the file during a save', () => {
  /** The real fs, with `theirs` written to `target` when the save's temp file is synced. */
  function colleagueWritesDuringSave(target: string, theirs: string): FsPort & { armed: boolean } {
    const wrapped = {
      ...fs,
      armed: false,
      open: (async (path: string, flags?: string | number, mode?: number) => {
        const handle = await fs.open(path, flags, mode);
        const isBoardTemp = String(path).endsWith('-tmp') && String(path).includes('board.orgcanvas.') && !String(path).includes('.bak.');
        if (!wrapped.armed || !isBoardTemp) return handle;
        const sync = handle.sync.bind(handle);
        return Object.assign(handle, {
          sync: async () => {
            wrapped.armed = false;
            await writeFile(target, theirs);
            return sync();
          },
        });
      }) as FsPort['open'],
    };
    return wrapped;
  }

  async function setup() {
    const path = join(dir.path, 'board.orgcanvas');
    const mine = serializeBoard(emptyBoard({ name: 'as opened' }));
    await writeFile(path, mine);
    const theirs = serializeBoard(emptyBoard({ name: 'a colleague, mid-save' }));
    const racing = colleagueWritesDuringSave(path, theirs);
    const dialog = scriptedDialog();
    const files = createFileService(ports(join(dir.path, 'user-data'), dialog, racing));
    dialog.openAnswers.push(path);
    const opened = await files.open();
    if (!opened.ok) throw new Error('open failed');
    racing.armed = true;
    return { path, mine, theirs, files, handle: opened.handle, racing };
  }

  it('refuses the save (changedOnDisk) and keeps their edit, when the change came after the check', async () => {
    const { path, theirs, files, handle, racing } = await setup();
    expect(await files.save(handle, emptyBoard({ name: 'my edit' }))).toMatchObject({ ok: false, code: 'changedOnDisk' });
    expect(racing.armed).toBe(false); // the colleague did write, in the window
    expect(await readFile(path, 'utf8')).toBe(theirs);
    expect((await readdir(dir.path)).filter((n) => n.endsWith('-tmp'))).toEqual([]);
  });

  it('with overwrite confirmed, the .bak holds what was really replaced (their edit), not the older version', async () => {
    const { path, theirs, files, handle } = await setup();
    expect(await files.save(handle, emptyBoard({ name: 'my edit' }), { overwrite: true })).toMatchObject({ ok: true });
    expect(JSON.parse(await readFile(path, 'utf8')).profile.name).toBe('my edit');
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(theirs);
  });
});

describe('what the mirror and the IPC answers carry', () => {
  it('mirrorWrite refuses a board whose text would be over the limit, and writes nothing', async () => {
    const mirror = createMirror({ fs, userData: dir.path });
    const board = emptyBoard({ name: 'big' });
    // Within every per-field limit, over the whole-text one: many nodes with long notes.
    const note = 'n'.repeat(LIMITS.maxTextChars);
    const count = Math.ceil(LIMITS.maxChars / LIMITS.maxTextChars) + 10;
    board.nodes = Array.from({ length: count }, (_, i) => ({ id: `n${i}`, kind: 'task', label: `T${i}`, position: { x: 0, y: 0 }, data: { taskType: 'other', notes: note } }));
    const result = await mirror.write({ id: 'big', revision: 1, updatedAt: 1, name: 'big' }, board);
    expect(result).toMatchObject({ ok: false, code: 'invalidBoard', problems: [{ code: 'tooLargeToSave', params: { limit: LIMITS.maxChars } }] });
    expect(await readdir(dir.path)).not.toContain('mirror');
  }, 30_000);

  it('a problem with a 5,000-character path or a 5 MB value still fits the answer schema, cut in the middle', async () => {
    const { dialog, files } = service();
    const handlers = fileHandlers(files, createMirror({ fs, userData: dir.path }), () => undefined);
    const good = JSON.parse(serializeBoard(emptyBoard()));
    const key = `k${'e'.repeat(4998)}y`;
    await writeFile(join(dir.path, 'long-key.orgcanvas'), JSON.stringify({ ...good, profile: { ...good.profile, [key]: { a: 1 } } }).replace('"a":1', '"__proto__":1'));
    await writeFile(join(dir.path, 'long-format.orgcanvas'), JSON.stringify({ ...good, format: 'f'.repeat(5_000_000) }));
    for (const name of ['long-key.orgcanvas', 'long-format.orgcanvas']) {
      dialog.openAnswers.push(join(dir.path, name));
      const result = await handlers.fileOpen(undefined);
      expect(result).toMatchObject({ ok: false, code: 'invalidBoard' });
      const checked = fileChannels.fileOpen.result.safeParse(result);
      expect(checked.success).toBe(true);
      expect(JSON.stringify(result).length).toBeLessThan(1000);
    }
    dialog.openAnswers.push(join(dir.path, 'long-key.orgcanvas'));
    const keyResult = await files.open();
    if (keyResult.ok || !('problems' in keyResult)) throw new Error('expected a refusal');
    // Both ends of the path survive: where it starts and the key that was refused.
    expect(keyResult.problems[0].path).toMatch(/^profile\.keee+ … e+y\.__proto__$/);
  });
});
