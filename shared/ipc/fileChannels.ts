/**
 * The IPC channels of the file service and the board mirror (main/files/), spread into
 * `contract` in contract.ts. Boards travel as `unknown`: main re-validates every board with
 * parseBoardValue before writing it, and the renderer does the same with what it receives,
 * so a zod copy of the board schema here would only duplicate that check.
 */
import { z } from 'zod';
import type { ProblemCode } from '../model/problems';
import { invoke } from './define';

/** Opaque ids main made: a file handle, a recent-list entry. Never a path. */
const Handle = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
/** Library board ids become mirror file names; the same alphabet main/files/mirror.ts checks. */
const BoardId = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/);

const Problem = z
  .object({
    path: z.string().max(1000),
    // Main only sends codes from parse.ts; the renderer words unknown ones with a fallback.
    code: z.custom<ProblemCode>((v) => typeof v === 'string' && v.length <= 64),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
  })
  .strict();

const FileErrorCode = z.enum([
  'readOnly',
  'accessDenied',
  'noSpace',
  'notFound',
  'notAFile',
  'nameTooLong',
  'changedOnDisk',
  'missingOnDisk',
  'readBackMismatch',
  'invalidBoard',
  'unknownHandle',
  'io',
]);

export const FileFailure = z
  .object({ ok: z.literal(false), code: FileErrorCode, file: z.string().max(300), detail: z.string().max(2000), problems: z.array(Problem).max(100) })
  .strict();
const Cancelled = z.object({ ok: z.literal(false), code: z.literal('cancelled') }).strict();
const Opened = z
  .object({ ok: z.literal(true), handle: Handle, name: z.string().max(300), board: z.unknown(), repairs: z.array(Problem).max(100) })
  .strict();
const Saved = z.object({ ok: z.literal(true), handle: Handle, name: z.string().max(300) }).strict();

export const OpenResult = z.union([Opened, FileFailure, Cancelled]);
export const SaveResult = z.union([Saved, FileFailure, Cancelled]);

export const RecentFile = z.object({ id: Handle, name: z.string().max(300), openedAt: z.number() }).strict();

export const MirrorHeader = z
  .object({
    id: BoardId,
    revision: z.number().int().nonnegative(),
    updatedAt: z.number(),
    name: z.string().max(500),
    trashedAt: z.number().optional(),
  })
  .strict();
const MirrorListing = z.union([
  MirrorHeader.extend({ ok: z.literal(true) }).strict(),
  z.object({ ok: z.literal(false), id: BoardId, code: FileErrorCode }).strict(),
]);

export const fileChannels = {
  /** Open a board file through main's Open dialog. */
  fileOpen: invoke({ payload: z.undefined(), result: OpenResult }),
  fileOpenRecent: invoke({ payload: z.object({ recentId: Handle }).strict(), result: OpenResult }),
  /** Open a file the OS handed the app (contract.ts OpenRequest), by its one-time request id. */
  fileOpenRequest: invoke({ payload: z.object({ requestId: Handle }).strict(), result: OpenResult }),
  /** Save to the file behind `handle`; refused with `changedOnDisk` unless `overwrite`. */
  fileSave: invoke({
    payload: z.object({ handle: Handle, board: z.unknown(), overwrite: z.boolean().optional() }).strict(),
    result: SaveResult,
  }),
  fileSaveAs: invoke({
    payload: z.object({ board: z.unknown(), suggestedName: z.string().max(200).optional() }).strict(),
    result: SaveResult,
  }),
  fileRecent: invoke({ payload: z.undefined(), result: z.array(RecentFile).max(20) }),
  /** The renderer closed a file-bound board: forget its handle. */
  fileRelease: invoke({ payload: z.object({ handle: Handle }).strict(), result: z.undefined() }),

  /** Store one revision of a library board in the user-data mirror. */
  mirrorWrite: invoke({
    payload: z.object({ header: MirrorHeader, board: z.unknown() }).strict(),
    result: z.union([z.object({ ok: z.literal(true), written: z.boolean() }).strict(), FileFailure]),
  }),
  mirrorRead: invoke({
    payload: z.object({ id: BoardId }).strict(),
    result: z.union([z.object({ ok: z.literal(true), header: MirrorHeader, board: z.unknown() }).strict(), FileFailure]),
  }),
  mirrorList: invoke({ payload: z.undefined(), result: z.array(MirrorListing).max(10_000) }),
  /** The board left the trash for good. */
  mirrorRemove: invoke({
    payload: z.object({ id: BoardId }).strict(),
    result: z.union([z.object({ ok: z.literal(true) }).strict(), FileFailure]),
  }),
} as const;
