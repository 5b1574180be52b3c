/**
 * The one way a board becomes file text: stable, indented, newline-terminated UTF-8 JSON.
 * Indentation adds a third or more to a board's size, and the reader refuses text past
 * LIMITS.maxChars; a board whose indented text would pass it is written compact instead, so
 * that every board whose compact text fits is written in a form that opens again (issue 23:
 * a 16.78 M-character board opened, and its "Save as" of 16.86 M did not).
 */
import type { Board } from './board';
import { LIMITS } from './limits';

export function serializeBoard(board: Board): string {
  const indented = `${JSON.stringify(board, null, 2)}\n`;
  return indented.length <= LIMITS.maxChars ? indented : `${JSON.stringify(board)}\n`;
}
