/**
 * The parking lot: notes taken off the canvas so ideas that don't fit yet are kept without
 * cluttering the board. Parked notes stay notes (kind `note`) and live in the board file's
 * `parkingLot` field, an app field the format allows (domain.md: readers ignore fields they
 * don't know), so they travel with the board, survive a save and undo like any other edit.
 * Pure: board in, board out.
 */
import type { Board, NoteNode, Point } from '../../shared/model/board';
import { LIMITS } from '../../shared/model/limits';

export const PARKING_LOT_FIELD = 'parkingLot';

/** The field comes from a file like everything else: only well-formed notes count. */
function isNote(value: unknown): value is NoteNode {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  const position = v.position as Record<string, unknown> | undefined;
  return (
    v.kind === 'note' &&
    typeof v.id === 'string' &&
    v.id.length > 0 &&
    typeof v.label === 'string' &&
    v.label.length <= LIMITS.maxLabelChars &&
    !!position &&
    Number.isFinite(position.x) &&
    Number.isFinite(position.y)
  );
}

export function parkedNotes(board: Board): NoteNode[] {
  const field = board[PARKING_LOT_FIELD];
  return Array.isArray(field) ? field.filter(isNote) : [];
}

export function boardNotes(board: Board): NoteNode[] {
  return board.nodes.filter((n): n is NoteNode => n.kind === 'note');
}

/** Take a note off the canvas into the parking lot; other nodes are left untouched. */
export function parkNote(board: Board, noteId: string): Board {
  const note = board.nodes.find((n) => n.id === noteId);
  if (!note || note.kind !== 'note') return board;
  // Remember where it was in board coordinates, so putting it back lands it in the same spot.
  const parent = note.parentId ? board.nodes.find((n) => n.id === note.parentId) : undefined;
  const position = parent
    ? { x: note.position.x + parent.position.x, y: note.position.y + parent.position.y }
    : note.position;
  const parked: NoteNode = { ...note, position };
  delete parked.parentId;
  return {
    ...board,
    nodes: board.nodes.filter((n) => n.id !== noteId),
    // Notes never connect (relations.ts), but a hand-edited file might: drop dangling edges.
    edges: board.edges.filter((e) => e.source !== noteId && e.target !== noteId),
    [PARKING_LOT_FIELD]: [...parkedNotes(board), parked],
  };
}

/** Put a parked note back on the canvas, at `position` or where it was parked from. */
export function unparkNote(board: Board, noteId: string, position?: Point): Board {
  const lot = parkedNotes(board);
  const note = lot.find((n) => n.id === noteId);
  if (!note) return board;
  const taken = new Set(board.nodes.map((n) => n.id));
  let id = note.id;
  for (let i = 2; taken.has(id); i++) id = `${note.id}-${i}`;
  const rest = lot.filter((n) => n.id !== noteId);
  const next: Board = { ...board, nodes: [...board.nodes, { ...note, id, position: position ?? note.position }] };
  if (rest.length) next[PARKING_LOT_FIELD] = rest;
  else delete next[PARKING_LOT_FIELD];
  return next;
}
