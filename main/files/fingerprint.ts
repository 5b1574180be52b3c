/** What a file looked like when we last read or wrote it, to notice someone else's change. */
import { createHash } from 'node:crypto';

export type Fingerprint = string;

export function fingerprintOf(text: string): Fingerprint {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
