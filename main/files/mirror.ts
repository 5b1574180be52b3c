/**
 * The mirror: every board in the library also lives as a file under
 * `<userData>/mirror/<boardId>.mirror`, so IndexedDB is never the only copy (Chromium can
 * wipe it: a cleared profile, a full disk, a damaged LevelDB). Written atomically; on start
 * the renderer compares it with IndexedDB and recovers what is missing or damaged there.
 *
 * File layout: one line of JSON header (id, revision, times), then the board exactly as
 * an `.orgcanvas` file would hold it, so the board part is checked by the same parser
 * (size, depth, forbidden keys) and a person can rescue it by hand with a text editor.
 */
import { join } from 'node:path';
import type { Board } from '../../shared/model/board';
import { fileSizeProblem } from '../../shared/model/limits';
import { atomicWrite } from './atomicWrite';
import { boardFromText, boardTextFrom } from './boardText';
import { FileError, toFailure, type FileFailure } from './errors';
import type { FilePorts } from './ports';
import { MAX_FILE_BYTES, readRegularFile } from './readRegularFile';

export const MIRROR_SUFFIX = '.mirror';
/** Board ids become file names, so only this alphabet is accepted (no `..`, no `/`). */
const BOARD_ID = /^[A-Za-z0-9_-]{1,80}$/;

export interface MirrorHeader {
  id: string;
  /** Increases with every stored revision of the board (IndexedDB's counter). */
  revision: number;
  updatedAt: number;
  name: string;
  /** Set while the board is in the trash; a trashed board is not recovered into the library. */
  trashedAt?: number;
}

export type MirrorListing = (MirrorHeader & { ok: true }) | { ok: false; id: string; code: FileFailure['code'] };

export interface Mirror {
  write(header: MirrorHeader, board: unknown): Promise<{ ok: true; written: boolean } | FileFailure>;
  read(id: string): Promise<{ ok: true; header: MirrorHeader; board: Board } | FileFailure>;
  list(): Promise<MirrorListing[]>;
  remove(id: string): Promise<{ ok: true } | FileFailure>;
}

export function createMirror(ports: Pick<FilePorts, 'fs' | 'userData'>): Mirror {
  const { fs } = ports;
  const folder = join(ports.userData, 'mirror');
  /** Newest revision written per board in this run, so a late IPC call cannot go backwards. */
  const newest = new Map<string, number>();
  const pathOf = (id: string) => join(folder, `${id}${MIRROR_SUFFIX}`);

  function checkHeader(value: unknown): MirrorHeader {
    const h = value as Partial<MirrorHeader> | null;
    if (
      typeof h !== 'object' || h === null ||
      typeof h.id !== 'string' || !BOARD_ID.test(h.id) ||
      typeof h.revision !== 'number' || !Number.isSafeInteger(h.revision) || h.revision < 0 ||
      typeof h.updatedAt !== 'number' || !Number.isFinite(h.updatedAt) ||
      typeof h.name !== 'string' ||
      (h.trashedAt !== undefined && (typeof h.trashedAt !== 'number' || !Number.isFinite(h.trashedAt)))
    ) {
      throw new FileError('invalidBoard', 'mirror', 'header');
    }
    const header: MirrorHeader = { id: h.id, revision: h.revision, updatedAt: h.updatedAt, name: h.name.slice(0, 500) };
    if (h.trashedAt !== undefined) header.trashedAt = h.trashedAt;
    return header;
  }

  async function readAt(id: string): Promise<{ header: MirrorHeader; board: Board }> {
    const file = `${id}${MIRROR_SUFFIX}`;
    const text = await readRegularFile(fs, pathOf(id));
    const newline = text.indexOf('\n');
    if (newline < 0) throw new FileError('invalidBoard', file, 'header');
    let header: MirrorHeader;
    try {
      header = checkHeader(JSON.parse(text.slice(0, newline)));
    } catch {
      throw new FileError('invalidBoard', file, 'header');
    }
    if (header.id !== id) throw new FileError('invalidBoard', file, 'header');
    return { header, board: boardFromText(text.slice(newline + 1), file).board };
  }

  return {
    async write(input, value) {
      const file = `${String((input as MirrorHeader | null)?.id)}${MIRROR_SUFFIX}`;
      try {
        const header = checkHeader(input);
        if ((newest.get(header.id) ?? -1) > header.revision) return { ok: true, written: false };
        // boardTextFrom refuses a board over the limits, which the mirror could not read back.
        const text = `${JSON.stringify(header)}\n${boardTextFrom(value, file)}`;
        const bytes = Buffer.byteLength(text, 'utf8');
        if (bytes > MAX_FILE_BYTES) {
          throw new FileError('invalidBoard', file, '', [fileSizeProblem(bytes)]);
        }
        await fs.mkdir(folder, { recursive: true });
        await atomicWrite(fs, pathOf(header.id), text);
        newest.set(header.id, header.revision);
        return { ok: true, written: true };
      } catch (error) {
        return toFailure(error, file);
      }
    },

    async read(id) {
      const file = `${id}${MIRROR_SUFFIX}`;
      try {
        if (typeof id !== 'string' || !BOARD_ID.test(id)) throw new FileError('invalidBoard', 'mirror', 'id');
        return { ok: true, ...(await readAt(id)) };
      } catch (error) {
        return toFailure(error, file);
      }
    },

    async list() {
      let names: string[];
      try {
        names = await fs.readdir(folder);
      } catch {
        return [];
      }
      const out: MirrorListing[] = [];
      for (const name of names) {
        if (!name.endsWith(MIRROR_SUFFIX)) {
          // Temp files of a save that was killed; nothing else writes here.
          if (name.startsWith('.')) await fs.unlink(join(folder, name)).catch(() => undefined);
          continue;
        }
        const id = name.slice(0, -MIRROR_SUFFIX.length);
        if (!BOARD_ID.test(id)) continue;
        try {
          const { header } = await readAt(id);
          out.push({ ok: true, ...header });
        } catch (error) {
          out.push({ ok: false, id, code: toFailure(error, name).code });
        }
      }
      return out;
    },

    async remove(id) {
      try {
        if (typeof id !== 'string' || !BOARD_ID.test(id)) throw new FileError('invalidBoard', 'mirror', 'id');
        await fs.unlink(pathOf(id)).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        });
        newest.delete(id);
        return { ok: true };
      } catch (error) {
        return toFailure(error, `${id}${MIRROR_SUFFIX}`);
      }
    },
  };
}
