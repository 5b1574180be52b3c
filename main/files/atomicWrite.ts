/**
 * Atomic replace of a file: the old bytes or the new bytes are on disk, never a mix, never
 * an empty or zero-filled file (what draw.io's in-place writes left after crashes).
 *
 *  0. follow symbolic links to the real file, so a link stays a link and its target gets
 *     the new bytes (renaming over the link itself turned it into a copy, and left the
 *     real file old while the app said "Saved"), and take that file's permissions;
 *  1. write a temp file in the SAME folder as the real file (rename is only atomic within
 *     one file system), with those permissions (a 0600 board stays private);
 *  2. fsync it, so its data is on disk before its name can point at it;
 *  3. run the caller's last check (`beforeRename`: has someone changed the file meanwhile?);
 *  4. rename it over the target;
 *  5. fsync the folder, so the rename itself survives a power cut;
 *  6. read the target back and compare, so a lying disk or a full quota cannot pass as saved.
 *
 * On any failure before the rename the temp file is removed and the target is untouched.
 * A rename makes a new file: hard links to the old one keep the old bytes, and the owner
 * becomes whoever saves (as with VS Code's and vim's default writes).
 */
import { basename, dirname, isAbsolute, join } from 'node:path';
import { FileError, fileErrorFrom } from './errors';
import { isTempFor, tempPathFor } from './fileNames';
import type { FsPort } from './ports';

export { isTempFor, tempPathFor } from './fileNames';

/** Links followed before giving up, as Linux's own limit for a path lookup. */
const MAX_LINK_HOPS = 40;

export interface AtomicWriteOptions {
  /** Permissions for the file; by default the replaced file's, or 0666 less the umask for a new one. */
  mode?: number;
  /**
   * Runs after the temp file is on disk, just before the rename: the last moment to refuse
   * (throw) without touching the target. Given the real path that is about to be replaced.
   */
  beforeRename?: (realTarget: string) => Promise<void>;
}

const errnoOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/**
 * The file a write to `path` must replace: `path` with every symbolic link followed. For a
 * link whose target does not exist yet, that target (as `echo > link` would create it);
 * for a new file, `path` itself.
 */
export async function resolveLinks(fs: FsPort, path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch (error) {
    if (errnoOf(error) !== 'ENOENT') throw error;
  }
  let current = path;
  for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
    let link: string;
    try {
      link = await fs.readlink(current);
    } catch (error) {
      // Not a link (EINVAL; UNKNOWN on some Windows volumes) or not there: write here.
      if (['EINVAL', 'ENOENT', 'UNKNOWN'].includes(errnoOf(error) ?? '')) return current;
      throw error;
    }
    // A relative target counts from the link's real folder, not from the path as spelled.
    const folder = await fs.realpath(dirname(current)).catch(() => dirname(current));
    current = isAbsolute(link) ? link : join(folder, link);
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
}

/** Permission bits of the regular file at `path`, or undefined when there is none. */
export async function modeOf(fs: FsPort, path: string): Promise<number | undefined> {
  try {
    const info = await fs.stat(path);
    return info.isFile() ? info.mode & 0o7777 : undefined;
  } catch {
    return undefined;
  }
}

export async function atomicWrite(fs: FsPort, target: string, text: string, options: AtomicWriteOptions = {}): Promise<void> {
  const name = basename(target);
  let real: string;
  try {
    real = await resolveLinks(fs, target);
  } catch (error) {
    throw fileErrorFrom(error, name);
  }
  const mode = options.mode ?? (await modeOf(fs, real));
  const temp = tempPathFor(real);
  let handle: Awaited<ReturnType<FsPort['open']>> | undefined;
  try {
    // `wx`: never reuse a file someone else is writing. The umask can only narrow `mode`.
    handle = await fs.open(temp, 'wx', mode ?? 0o666);
    if (mode !== undefined) {
      // …so set it exactly (a 0664 file stays 0664 under umask 022). A file system without
      // permissions (FAT, some shares) refuses; the file then has at most `mode` anyway.
      await handle.chmod(mode).catch(() => undefined);
    }
    await handle.writeFile(text, 'utf8');
    await handle.sync();
    await handle.close();
    handle = undefined;
    await options.beforeRename?.(real);
    await fs.rename(temp, real);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    throw fileErrorFrom(error, name);
  }
  await syncFolder(fs, dirname(real));
  let back: string;
  try {
    back = await fs.readFile(real, 'utf8');
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
    const errno = errnoOf(error);
    if (errno !== 'EISDIR' && errno !== 'EPERM' && errno !== 'EINVAL' && errno !== 'EACCES') {
      throw fileErrorFrom(error, basename(folder));
    }
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Removes temp files a killed save left beside `target` (give the real file, not a link to
 * it: temp files are made beside the real one). Only ones older than `minAgeMs`, so a save
 * running in another window at this moment keeps its temp file.
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
