/**
 * Write failures on a real file system: a tiny tmpfs that fills up (ENOSPC) and the same
 * tmpfs remounted read-only (EROFS). Needs root and mount(2); elsewhere the tests say they
 * are skipped, by name, and the injected-failure tests in fileService.test.ts still run.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileService } from '../../../main/files/fileService';
import { emptyBoard } from '../../../shared/model/board';
import { serializeBoard } from '../../../shared/model/serialize';
import { bigBoard } from '../../fault/bigBoard';
import { ports, scriptedDialog, tempFolder } from './helpers';

function canMount(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  return true;
}

let dir: Awaited<ReturnType<typeof tempFolder>>;
let mountPoint = '';
let mounted = false;

beforeAll(async () => {
  dir = await tempFolder('orgcanvas-tmpfs-');
  mountPoint = join(dir.path, 'disk');
  await mkdir(mountPoint);
  if (!canMount()) return;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', mountPoint], { stdio: 'pipe' });
    mounted = true;
  } catch {
    mounted = false;
  }
});
afterAll(async () => {
  if (mounted) execFileSync('umount', [mountPoint]);
  await dir.dispose();
});

describe('write failures on a real tmpfs', () => {
  it('a full disk: clear error, original byte-identical, no temp files, saving works once space is back', async (context) => {
    if (!mounted) {
      console.warn('SKIPPED: full-disk test on a real tmpfs (needs root and mount); injected ENOSPC tests still ran');
      context.skip();
    }
    const dialog = scriptedDialog();
    const files = createFileService(ports(join(dir.path, 'user-data'), dialog));
    const path = join(mountPoint, 'client.orgcanvas');
    dialog.saveAnswers.push(path);
    const first = await files.saveAs(emptyBoard({ name: 'Client' }));
    if (!first.ok) throw new Error(`first save failed: ${JSON.stringify(first)}`);
    const original = await readFile(path);
    // Fill the rest of the disk, then try to save a board bigger than the space left.
    await writeFile(join(mountPoint, 'filler'), Buffer.alloc(380 * 1024, 1));
    const bigger = bigBoard(60, 'Client');
    expect(serializeBoard(bigger).length).toBeGreaterThan(140 * 1024);

    const refused = await files.save(first.handle, bigger);
    expect(refused).toMatchObject({ ok: false, code: 'noSpace', file: 'client.orgcanvas' });
    expect((await readFile(path)).equals(original)).toBe(true);
    expect((await readdir(mountPoint)).filter((n) => n.endsWith('-tmp'))).toEqual([]);

    await rm(join(mountPoint, 'filler'));
    expect(await files.save(first.handle, bigger)).toMatchObject({ ok: true });
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(JSON.parse(serializeBoard(bigger)));
    expect(await readFile(`${path}.bak`)).toEqual(original);
  });

  it('a read-only file system: clear error, original byte-identical, saving works once writable', async (context) => {
    if (!mounted) {
      console.warn('SKIPPED: read-only test on a real tmpfs (needs root and mount); injected EROFS tests still ran');
      context.skip();
    }
    const dialog = scriptedDialog();
    const files = createFileService(ports(join(dir.path, 'user-data'), dialog));
    const path = join(mountPoint, 'ro.orgcanvas');
    dialog.saveAnswers.push(path);
    const first = await files.saveAs(emptyBoard({ name: 'before' }));
    if (!first.ok) throw new Error('first save failed');
    const original = await readFile(path);
    const names = await readdir(mountPoint);
    execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
    try {
      expect(await files.save(first.handle, emptyBoard({ name: 'after' }))).toMatchObject({ ok: false, code: 'readOnly', file: 'ro.orgcanvas' });
      expect((await readFile(path)).equals(original)).toBe(true);
      expect(await readdir(mountPoint)).toEqual(names);
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', mountPoint]);
    }
    expect(await files.save(first.handle, emptyBoard({ name: 'after' }))).toMatchObject({ ok: true });
    expect(JSON.parse(await fs.readFile(path, 'utf8')).profile.name).toBe('after');
  });
});
