/** Boards near the character limit, built to a size (issue 23: files the app wrote and refused). */
import type { Board, BoardNode } from '../../../shared/model/board';
import { emptyBoard } from '../../../shared/model/board';
import { LIMITS } from '../../../shared/model/limits';

/** `count` notes with `notesChars`-character notes, side by side. */
export function notesBoard(count: number, notesChars: number): Board {
  const board = emptyBoard({ name: 'Big' });
  const notes = 'x'.repeat(notesChars);
  board.nodes = Array.from({ length: count }, (_, i): BoardNode => ({ id: `n${i}`, kind: 'note', label: `Note ${i}`, position: { x: (i % 40) * 300, y: Math.floor(i / 40) * 200 }, notes, data: {} }));
  return board;
}

/**
 * A board whose compact JSON is just under LIMITS.maxChars and whose indented JSON is over
 * it: the kind of board that opened and whose "Save as" was then refused.
 */
export function boardBetweenForms(): Board {
  const count = 1_700;
  const base = JSON.stringify(notesBoard(count, 0)).length;
  const notesChars = Math.floor((LIMITS.maxChars - 2_000 - base) / count);
  return notesBoard(count, notesChars);
}
