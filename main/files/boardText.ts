/**
 * Board payloads that reach main come from the renderer over IPC: untrusted. They are
 * validated with the same parser as files and written in the one canonical form.
 */
import type { Board } from '../../shared/model/board';
import { parseBoard } from '../../shared/model/parse';
import type { Problem } from '../../shared/model/problems';
import { boardFileText } from '../../shared/model/save';
import { FileError } from './errors';

/** The file text of a board, checked with the reader's limits first (shared/model/save.ts). */
export function boardTextFrom(value: unknown, file: string): string {
  const checked = boardFileText(value);
  if (!checked.ok) throw new FileError('invalidBoard', file, '', checked.problems);
  return checked.text;
}

export function boardFromText(text: string, file: string): { board: Board; repairs: Problem[] } {
  const parsed = parseBoard(text);
  if (!parsed.ok) throw new FileError('invalidBoard', file, '', parsed.problems);
  return { board: parsed.value, repairs: parsed.repairs };
}
