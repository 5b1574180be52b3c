/** What can go wrong storing a board in the browser, as a code the UI words per language. */
import type { TFunction } from 'i18next';
import { formatProblem } from '../../shared/i18n/format';
import type { Problem } from '../../shared/model/problems';

export type StorageErrorCode =
  | 'quota'
  | 'unavailable'
  | 'notFound'
  | 'mirror'
  /** The board passes a limit of the file format; its detail is the problems as JSON (saveCommit.ts). */
  | 'overLimit'
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

/** A storage error in the reader's language; `overLimit` words the limits it passes. */
export function storageErrorText(code: StorageErrorCode | string, detail: string, t: TFunction): string {
  if (code === 'overLimit') {
    // Problems are worded as phrases; this one ends a sentence, and the indicator goes on.
    const words = problemsIn(detail).map((p) => formatProblem(p, t)).join('; ');
    return t('storage.errors.overLimit', { detail: /[.!?]$/.test(words) ? words : `${words}.` });
  }
  return t(`storage.errors.${code}`, { detail, defaultValue: t('storage.errors.unknown', { detail }) });
}

function problemsIn(detail: string): Problem[] {
  try {
    const value: unknown = JSON.parse(detail);
    if (Array.isArray(value)) return value.filter((p): p is Problem => typeof p?.code === 'string' && typeof p?.path === 'string');
  } catch {
    // Not ours: shown as no detail rather than as JSON.
  }
  return [];
}
