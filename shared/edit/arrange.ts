/** Align, distribute and nudge: the arrange tools people know from draw.io. */
import type { Board, BoardNode, Point } from '../model/board';
import { absoluteRects, bounds, type Rect } from '../geometry/geometry';

export type Alignment = 'left' | 'centre' | 'right' | 'top' | 'middle' | 'bottom';
export type Axis = 'horizontal' | 'vertical';

/** Move nodes by absolute deltas; a child moves within its parent's coordinates. */
function shiftNodes(board: Board, deltas: ReadonlyMap<string, Point>): Board {
  let changed = false;
  const nodes = board.nodes.map((node): BoardNode => {
    const d = deltas.get(node.id);
    if (!d || (d.x === 0 && d.y === 0)) return node;
    changed = true;
    return { ...node, position: { ...node.position, x: node.position.x + d.x, y: node.position.y + d.y } };
  });
  return changed ? { ...board, nodes } : board;
}

/**
 * Only the top of each selected family moves: a role selected together with its
 * department moves with the department, not twice.
 */
function movable(board: Board, ids: Iterable<string>): string[] {
  const set = new Set(ids);
  return board.nodes.filter((n) => set.has(n.id) && !(n.parentId && set.has(n.parentId))).map((n) => n.id);
}

export function nudge(board: Board, ids: Iterable<string>, dx: number, dy: number): Board {
  return shiftNodes(board, new Map(movable(board, ids).map((id) => [id, { x: dx, y: dy }])));
}

export function align(board: Board, ids: Iterable<string>, alignment: Alignment): Board {
  const list = movable(board, ids);
  if (list.length < 2) return board;
  const rects = absoluteRects(board);
  const box = bounds(list.map((id) => rects.get(id)!))!;
  const deltas = new Map<string, Point>();
  for (const id of list) {
    const r = rects.get(id)!;
    const d = { x: 0, y: 0 };
    if (alignment === 'left') d.x = box.x - r.x;
    if (alignment === 'right') d.x = box.x + box.width - (r.x + r.width);
    if (alignment === 'centre') d.x = box.x + box.width / 2 - (r.x + r.width / 2);
    if (alignment === 'top') d.y = box.y - r.y;
    if (alignment === 'bottom') d.y = box.y + box.height - (r.y + r.height);
    if (alignment === 'middle') d.y = box.y + box.height / 2 - (r.y + r.height / 2);
    deltas.set(id, { x: Math.round(d.x), y: Math.round(d.y) });
  }
  return shiftNodes(board, deltas);
}

/** Equal gaps between neighbours along the axis; the outermost two stay put. */
export function distribute(board: Board, ids: Iterable<string>, axis: Axis): Board {
  const list = movable(board, ids);
  if (list.length < 3) return board;
  const rects = absoluteRects(board);
  const start = (r: Rect) => (axis === 'horizontal' ? r.x : r.y);
  const length = (r: Rect) => (axis === 'horizontal' ? r.width : r.height);
  const sorted = list.map((id) => ({ id, r: rects.get(id)! })).sort((a, b) => start(a.r) - start(b.r));
  const first = sorted[0].r;
  const last = sorted[sorted.length - 1].r;
  const span = start(last) + length(last) - start(first);
  const occupied = sorted.reduce((sum, s) => sum + length(s.r), 0);
  const gap = (span - occupied) / (sorted.length - 1);
  const deltas = new Map<string, Point>();
  let cursor = start(first);
  for (const { id, r } of sorted) {
    const delta = Math.round(cursor - start(r));
    deltas.set(id, axis === 'horizontal' ? { x: delta, y: 0 } : { x: 0, y: delta });
    cursor += length(r) + gap;
  }
  return shiftNodes(board, deltas);
}

/** Round a point to the grid; the canvas snaps drops and new nodes with it. */
export function snapPoint(point: Point, grid: number): Point {
  return { x: Math.round(point.x / grid) * grid, y: Math.round(point.y / grid) * grid };
}
