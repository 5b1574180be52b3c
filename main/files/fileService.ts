/**
 * Open, Save and Save As for `.orgcanvas` files. Every path comes from main's own dialogs
 * or the recent list; the renderer holds opaque handle ids and recent ids only.
 *
 * A save never overwrites silently: if the file changed on disk since we read or wrote it
 * (another app, a sync client, a colleague on a share), the save is refused with
 * `changedOnDisk` and the UI asks before calling again with `overwrite: true`. The bytes
 * being replaced are kept as `<name>.bak`, itself written atomically.
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { Board } from '../../shared/model/board';
import { fileSizeProblem } from '../../shared/model/limits';
import type { Problem } from '../../shared/model/problems';
import { atomicWrite, sweepTemps } from './atomicWrite';
import { boardFromText, boardTextFrom, MAX_FILE_BYTES } from './boardText';
import { FileError, fileErrorFrom, toFailure, type FileFailure } from './errors';
import { fingerprintOf, type Fingerprint } from './fingerprint';
import type { FilePorts } from './ports';
import { readRecent, recentView, touchRecent, writeRecent, type RecentView } from './recentFiles';

export const FILE_EXTENSION = '.orgcanvas';

export interface OpenedFile {
  ok: true;
  handle: string;
  name: string;
  board: Board;
  /** What the parser repaired on the way in (a BOM, say), to tell the user. */
  repairs: Problem[];
}
export interface SavedFile {
  ok: true;
  handle: string;
  name: string;
}
export interface Cancelled {
  ok: false;
  code: 'cancelled';
}
export type OpenResult = OpenedFile | FileFailure | Cancelled;
export type SaveResult = SavedFile | FileFailure | Cancelled;

interface Bound {
  path: string;
  /** Hash of the bytes on disk as we last saw them; undefined for a file we created. */
  seen: Fingerprint;
}

export interface FileService {
  open(): Promise<OpenResult>;
  openRecent(recentId: string): Promise<OpenResult>;
  /** A file the OS handed the app (argument, double-click), by the path main claimed for it. */
  openPath(path: string | undefined): Promise<OpenResult>;
  save(handle: string, board: unknown, options?: { overwrite?: boolean }): Promise<SaveResult>;
  saveAs(board: unknown, suggestedName?: string): Promise<SaveResult>;
  recent(): Promise<RecentView[]>;
  release(handle: string): void;
}

export function createFileService(ports: FilePorts): FileService {
  const { fs, dialog, clock, userData } = ports;
  const bound = new Map<string, Bound>();

  async function readBoardAt(path: string): Promise<OpenResult> {
    const name = basename(path);
    try {
      const info = await fs.stat(path);
      if (info.size > MAX_FILE_BYTES) {
        throw new FileError('invalidBoard', name, '', [fileSizeProblem(info.size)]);
      }
      const text = await fs.readFile(path, 'utf8');
      const { board, repairs } = boardFromText(text, name);
      const handle = randomUUID();
      bound.set(handle, { path, seen: fingerprintOf(text) });
      await remember(path);
      return { ok: true, handle, name, board, repairs };
    } catch (error) {
      return toFailure(error, name);
    }
  }

  async function remember(path: string): Promise<void> {
    const entries = touchRecent(await readRecent(fs, userData), path, clock.now(), randomUUID);
    // The recent list is a convenience: failing to update it must not fail an open or save.
    await writeRecent(fs, userData, entries).catch(() => undefined);
  }

  /** Writes `text` to `path`, keeping the replaced bytes as `.bak`. */
  async function writeBoard(path: string, text: string, previous: string | undefined): Promise<void> {
    await sweepTemps(fs, path, clock.now());
    try {
      if (previous !== undefined && previous !== text) await atomicWrite(fs, `${path}.bak`, previous);
      if (previous !== text) await atomicWrite(fs, path, text);
    } catch (error) {
      // The user saved the board, not its backup: name the board whichever write failed.
      const e = fileErrorFrom(error, basename(path));
      throw new FileError(e.code, basename(path), e.detail, e.problems);
    }
  }

  async function readIfExists(path: string): Promise<string | undefined> {
    try {
      return await fs.readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  return {
    async open() {
      const path = await dialog.chooseOpenPath();
      if (!path) return { ok: false, code: 'cancelled' };
      return readBoardAt(path);
    },

    async openRecent(recentId) {
      const entries = await readRecent(fs, userData);
      const entry = entries.find((e) => e.id === recentId);
      if (!entry) return toFailure(new FileError('unknownHandle', ''), '');
      const result = await readBoardAt(entry.path);
      if (!result.ok && result.code === 'notFound') {
        await writeRecent(fs, userData, entries.filter((e) => e.id !== recentId)).catch(() => undefined);
      }
      return result;
    },

    async openPath(path) {
      // Undefined: the request id was never handed out, or was already used.
      if (!path) return toFailure(new FileError('unknownHandle', ''), '');
      return readBoardAt(path);
    },

    async save(handle, value, options = {}) {
      const target = bound.get(handle);
      if (!target) return toFailure(new FileError('unknownHandle', ''), '');
      const name = basename(target.path);
      try {
        const text = boardTextFrom(value, name);
        const current = await readIfExists(target.path);
        if (!options.overwrite) {
          if (current === undefined) throw new FileError('missingOnDisk', name);
          if (fingerprintOf(current) !== target.seen) throw new FileError('changedOnDisk', name);
        }
        await writeBoard(target.path, text, current);
        target.seen = fingerprintOf(text);
        await remember(target.path);
        return { ok: true, handle, name };
      } catch (error) {
        return toFailure(error, name);
      }
    },

    async saveAs(value, suggestedName = 'board') {
      let name = basename(suggestedName);
      try {
        const text = boardTextFrom(value, name);
        const chosen = await dialog.chooseSavePath(withExtension(name));
        if (!chosen) return { ok: false, code: 'cancelled' };
        // The native dialog has already asked "replace?" when the file exists.
        const path = withExtension(chosen);
        name = basename(path);
        await writeBoard(path, text, await readIfExists(path));
        const handle = randomUUID();
        bound.set(handle, { path, seen: fingerprintOf(text) });
        await remember(path);
        return { ok: true, handle, name };
      } catch (error) {
        return toFailure(fileErrorFrom(error, name), name);
      }
    },

    async recent() {
      return recentView(await readRecent(fs, userData));
    },

    release(handle) {
      bound.delete(handle);
    },
  };
}

function withExtension(name: string): string {
  return name.toLowerCase().endsWith(FILE_EXTENSION) ? name : `${name}${FILE_EXTENSION}`;
}
