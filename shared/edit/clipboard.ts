/**
 * Copy and paste, also between boards (and between two OrgCanvas windows through the
 * system clipboard). The payload is a small board-shaped JSON document, so pasting runs
 * it through the same parser as opening a file: text from the clipboard is untrusted.
 */
import type { Board, BoardEdge, BoardNode, Point } from '../model/board';
import { BOARD_FORMAT, BOARD_VERSION } from '../model/board';
import { parseBoardValue } from '../model/parse';
import { problem, type Problem } from '../model/problems';
import { absoluteRects } from '../geometry/geometry';
import { growToFit } from './containment';
import type { IdFactory } from './ids';

export const CLIPBOARD_MIME_MARK = 'orgcanvas-clipboard';

export interface ClipboardPayload {
  type: typeof CLIPBOARD_MIME_MARK;
  nodes: BoardNode[];
  edges: BoardEdge[];
}

/**
 * The selection as a payload: selected nodes, the roles inside selected departments, and
 * edges whose both ends are copied (plus selected edges between copied nodes). A role
 * copied without its department is stored at its absolute position.
 */
export function copySelection(board: Board, nodeIds: Iterable<string>): ClipboardPayload | undefined {
  const ids = new Set(nodeIds);
  for (const node of board.nodes) if (node.parentId && ids.has(node.parentId)) ids.add(node.id);
  if (ids.size === 0) return undefined;
  const rects = absoluteRects(board);
  const nodes = board.nodes
    .filter((n) => ids.has(n.id))
    .map((node): BoardNode => {
      if (!node.parentId || ids.has(node.parentId)) return node;
      const { parentId: _outside, ...rest } = node;
      const r = rects.get(node.id)!;
      return { ...rest, position: { ...node.position, x: r.x, y: r.y } } as BoardNode;
    });
  const edges = board.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return { type: CLIPBOARD_MIME_MARK, nodes, edges };
}

export function serializeClipboard(payload: ClipboardPayload): string {
  return JSON.stringify(payload);
}

/** Clipboard text → payload, or the problems that make it not one (e.g. plain text). */
export function parseClipboard(text: string): { ok: true; payload: ClipboardPayload } | { ok: false; problems: Problem[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: [problem('', 'notJson', { detail: 'clipboard' })] };
  }
  if (!raw || typeof raw !== 'object' || (raw as { type?: unknown }).type !== CLIPBOARD_MIME_MARK) {
    return { ok: false, problems: [problem('', 'notOrgcanvas', { found: 'clipboard text' })] };
  }
  const { nodes, edges } = raw as { nodes?: unknown; edges?: unknown };
  const parsed = parseBoardValue({
    format: BOARD_FORMAT,
    version: BOARD_VERSION,
    profile: { name: '', size: 'medium', market: 'both', culture: 'hierarchical' },
    nodes,
    edges,
  });
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  return { ok: true, payload: { type: CLIPBOARD_MIME_MARK, nodes: parsed.value.nodes, edges: parsed.value.edges } };
}

/**
 * Paste: every node and edge gets a fresh id (so pasting twice, or into the board it came
 * from, never clashes), parents and edge ends are remapped, and top-level nodes are
 * shifted by `offset`. Returns the new board and the ids of the pasted nodes.
 */
export function paste(board: Board, payload: ClipboardPayload, newId: IdFactory, offset: Point): { board: Board; nodeIds: string[]; edgeIds: string[] } {
  if (payload.nodes.length === 0) return { board, nodeIds: [], edgeIds: [] };
  const idMap = new Map<string, string>();
  for (const node of payload.nodes) idMap.set(node.id, newId(node.kind));
  const nodes = payload.nodes.map((node): BoardNode => {
    const id = idMap.get(node.id)!;
    const parentId = node.parentId ? idMap.get(node.parentId) : undefined;
    const { parentId: _old, ...rest } = node;
    if (parentId) return { ...rest, id, parentId } as BoardNode;
    return { ...rest, id, position: { ...node.position, x: node.position.x + offset.x, y: node.position.y + offset.y } } as BoardNode;
  });
  const edges = payload.edges
    .filter((e) => idMap.has(e.source) && idMap.has(e.target))
    .map((edge): BoardEdge => ({ ...edge, id: newId('edge'), source: idMap.get(edge.source)!, target: idMap.get(edge.target)! }));
  let next: Board = { ...board, nodes: [...board.nodes, ...nodes], edges: [...board.edges, ...edges] };
  for (const node of nodes) if (node.kind === 'department') next = growToFit(next, node.id);
  return { board: next, nodeIds: nodes.map((n) => n.id), edgeIds: edges.map((e) => e.id) };
}

/** Duplicate = copy + paste in one step, offset so the copy is visibly a copy. */
export function duplicate(board: Board, nodeIds: Iterable<string>, newId: IdFactory, offset: Point = { x: 40, y: 40 }) {
  const payload = copySelection(board, nodeIds);
  if (!payload) return { board, nodeIds: [] as string[], edgeIds: [] as string[] };
  return paste(board, payload, newId, offset);
}
