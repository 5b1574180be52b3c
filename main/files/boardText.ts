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

/**
 * The board as file text. Refused when that text is over LIMITS.maxChars: the parser
 * refuses such a file on reading, so writing it would make a file (or a mirror) the app
 * itself cannot open again.
 */
export function boardTextFrom(value: unknown, file: string): string {
  const parsed = parseBoardValue(value);
  if (!parsed.ok) throw new FileError('invalidBoard', file, '', parsed.problems);
  const text = serializeBoard(parsed.value);
  if (text.length > LIMITS.maxChars) {
    throw new FileError('invalidBoard', file, '', [{ path: '', code: 'tooLarge', params: { size: text.length, limit: LIMITS.maxChars } }]);
  }
  return text;
}

export function boardFromText(text: string, file: string): { board: Board; repairs: Problem[] } {
  const parsed = parseBoard(text);
  if (!parsed.ok) throw new FileError('invalidBoard', file, '', parsed.problems);
  return { board: parsed.value, repairs: parsed.repairs };
}
