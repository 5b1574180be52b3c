/**
 * The limits of a board, checked when one is read (parse.ts, before any parsing work where
 * they can be) and before one is written (save.ts): one set, so the app writes nothing it
 * would refuse to read. They are far above any real board (a workshop board holds tens to
 * hundreds of nodes; a 5,000-node board is about 2 MB and nests 5 levels). The counts are
 * what the canvas handles well (issue 23: 20,000 nodes, or 10,000 relations on one task,
 * were allowed and froze the window for about 10 s on open); see the README's Reliability.
 */
import { problem, type Problem } from './problems';

export const LIMITS = {
  /** Characters of JSON text. */
  maxChars: 16 * 1024 * 1024,
  /** Object/array nesting; the format itself needs 4. */
  maxDepth: 32,
  /** The bench's L board (5,000 nodes, 7,500 relations) opens in under a second. */
  maxNodes: 5_000,
  maxEdges: 10_000,
  /** Relations that start or end at one node: one task held by every role of a large board. */
  maxEdgesPerNode: 2_500,
  maxLabelChars: 500,
  maxTextChars: 10_000,
  /** Coordinates beyond this are a damaged file, not a big board. */
  maxCoordinate: 10_000_000,
} as const;

/**
 * Past this many bytes a file cannot be under LIMITS.maxChars (a UTF-16 unit is at most
 * 3 UTF-8 bytes), so it is refused from its size alone, without reading it into memory.
 */
export const MAX_FILE_BYTES = LIMITS.maxChars * 3;

/** The refusal of a file from its size on disk: it names the board's limit, in characters. */
export function fileSizeProblem(bytes: number): Problem {
  return problem('', 'fileTooLarge', { size: bytes, limit: LIMITS.maxChars });
}

/** Keys that could reach an object's prototype if someone later merges parsed data. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The limits of an org-chart import (shared/orgImport). A file is refused from its size
 * before it is read or decoded: an HR export of 4,000 people with twenty columns is about
 * 2 MB as CSV and well under 1 MB as XLSX, so 10 MiB leaves room for wide exports and still
 * keeps a mistaken 50 MB dump from being parsed. The rows must fit a board together with
 * their departments (LIMITS.maxNodes); 4,000 people leave 1,000 nodes for departments.
 */
export const IMPORT_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  maxRows: 4_000,
} as const;
