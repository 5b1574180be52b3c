/**
 * Board payloads that reach main come from the renderer over IPC: untrusted. They are
 * validated with the same parser as files and written in the one canonical form.
 */
import type { Board } from '../../shared/model/board';
import { LIMITS } from '../../shared/model/limits';
import { parseBoard, parseBoardValue } from '../../shared/model/parse';
import type { Problem } from '../../shared/model/problems';
import { serializeBoard } from '../../shared/model/serialize';
import { FileError } from './errors';

export function boardTextFrom(value: unknown, file: string): string {
  const parsed = parseBoardValue(value);
  if (!parsed.ok) throw new FileError('invalidBoard', file, '', parsed.problems);
  return serializeBoard(parsed.value);
}

export function boardFromText(text: string, file: string): { board: Board; repairs: Problem[] } {
  const parsed = parseBoard(text);
  if (!parsed.ok) throw new FileError('invalidBoard', file, '', parsed.problems);
  return { board: parsed.value, repairs: parsed.repairs };
}

/**
 * Past this many bytes a file cannot be under LIMITS.maxChars (a UTF-16 unit is at most
 * 3 UTF-8 bytes), so it is refused from its size alone, without reading 50 MB into memory.
 */
export const MAX_FILE_BYTES = LIMITS.maxChars * 3;
