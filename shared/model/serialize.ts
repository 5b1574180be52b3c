/** The one way a board becomes file text: stable, indented, newline-terminated UTF-8 JSON. */
import type { Board } from './board';

export function serializeBoard(board: Board): string {
  return `${JSON.stringify(board, null, 2)}\n`;
}
