/**
 * The band layout the templates and the demo are drawn in (shared/templates/README.md):
 *
 *   departments (roles inside, in a grid) in rows    | teams, external parties
 *   tasks in rows below them                          | notes
 *   objectives under the tasks                        |
 *
 * This file only places boxes, given the order of each band (which `ordering.ts` works out);
 * autoLayout.ts tries several orders and widths and keeps the one that draws best.
 */
import type { Board, BoardNode, Point } from '../model/board';
import { nodeSize } from '../geometry/geometry';

export interface LayoutPlan {
  /** New position per node (children relative to their container, as stored). */
  positions: Map<string, Point>;
  /** New size per container, so each one wraps its children after the move. */
  sizes: Map<string, { width: number; height: number }>;
}

/** The order of each band, and of the children inside each container. */
export interface BandOrders {
  /** Departments and roles outside every department, in reading order. */
  org: string[];
  /** Per container, its children in reading order (left to right, then down). */
  children: Map<string, string[]>;
  tasks: string[];
  objectives: string[];
  /** Teams and external parties, top to bottom. */
  side: string[];
  notes: string[];
}

export interface BandOptions {
  /** Width of the main column (departments, tasks, objectives), in board units. */
  width: number;
  /** Teams, externals and notes left of the main column instead of right of it. */
  sideLeft?: boolean;
  /**
   * Tasks and objectives packed side by side, rather than each under what it is linked to:
   * narrower rows, so a larger fit, at the price of slanting lines.
   */
  packed?: boolean;
  /** Notes in the side column under the teams and externals, rather than beside the tasks. */
  notesWithSide?: boolean;
}

/** The template convention: roles 20 from the department's side, 64 from its top (below the header). */
export const INSET = { left: 20, top: 64, right: 20, bottom: 24 } as const;
/** Between roles inside a department. */
export const CHILD_GAP = 20;
/** Between boxes side by side in a row: room for the lines that run down between them. */
export const COLUMN_GAP = 40;
/** Between rows of one band. */
export const ROW_GAP = 40;
/** Between bands, and between the main column and the side column: room for RACI markers. */
export const BAND_GAP = 72;

/** Which band a top-level node goes in. Children of a container always stay inside it. */
export type Band = 'org' | 'task' | 'objective' | 'side' | 'note';

export function bandOf(node: BoardNode): Band {
  switch (node.kind) {
    case 'department':
    case 'role':
      return 'org';
    case 'task':
      return 'task';
    case 'objective':
      return 'objective';
    case 'team':
    case 'external':
      return 'side';
    case 'note':
      return 'note';
  }
}

/** Columns of the grid of `count` children: one row up to three, then as square as it gets. */
export function gridColumns(count: number): number {
  return count <= 3 ? count : Math.ceil(Math.sqrt(count));
}

type Size = { width: number; height: number };

/** A container's children in a grid (positions relative to it), and the size that wraps them. */
function layContainer(node: BoardNode, children: readonly BoardNode[], positions: Map<string, Point>): Size {
  if (children.length === 0) return nodeSize(node);
  const columns = gridColumns(children.length);
  const rows = Math.ceil(children.length / columns);
  const cell = { width: 0, height: 0 };
  for (const child of children) {
    const size = nodeSize(child);
    cell.width = Math.max(cell.width, size.width);
    cell.height = Math.max(cell.height, size.height);
  }
  children.forEach((child, i) => {
    const column = i % columns;
    const row = Math.floor(i / columns);
    positions.set(child.id, { x: INSET.left + column * (cell.width + CHILD_GAP), y: INSET.top + row * (cell.height + CHILD_GAP) });
  });
  return {
    // Never narrower than a new department, so its name keeps the room it was drawn with.
    width: Math.max(nodeSize({ ...node, width: undefined }).width, INSET.left + columns * cell.width + (columns - 1) * CHILD_GAP + INSET.right),
    height: INSET.top + rows * cell.height + (rows - 1) * CHILD_GAP + INSET.bottom,
  };
}

/** Greedy rows no wider than `width` (at least one box a row). */
function wrapRows(ids: readonly string[], sizes: ReadonlyMap<string, Size>, width: number): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let used = 0;
  for (const id of ids) {
    const w = sizes.get(id)!.width;
    if (row.length && used + COLUMN_GAP + w > width) {
      rows.push(row);
      row = [];
      used = 0;
    }
    used += (row.length ? COLUMN_GAP : 0) + w;
    row.push(id);
  }
  if (row.length) rows.push(row);
  return rows;
}

/**
 * Lefts for a row of boxes in the given order, each as near its wished-for centre as the
 * order and the row's width allow (a box with no wish packs after the one before it).
 */
function placeRow(ids: readonly string[], sizes: ReadonlyMap<string, Size>, wish: (id: string) => number | undefined, width: number): number[] {
  const widths = ids.map((id) => sizes.get(id)!.width);
  const tail: number[] = new Array(ids.length).fill(0);
  for (let i = ids.length - 2; i >= 0; i--) tail[i] = tail[i + 1] + widths[i + 1] + COLUMN_GAP;
  const lefts: number[] = [];
  let next = 0;
  ids.forEach((id, i) => {
    const centre = wish(id);
    const wanted = centre === undefined ? next : centre - widths[i] / 2;
    const latest = Math.max(next, width - tail[i] - widths[i]);
    const left = Math.min(Math.max(wanted, next), latest);
    lefts.push(left);
    next = left + widths[i] + COLUMN_GAP;
  });
  return lefts;
}

