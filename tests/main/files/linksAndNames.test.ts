/**
 * Saving through symbolic links, keeping permissions, and names near the file-system limit,
 * on the real file system (a temp folder): what broke in issue 23 (#3).
 */
import { chmod, lstat, mkdir, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite, sweepTemps, tempPathFor } from '../../../main/files/atomicWrite';
import { backupPathFor, fitName, NAME_MAX_BYTES } from '../../../main/files/fileNames';
import { createFileService } from '../../../main/files/fileService';
import * as fs from 'node:fs/promises';
import { emptyBoard } from '../../../shared/model/board';
import { serializeBoard } from '../../../shared/model/serialize';
import { ports, scriptedDialog, tempFolder } from './helpers';

const posix = process.platform !== 'win32';
let dir: Awaited<ReturnType<typeof tempFolder>>;
beforeEach(async () => {
  dir = await tempFolder();
});
afterEach(() => dir.dispose());

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;
const bytes = (name: string) => Buffer.byteLength(name, 'utf8');

async function openBound(path: string) {
  const dialog = scriptedDialog();
  const files = createFileService(ports(join(dir.path, 'user-data'), dialog));
  dialog.openAnswers.push(path);
  const opened = await files.open();
  if (!opened.ok) throw new Error(`open failed: ${JSON.stringify(opened)}`);
  return { files, handle: opened.handle, dialog };
}

describe.skipIf(!posix)('saving through a symbolic link', () => {
  it('writes the real file, keeps the link a link, and puts the .bak beside the real file', async () => {
    await mkdir(join(dir.path, 'real'));
    const real = join(dir.path, 'real', 'client-v3.orgcanvas');
    const link = join(dir.path, 'client.orgcanvas');
    await writeFile(real, serializeBoard(emptyBoard({ name: 'v1' })));
    await symlink('real/client-v3.orgcanvas', link);
    const { files, handle } = await openBound(link);

    expect(await files.save(handle, emptyBoard({ name: 'v2' }))).toMatchObject({ ok: true, name: 'client.orgcanvas' });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe('real/client-v3.orgcanvas');
    expect(JSON.parse(await readFile(real, 'utf8')).profile.name).toBe('v2');
    expect(JSON.parse(await readFile(`${real}.bak`, 'utf8')).profile.name).toBe('v1');
    // Nothing left behind in either folder: no temp files, no stray copy beside the link.
    expect((await readdir(dir.path)).sort()).toEqual(['client.orgcanvas', 'real', 'user-data']);
    expect((await readdir(join(dir.path, 'real'))).sort()).toEqual(['client-v3.orgcanvas', 'client-v3.orgcanvas.bak']);
    // Saving again still goes through the link (it was not turned into a file).
    expect(await files.save(handle, emptyBoard({ name: 'v3' }))).toMatchObject({ ok: true });
    expect(JSON.parse(await readFile(real, 'utf8')).profile.name).toBe('v3');
  });

  it('follows a chain of links and a link in a linked folder (relative to the real folder)', async () => {
    await mkdir(join(dir.path, 'a', 'b'), { recursive: true });
    const real = join(dir.path, 'a', 'board.orgcanvas');
    await writeFile(real, 'old');
    // a/b/inner → ../board.orgcanvas; linked-b → a/b; outer → linked-b/inner
    await symlink('../board.orgcanvas', join(dir.path, 'a', 'b', 'inner'));
    await symlink('a/b', join(dir.path, 'linked-b'));
    await symlink('linked-b/inner', join(dir.path, 'outer'));
    await atomicWrite(fs, join(dir.path, 'outer'), 'new');
    expect(await readFile(real, 'utf8')).toBe('new');
    expect((await lstat(join(dir.path, 'outer'))).isSymbolicLink()).toBe(true);
    expect((await lstat(join(dir.path, 'a', 'b', 'inner'))).isSymbolicLink()).toBe(true);
  });

  it('a link whose target does not exist yet creates the target, not a file over the link', async () => {
    const link = join(dir.path, 'dangling.orgcanvas');
    await symlink('target.orgcanvas', link);
    await atomicWrite(fs, link, 'text');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir.path, 'target.orgcanvas'), 'utf8')).toBe('text');
  });

  it('a link loop is a clear error, and nothing is written', async () => {
    await symlink('b', join(dir.path, 'a'));
    await symlink('a', join(dir.path, 'b'));
    await expect(atomicWrite(fs, join(dir.path, 'a'), 'x')).rejects.toMatchObject({ name: 'FileError', code: 'io', detail: 'ELOOP' });
    expect((await readdir(dir.path)).sort()).toEqual(['a', 'b']);
  });
});

