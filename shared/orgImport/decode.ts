/**
 * Bytes to text for a CSV. Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)"
 * in windows-1252 with `;`, "CSV UTF-8" with a byte-order mark, and "Unicode text" as
 * UTF-16 with one; HR systems mostly write UTF-8 without one. So: a BOM decides; without
 * one, bytes that are valid UTF-8 are read as UTF-8 (windows-1252 text with accents almost
 * never is), the rest as windows-1252. An encoding the user chose is always obeyed.
 *
 * TextDecoder is a global in Node 20 and in every browser; shared/ sees neither's types,
 * hence the small local type.
 */
import type { ImportEncoding } from './table';

interface Decoder {
  decode(bytes: Uint8Array): string;
}
type DecoderClass = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder;
const TextDecoderClass = (globalThis as unknown as { TextDecoder: DecoderClass }).TextDecoder;

export interface Decoded {
  text: string;
  encoding: ImportEncoding | 'utf-16le';
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

export function decodeBytes(bytes: Uint8Array, encoding?: ImportEncoding): Decoded {
  const utf8Bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  if (encoding === 'windows-1252') return { text: new TextDecoderClass('windows-1252').decode(bytes), encoding };
  if (encoding === 'utf-8' || utf8Bom) {
    // The decoder drops the BOM itself (ignoreBOM false); a malformed byte becomes U+FFFD.
    return { text: new TextDecoderClass('utf-8').decode(bytes), encoding: 'utf-8' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoderClass('utf-16le').decode(bytes), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoderClass('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoderClass('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
