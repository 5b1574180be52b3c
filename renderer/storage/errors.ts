/** What can go wrong storing a board in the browser, as a code the UI words per language. */
export type StorageErrorCode =
  | 'quota'
  | 'unavailable'
  | 'notFound'
  | 'mirror'
  /** Another window committed this board since this one loaded it (saveCommit.ts). */
  | 'conflict'
  | 'unknown';

export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    readonly detail = '',
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'StorageError';
  }
}

/** Dexie wraps IndexedDB's DOMExceptions; the quota one is what a full disk looks like. */
export function storageErrorFrom(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const names = [(error as { name?: string })?.name, (error as { inner?: { name?: string } })?.inner?.name];
  const message = error instanceof Error ? error.message : String(error);
  if (names.includes('QuotaExceededError') || /quota/i.test(message)) return new StorageError('quota', message);
  if (names.some((n) => n === 'DatabaseClosedError' || n === 'MissingAPIError' || n === 'InvalidStateError')) {
    return new StorageError('unavailable', message);
  }
  return new StorageError('unknown', `${names[0] ?? ''} ${message}`.trim());
}
