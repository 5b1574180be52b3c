/**
 * The imported org chart added to the open board, as one change (the store's `changeBoard`
 * makes it one undo step). Pure: it goes through the paste edit (shared/edit), which gives
 * every node and line a fresh id the board does not use and remaps parents and line ends,
 * so an import never collides with what is there. A board with content keeps its name and
 * profile, and the import goes below that content, left-aligned with it, a band's gap
 * apart: nothing is covered. An empty board takes the import's profile (its size from the
 * head count), and the organisation's name when it has none yet.
 */
import { CLIPBOARD_MIME_MARK, paste, type ClipboardPayload } from '../../shared/edit/clipboard';
import { idFactory } from '../../shared/edit/ids';
import { absoluteRects, bounds } from '../../shared/geometry/geometry';
import { BAND_GAP } from '../../shared/layout/bands';
import type { Board, Point } from '../../shared/model/board';

/** Space between the board's content and the imported block: two bands' gaps, so it reads as a new block. */
export const IMPORT_GAP = BAND_GAP * 2;

export function placeImport(board: Board, imported: Board): { board: Board; nodeIds: string[] } {
  const existing = bounds(absoluteRects(board).values());
  const incoming = bounds(absoluteRects(imported).values());
  const offset: Point = existing && incoming ? { x: existing.x - incoming.x, y: existing.y + existing.height + IMPORT_GAP - incoming.y } : { x: 0, y: 0 };
  const payload: ClipboardPayload = { type: CLIPBOARD_MIME_MARK, nodes: imported.nodes, edges: imported.edges };
  const pasted = paste(board, payload, idFactory(board), offset);
  if (board.nodes.length > 0) return { board: pasted.board, nodeIds: pasted.nodeIds };
  const profile = { ...board.profile, size: imported.profile.size, name: board.profile.name || imported.profile.name };
  return { board: { ...pasted.board, profile }, nodeIds: pasted.nodeIds };
}
