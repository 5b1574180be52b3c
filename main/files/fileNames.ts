/**
 * The names of the files a save writes beside a board: the temp file and the `.bak`.
 *
 * Both are longer than the board's own name, so a name near the file-system limit (255
 * bytes on ext4, APFS, NTFS…) opened fine but could never be saved: every save failed with
 * ENAMETOOLONG. Each name is therefore cut to fit, on a UTF-8 character boundary; the limit
 * is counted in UTF-8 bytes, which is never less than NTFS's count in UTF-16 units.
 */
import { createHash, randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** Longest file name (not path) the common file systems accept, in UTF-8 bytes. */
export const NAME_MAX_BYTES = 255;

const TEMP_SUFFIX = '.orgcanvas-tmp';
/** `.` + stem + `.` + 12 hex digits + suffix: what a temp name adds to its stem. */
const TEMP_OVERHEAD = 1 + 1 + 12 + TEMP_SUFFIX.length;
const BAK = '.bak';
/** `~` and 8 hex digits of the full name's hash, so two long names cut alike keep apart. */
const HASH_TAG = 9;

/** `name` cut to at most `maxBytes` UTF-8 bytes, never inside a character. */
export function fitName(name: string, maxBytes: number): string {
  const bytes = Buffer.from(name, 'utf8');
  if (bytes.length <= maxBytes) return name;
  let end = maxBytes;
  // Back off continuation bytes (10xxxxxx) so the cut lands on a character's first byte.
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString('utf8');
}

function tempStem(target: string): string {
  return fitName(basename(target), NAME_MAX_BYTES - TEMP_OVERHEAD);
}

/** `.<name>.<random>.orgcanvas-tmp`: hidden, and recognisable so leftovers can be swept. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${tempStem(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

export function isTempFor(target: string, name: string): boolean {
  return name.startsWith(`.${tempStem(target)}.`) && name.endsWith(TEMP_SUFFIX);
}

/**
 * `<name>.bak` beside the board; for a name too long for that, the name cut short with a
 * tag of its hash: `<first 242 bytes>~1a2b3c4d.bak`, the same for every save of that board.
 */
export function backupPathFor(target: string): string {
  const name = basename(target);
  if (Buffer.byteLength(name, 'utf8') + BAK.length <= NAME_MAX_BYTES) return `${target}${BAK}`;
  const tag = createHash('sha256').update(name, 'utf8').digest('hex').slice(0, HASH_TAG - 1);
  return join(dirname(target), `${fitName(name, NAME_MAX_BYTES - BAK.length - HASH_TAG)}~${tag}${BAK}`);
}
