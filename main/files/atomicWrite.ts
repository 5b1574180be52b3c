/**
 * Atomic replace of a file: the old bytes or the new bytes are on disk, never a mix, never
 * an empty or zero-filled file (what draw.io's in-place writes left after crashes).
 *
 *  1. write a temp file in the SAME folder (rename is only atomic within one file system),
 *  2. fsync it, so its data is on disk before its name can point at it,
 *  3. rename it over the target,
 *  4. fsync the folder, so the rename itself survives a power cut,
 *  5. read the target back and compare, so a lying disk or a full quota cannot pass as saved.
 *
 * On any failure before the rename the temp file is removed and the target is untouched.
 */
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { FileError, fileErrorFrom } from './errors';
import type { FsPort } from './ports';

const TEMP_SUFFIX = '.orgcanvas-tmp';

/** `.<name>.<random>.orgcanvas-tmp`: hidden, and recognisable so leftovers can be swept. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

export function isTempFor(target: string, name: string): boolean {
  return name.startsWith(`.${basename(target)}.`) && name.endsWith(TEMP_SUFFIX);
}

export async function atomicWrite(fs: FsPort, target: string, text: string): Promise<void> {
  const name = basename(target);
  const temp = tempPathFor(target);
  let handle: Awaited<ReturnType<FsPort['open']>> | undefined;
  try {
    // `wx`: never reuse a file someone else is writing.
    handle = await fs.open(temp, 'wx', 0o644);
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw fileErrorFrom(error, name);
  }
  await syncFolder(fs, dirname(target));
  let back: string;
  try {
    back = await fs.readFile(target, 'utf8');
  } catch (error) {
    throw fileErrorFrom(error, name);
  }
  if (back !== text) throw new FileError('readBackMismatch', name, `${back.length}/${text.length}`);
}

/**
 * fsync on a folder makes a rename durable on Linux and macOS. Windows cannot open a
 * folder for syncing (EISDIR/EPERM); NTFS journals the rename itself, so skip it there.
 */
async function syncFolder(fs: FsPort, folder: string): Promise<void> {
  let handle: Awaited<ReturnType<FsPort['open']>> | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code;
    if (errno !== 'EISDIR' && errno !== 'EPERM' && errno !== 'EINVAL' && errno !== 'EACCES') {
      throw fileErrorFrom(error, basename(folder));
    }
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Removes temp files a killed save left beside `target`. Only ones older than `minAgeMs`,
 * so a save running in another window at this moment keeps its temp file.
 */
export async function sweepTemps(fs: FsPort, target: string, now: number, minAgeMs = 60_000): Promise<number> {
  const folder = dirname(target);
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!isTempFor(target, name)) continue;
    const path = join(folder, name);
    try {
      const info = await fs.stat(path);
      if (now - info.mtimeMs < minAgeMs) continue;
      await fs.unlink(path);
      removed++;
    } catch {
      // Gone already, or not ours to remove: either way nothing to do.
    }
  }
  return removed;
}