/** Lay the board out in bands, in the given orders. Positions are whole numbers. */
export function layBands(board: Board, orders: BandOrders, options: BandOptions): LayoutPlan {
  const byId = new Map(board.nodes.map((n) => [n.id, n]));
  const positions = new Map<string, Point>();
  const sizes = new Map<string, Size>();
  const size = new Map<string, Size>();
  for (const id of [...orders.org, ...orders.tasks, ...orders.objectives, ...orders.side, ...orders.notes]) {
    const node = byId.get(id)!;
    const children = (orders.children.get(id) ?? []).map((c) => byId.get(c)!);
    const wrapped = layContainer(node, children, positions);
    size.set(id, wrapped);
    if (children.length) sizes.set(id, wrapped);
  }
  const width = Math.max(options.width, ...[...orders.org, ...orders.tasks, ...orders.objectives].map((id) => size.get(id)!.width));
  /** Absolute centres of what is placed so far, for the next band's wishes. */
  const centres = new Map<string, Point>();
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
  // A line to a role is a line to a place in its department: both pull on the far end.
  for (const edge of board.edges) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  const meanOf = (id: string, axis: 'x' | 'y'): number | undefined => {
    const around = [id, ...(orders.children.get(id) ?? [])].flatMap((n) => neighbours.get(n) ?? []);
    const placed = around.map((n) => centres.get(n)).filter((p): p is Point => p !== undefined);
    return placed.length ? placed.reduce((sum, p) => sum + p[axis], 0) / placed.length : undefined;
  };
  const place = (id: string, x: number, y: number) => {
    positions.set(id, { x, y });
    const s = size.get(id)!;
    centres.set(id, { x: x + s.width / 2, y: y + s.height / 2 });
    for (const child of orders.children.get(id) ?? []) {
      const at = positions.get(child)!;
      const cs = nodeSize(byId.get(child)!);
      centres.set(child, { x: x + at.x + cs.width / 2, y: y + at.y + cs.height / 2 });
    }
  };

  /** One band of rows from `top`; returns its bottom (or `top` when the band is empty). */
  const layBand = (ids: readonly string[], top: number, wishes: boolean): number => {
    let y = top;
    for (const row of wrapRows(ids, size, width)) {
      const lefts = placeRow(row, size, (id) => (wishes ? meanOf(id, 'x') : undefined), width);
      row.forEach((id, i) => place(id, lefts[i], y));
      y += Math.max(...row.map((id) => size.get(id)!.height)) + ROW_GAP;
    }
    return y === top ? top : y - ROW_GAP;
  };
  const rightOf = (ids: readonly string[]) => Math.max(0, ...ids.map((id) => positions.get(id)!.x + size.get(id)!.width));
  const columnWidth = (ids: readonly string[]) => Math.max(0, ...ids.map((id) => size.get(id)!.width));

  const orgBottom = layBand(orders.org, 0, false);
  // Teams and external parties beside the departments, each near the rows it is linked to.
  const column = options.notesWithSide ? [...orders.side, ...orders.notes] : orders.side;
  const sideWidth = columnWidth(column);
  const sideX = options.sideLeft ? -(BAND_GAP + sideWidth) : rightOf(orders.org) + (orders.org.length ? BAND_GAP : 0);
  // What the column still holds below each box, so a wish never pushes it past the departments.
  const below: number[] = column.map(() => 0);
  for (let i = column.length - 2; i >= 0; i--) below[i] = below[i + 1] + ROW_GAP + size.get(column[i + 1])!.height;
  let y = 0;
  for (const [i, id] of column.entries()) {
    const height = size.get(id)!.height;
    const wish = orders.side.includes(id) ? meanOf(id, 'y') : undefined;
    const top = wish === undefined ? y : Math.max(y, Math.min(wish - height / 2, orgBottom - height - below[i]));
    place(id, sideX, top);
    y = top + height + ROW_GAP;
  }
  const sideBottom = column.length ? y - ROW_GAP : 0;
  // The bands below run under the side column only once it has ended.
  const sideInTheWay = !options.sideLeft && column.length > 0 && sideX < width;
  const lowerTop = Math.max(orders.org.length ? orgBottom + BAND_GAP : 0, sideInTheWay ? sideBottom + BAND_GAP : 0);
  const taskBottom = layBand(orders.tasks, lowerTop, !options.packed);
  const objectiveTop = orders.tasks.length ? taskBottom + BAND_GAP : lowerTop;
  layBand(orders.objectives, objectiveTop, !options.packed);

  // Otherwise notes aside, right of the tasks and objectives (of the departments on a board
  // without them), and clear of the side column where it reaches down that far.
  if (!options.notesWithSide) {
    const lower = [...orders.tasks, ...orders.objectives];
    const notesTop = lower.length ? lowerTop : 0;
    const sideBeside = !options.sideLeft && column.length > 0 && sideBottom > notesTop;
    const notesX = Math.max(lower.length ? rightOf(lower) : rightOf(orders.org), sideBeside ? sideX + sideWidth : 0) + BAND_GAP;
    y = notesTop;
    for (const id of orders.notes) {
      place(id, notesX, y);
      y += size.get(id)!.height + ROW_GAP;
    }
  }

  const rounded = new Map<string, Point>();
  for (const [id, p] of positions) rounded.set(id, { x: Math.round(p.x), y: Math.round(p.y) });
  const roundedSizes = new Map<string, Size>();
  for (const [id, s] of sizes) roundedSizes.set(id, { width: Math.ceil(s.width), height: Math.ceil(s.height) });
  return { positions: rounded, sizes: roundedSizes };
}
