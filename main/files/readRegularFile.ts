/**
 * Reads a board file: a regular file only, and never more bytes than a board can have.
 *
 * `readFile` on a FIFO named `x.orgcanvas` waits for a writer forever (the app and the
 * command line hung), and on `/dev/urandom` it read 1.1 GB over 15 s before the parser
 * refused it. So the file is opened non-blocking (opening a FIFO then returns at once),
 * checked with fstat on the opened handle (so a swap between check and read cannot slip
 * a FIFO or a device in), and read with a byte limit, even if it grows while we read.
 */
import { constants } from 'node:fs';
import { basename } from 'node:path';
import { fileSizeProblem, MAX_FILE_BYTES } from '../../shared/model/limits';
import { FileError } from './errors';
import type { FsPort } from './ports';

/** The byte bound and its refusal are the board's own limits (shared/model/limits.ts). */
export { MAX_FILE_BYTES };

/** O_NONBLOCK is POSIX; on Windows (no FIFOs to hang on) it is absent and 0 leaves it out. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const CHUNK = 1024 * 1024;

/**
 * The file's text. Throws a FileError: `notAFile` for a folder, FIFO, socket or device;
 * `invalidBoard` with a `tooLarge` problem past `maxBytes`; the mapped errno otherwise.
 */
export async function readRegularFile(fs: FsPort, path: string, maxBytes = MAX_FILE_BYTES): Promise<string> {
  // The refusal names the board's limit in characters, as the parser's would.
  const bytes = await readRegularBytes(fs, path, maxBytes, (size) => new FileError('invalidBoard', basename(path), '', [fileSizeProblem(size)]));
  return bytes.toString('utf8');
}

/**
 * The file's bytes, under the same rules: a regular file only, never more than `maxBytes`
 * read. Past them, `tooLarge(size)` is thrown (each caller names its own limit: a board's,
 * an import's).
 */
export async function readRegularBytes(fs: FsPort, path: string, maxBytes: number, tooLarge: (size: number) => Error): Promise<Buffer> {
  const name = basename(path);
  const handle = await fs.open(path, OPEN_FLAGS);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new FileError('notAFile', name, kindOf(info));
    if (info.size > maxBytes) throw tooLarge(info.size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // One byte past the limit tells a file that grew over it from one that ends there.
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(total);
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** For the log and the details line: what the path turned out to be. */
function kindOf(info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isDirectory()) return 'folder';
  if (info.isFIFO()) return 'fifo';
  if (info.isSocket()) return 'socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  return 'other';
}
