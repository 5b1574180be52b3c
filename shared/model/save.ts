/**
 * Writing checks what reading checks (issue 23: the app wrote files it then refused to
 * read). Every save — a file, Save as, the desktop mirror, the library in IndexedDB — goes
 * through one of these first, and a board the reader would refuse is not written: the save
 * is refused with the limit it passes, and what was stored before stays as it was.
 */
import type { Board } from './board';
import { LIMITS } from './limits';
import { parseBoardValue } from './parse';
import { problem, type Problem } from './problems';
import { serializeBoard } from './serialize';

export type BoardText = { ok: true; text: string; board: Board } | { ok: false; problems: Problem[] };

/** The board's file text (serializeBoard), or why the board cannot be saved. */
export function boardFileText(value: unknown): BoardText {
  const parsed = parseBoardValue(value);
  if (!parsed.ok) return parsed;
  const text = serializeBoard(parsed.value);
  const tooLarge = savedSizeProblem(text.length);
  return tooLarge ? { ok: false, problems: [tooLarge] } : { ok: true, text, board: parsed.value };
}

/**
 * Why a board stored as compact JSON of `compactChars` characters (the library's form)
 * could not be saved, or none. Its file form is at most that plus the final newline
 * (serializeBoard falls back to compact), so this is the same bound as boardFileText's.
 */
export function storedBoardProblems(value: unknown, compactChars: number): Problem[] {
  const tooLarge = savedSizeProblem(compactChars + 1);
  if (tooLarge) return [tooLarge];
  const parsed = parseBoardValue(value);
  return parsed.ok ? [] : parsed.problems;
}

function savedSizeProblem(chars: number): Problem | undefined {
  return chars > LIMITS.maxChars ? problem('', 'tooLargeToSave', { size: chars, limit: LIMITS.maxChars }) : undefined;
}