describe.skipIf(!posix)('permissions', () => {
  it('a 0600 board stays 0600 after saving, and so does its .bak', async () => {
    const path = join(dir.path, 'private.orgcanvas');
    await writeFile(path, serializeBoard(emptyBoard({ name: 'v1' })));
    await chmod(path, 0o600);
    const { files, handle } = await openBound(path);
    expect(await files.save(handle, emptyBoard({ name: 'v2' }))).toMatchObject({ ok: true });
    expect(await modeOf(path)).toBe(0o600);
    expect(await modeOf(`${path}.bak`)).toBe(0o600);
  });

  it('keeps a mode the umask would have narrowed (0664), and an existing .bak follows the board', async () => {
    const path = join(dir.path, 'team.orgcanvas');
    await writeFile(path, serializeBoard(emptyBoard({ name: 'v1' })));
    await writeFile(`${path}.bak`, 'an older backup');
    await chmod(path, 0o664);
    await chmod(`${path}.bak`, 0o644);
    const previousUmask = process.umask(0o022);
    try {
      const { files, handle } = await openBound(path);
      expect(await files.save(handle, emptyBoard({ name: 'v2' }))).toMatchObject({ ok: true });
    } finally {
      process.umask(previousUmask);
    }
    expect(await modeOf(path)).toBe(0o664);
    expect(await modeOf(`${path}.bak`)).toBe(0o664);
  });

  it('a new file gets the usual 0666 less the umask (a group-writable umask is respected)', async () => {
    const previousUmask = process.umask(0o002);
    try {
      await atomicWrite(fs, join(dir.path, 'new.orgcanvas'), 'x');
    } finally {
      process.umask(previousUmask);
    }
    expect(await modeOf(join(dir.path, 'new.orgcanvas'))).toBe(0o664);
  });
});

describe('names near the file-system limit', () => {
  const longName = (length: number) => `${'w'.repeat(length - '.orgcanvas'.length)}.orgcanvas`;

  for (const length of [230, 251, NAME_MAX_BYTES]) {
    it(`a ${length}-byte name opens, saves and keeps a .bak`, async () => {
      const path = join(dir.path, longName(length));
      await writeFile(path, serializeBoard(emptyBoard({ name: 'v1' })));
      const { files, handle } = await openBound(path);
      expect(await files.save(handle, emptyBoard({ name: 'v2' }))).toMatchObject({ ok: true });
      expect(JSON.parse(await readFile(path, 'utf8')).profile.name).toBe('v2');
      const backup = backupPathFor(path);
      expect(JSON.parse(await readFile(backup, 'utf8')).profile.name).toBe('v1');
      const names = await readdir(dir.path);
      expect(names.filter((n) => n.endsWith('-tmp'))).toEqual([]);
      for (const name of names) expect(bytes(name)).toBeLessThanOrEqual(NAME_MAX_BYTES);
      // The same backup on every save, not one more per save.
      expect(await files.save(handle, emptyBoard({ name: 'v3' }))).toMatchObject({ ok: true });
      expect(JSON.parse(await readFile(backup, 'utf8')).profile.name).toBe('v2');
      expect((await readdir(dir.path)).filter((n) => n !== 'user-data')).toHaveLength(2);
    });
  }

  it('cuts multi-byte names on a character boundary, and sweeps the temp files of a long name', async () => {
    const name = `${'é'.repeat(120)}.orgcanvas`; // 250 bytes
    expect(bytes(name)).toBe(250);
    const path = join(dir.path, name);
    const temp = tempPathFor(path);
    expect(bytes(temp.slice(dir.path.length + 1))).toBeLessThanOrEqual(NAME_MAX_BYTES);
    expect(temp).not.toContain('\uFFFD');
    expect(bytes(backupPathFor(path).slice(dir.path.length + 1))).toBeLessThanOrEqual(NAME_MAX_BYTES);
    expect(fitName('aé', 2)).toBe('a');
    await writeFile(path, 'keep');
    await writeFile(temp, 'left by a killed save');
    expect(await sweepTemps(fs, path, Date.now() + 120_000)).toBe(1);
    expect(await readdir(dir.path)).toEqual([name]);
  });

  it('two long names that share their first 242 bytes keep separate backups', () => {
    const a = join(dir.path, `${'x'.repeat(245)}-a.orgcanvas`);
    const b = join(dir.path, `${'x'.repeat(245)}-b.orgcanvas`);
    expect(backupPathFor(a)).not.toBe(backupPathFor(b));
  });

  it('a name the disk refuses is reported as nameTooLong, not as a generic failure', async () => {
    const dialog = scriptedDialog();
    const files = createFileService(ports(join(dir.path, 'user-data'), dialog));
    dialog.saveAnswers.push(join(dir.path, 'n'.repeat(300)));
    const result = await files.saveAs(emptyBoard());
    expect(result).toMatchObject({ ok: false, code: 'nameTooLong' });
  });
});
