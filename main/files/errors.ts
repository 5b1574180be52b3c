/**
 * Failures the file service reports. A code, not prose: the renderer words it from the
 * `storage` catalogue in the user's language. `file` is a bare name (never a full path:
 * the renderer never learns paths).
 */
import type { Problem } from '../../shared/model/problems';
import { clipMiddle, clipProblems } from './clip';

export type FileErrorCode =
  | 'readOnly'
  | 'accessDenied'
  | 'noSpace'
  | 'notFound'
  | 'notAFile'
  | 'nameTooLong'
  | 'changedOnDisk'
  | 'missingOnDisk'
  | 'readBackMismatch'
  | 'invalidBoard'
  | 'unknownHandle'
  | 'io';

export class FileError extends Error {
  constructor(
    readonly code: FileErrorCode,
    readonly file: string,
    /** The errno code (`ENOSPC`) or other short technical detail, for the log and the details line. */
    readonly detail = '',
    readonly problems: Problem[] = [],
  ) {
    super(`${code}: ${file}${detail ? ` (${detail})` : ''}`);
    this.name = 'FileError';
  }
}

/** Maps a Node error to the code a user can act on. */
export function fileErrorFrom(error: unknown, file: string): FileError {
  if (error instanceof FileError) return error;
  const errno = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const code: FileErrorCode =
    errno === 'EROFS'
      ? 'readOnly'
      : errno === 'EACCES' || errno === 'EPERM'
        ? 'accessDenied'
        : errno === 'ENOSPC' || errno === 'EDQUOT'
          ? 'noSpace'
          : errno === 'ENOENT'
            ? 'notFound'
            : errno === 'ENAMETOOLONG'
              ? 'nameTooLong'
              : 'io';
  return new FileError(code, file, errno || (error instanceof Error ? error.message : String(error)));
}

/**
 * The plain-data form that crosses IPC (Error objects lose their fields on the way). Its
 * strings are clipped so the answer always fits the contract's bounds: an answer outside
 * them is dropped by main's result check, and the renderer would learn nothing.
 */
export interface FileFailure {
  ok: false;
  code: FileErrorCode;
  file: string;
  detail: string;
  problems: Problem[];
}

export function toFailure(error: unknown, file: string): FileFailure {
  const e = fileErrorFrom(error, file);
  return { ok: false, code: e.code, file: clipMiddle(e.file), detail: clipMiddle(e.detail, 500), problems: clipProblems(e.problems) };
}
