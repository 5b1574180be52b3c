/**
 * Limits checked before any parsing work starts. They are far above any real board (a
 * 5,000-node board is about 2 MB and nests 5 levels) and far below what would stall the UI.
 */
import { problem, type Problem } from './problems';

export const LIMITS = {
  /** Characters of JSON text. */
  maxChars: 16 * 1024 * 1024,
  /** Object/array nesting; the format itself needs 4. */
  maxDepth: 32,
  maxNodes: 20_000,
  maxEdges: 60_000,
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
