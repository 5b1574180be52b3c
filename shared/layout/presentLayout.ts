/**
 * The board as presentation mode draws it: every box at least as large as its label needs,
 * and the boxes moved apart just enough that the grown ones still do not touch (issue 21).
 *
 * Why: presenting sets the labels in type large enough for the back row. In the editor's
 * boxes they were cut ("Accountmanager zake…"); growing a box in place covers its
 * neighbours. So presenting draws a *derived* board, computed here, and never stores it:
 * the document, its undo history and the editor's layout stay as they were.
 *
 * How: across, each box is pushed right only as far as the grown boxes to its left in its
 * rows need (a row with room to spare takes its growth in its own gaps: pushing whole
 * columns added every row's growth to the board's width, and the labels came out smaller).
 * Down, a monotone map (a piecewise shift that only adds space), so a row stays a row. The
 * order of everything is kept. A department
 * is laid out first inside (its roles, relative to it), then grows to hold them, and is then
 * one box among the others. Pure: the renderer measures the labels and passes the sizes in.
 */

/** A box of the board: `x`, `y` are relative to the parent, as on the board. */
export interface PresentBox {
  id: string;
  parentId?: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a box needs to show its label, and, for a container, the room its header takes. */
export interface PresentNeed {
  width: number;
  height: number;
  /** A container's children start at least this much further down (a taller header). */
  headerGrowth?: number;
}

export type PresentedBoxes = Map<string, { x: number; y: number; width: number; height: number }>;

/** Room kept between two boxes that were apart on the board, in board units. */
export const PRESENT_GAP = 16;

interface Item {
  id: string;
  x: number;
  y: number;
  /** The board's size, which tells which pairs were apart. */
  width: number;
  height: number;
  /** The size it is drawn at. */
  grownWidth: number;
  grownHeight: number;
}

const overlaps = (a0: number, a1: number, b0: number, b1: number) => a0 < b1 && b0 < a1;

/**
 * The monotone map of one axis: `starts` are the boxes' original coordinates, `needs` say
 * that the coordinate `to` must land at least `room` beyond where `from` lands.
 */
function axisMap(starts: number[], needs: { from: number; to: number; room: number }[]): (value: number) => number {
  const keys = [...new Set(starts)].sort((a, b) => a - b);
  const byTarget = new Map<number, { from: number; room: number }[]>();
  for (const need of needs) byTarget.set(need.to, [...(byTarget.get(need.to) ?? []), need]);
  const mapped = new Map<number, number>();
  let previous: number | undefined;
  for (const key of keys) {
    let at = previous === undefined ? key : mapped.get(previous)! + (key - previous);
    for (const need of byTarget.get(key) ?? []) at = Math.max(at, mapped.get(need.from)! + need.room);
    mapped.set(key, at);
    previous = key;
  }
  return (value) => {
    const exact = mapped.get(value);
    if (exact !== undefined) return exact;
    // Between keys (an edge of a box): shifted as the nearest key below it.
    let below: number | undefined;
    for (const key of keys) if (key <= value) below = key;
    return below === undefined ? value : mapped.get(below)! + (value - below);
  };
}

/**
 * Where each of `items` goes so that no two that were apart touch at their grown sizes.
 *
 * Across, each box moves right only as far as the grown boxes to its left in the same rows
 * (on the board) push it: a row that has room takes up its growth in its own gaps. Down,
 * one monotone map for all (rows stay rows): a box moves down as far as the grown boxes
 * above it, in the columns they now take, push it. Every pair that was apart ends apart:
 * one that shared rows was apart across, and is pushed apart across; any other was apart up
 * and down, and is either apart across now or pushed apart down. Pairs that already overlapped on the board (a note laid over a box) are
 * left as they were. `across` (at most 1) scales the board's own spacing across before the
 * pushes: the spacing the editor's boxes needed is more than grown boxes need beside them.
 * (Pairs are told apart on the board's own coordinates, so scaling them is safe.)
 */
export function spreadApart(items: readonly Item[], gap = PRESENT_GAP, across = 1): Map<string, { x: number; y: number }> {
  const byX = [...items].sort((a, b) => a.x - b.x);
  const xs = new Map<string, number>();
  byX.forEach((item, i) => {
    let x = item.x * across;
    for (let j = 0; j < i; j++) {
      const left = byX[j]!;
      // Rows as on the board: a pair that was apart up and down is dealt with below.
      const sharesRows = overlaps(left.y, left.y + left.height, item.y, item.y + item.height);
      if (left.x + left.width <= item.x && sharesRows) x = Math.max(x, xs.get(left.id)! + left.grownWidth + gap);
    }
    xs.set(item.id, x);
  });
  const yNeeds: { from: number; to: number; room: number }[] = [];
  for (const a of items) {
    for (const b of items) {
      if (a.y + a.height > b.y || a === b) continue; // a above b, apart
      const [ax, bx] = [xs.get(a.id)!, xs.get(b.id)!];
      if (overlaps(ax, ax + a.grownWidth + gap, bx, bx + b.grownWidth + gap) && a.y + a.grownHeight + gap > b.y) yNeeds.push({ from: a.y, to: b.y, room: a.grownHeight + gap });
    }
  }
  const mapY = axisMap(
    items.map((item) => item.y),
    yNeeds,
  );
  return new Map(items.map((item) => [item.id, { x: xs.get(item.id)!, y: mapY(item.y) }]));
}

/**
 * The presented boxes of a board: each box grown to `needs` (never shrunk), containers
 * grown to hold their presented children, and everything spread apart so that no boxes
 * that were apart on the board touch. Positions stay relative to the parent, as on the board.
 * Children of one container keep `inner` apart (presenting: half a gap, since roles side by
 * side need no room for lines between them; their lines leave through the floor).
 */
export function presentLayout(boxes: readonly PresentBox[], needs: ReadonlyMap<string, PresentNeed>, gap = PRESENT_GAP, across = 1, inner = gap): PresentedBoxes {
  const byId = new Map(boxes.map((box) => [box.id, box]));
  const children = new Map<string | undefined, PresentBox[]>();
  for (const box of boxes) {
    // A child of a missing parent is drawn at the top level, as the canvas does.
    const parent = box.parentId && byId.has(box.parentId) ? box.parentId : undefined;
    children.set(parent, [...(children.get(parent) ?? []), box]);
  }
  const result: PresentedBoxes = new Map();
  const sizes = new Map<string, { width: number; height: number }>();
  const visiting = new Set<string>();

  /** Lays out the children of `parent` (undefined: the top level); returns their extent (`left`: the nearest child's). */
  const layOut = (parent: string | undefined, headerGrowth: number): { left: number; right: number; bottom: number } => {
    const own = children.get(parent) ?? [];
    const items: Item[] = own.map((box) => {
      const size = sizeOf(box);
      return { id: box.id, x: box.x, y: box.y, width: box.width, height: box.height, grownWidth: size.width, grownHeight: size.height };
    });
    const placed = spreadApart(items, parent === undefined ? gap : inner, across);
    let left = Infinity;
    let right = 0;
    let bottom = 0;
    for (const item of items) {
      const at = placed.get(item.id)!;
      const y = at.y + headerGrowth;
      result.set(item.id, { x: at.x, y, width: item.grownWidth, height: item.grownHeight });
      left = Math.min(left, at.x);
      right = Math.max(right, at.x + item.grownWidth);
      bottom = Math.max(bottom, y + item.grownHeight);
    }
    return { left, right, bottom };
  };

  /** A box's presented size; for a container, after laying out its children. */
  function sizeOf(box: PresentBox): { width: number; height: number } {
    const known = sizes.get(box.id);
    if (known) return known;
    const need = needs.get(box.id);
    let width = Math.max(box.width, need?.width ?? 0);
    let height = Math.max(box.height, need?.height ?? 0);
    const own = children.get(box.id);
    // A parent cycle is a broken file (the parser refuses it): its boxes are drawn as they are.
    if (own && !visiting.has(box.id)) {
      visiting.add(box.id);
      // Below its children, the margin the board gave the container (lines leave a
      // department through its floor). Right of them, as much as it has on their left, and
      // at least as much as between them: the board's own room there was for more roles, and
      // on a crowded board a full gap inside every department of a row made the row too wide.
      const bottomMargin = Math.max(gap, box.height - Math.max(...own.map((c) => c.y + c.height)));
      const extent = layOut(box.id, need?.headerGrowth ?? 0);
      const rightMargin = Math.max(inner, extent.left);
      width = Math.max(width, extent.right + rightMargin);
      height = Math.max(height, extent.bottom + bottomMargin);
    }
    const size = { width, height };
    sizes.set(box.id, size);
    return size;
  }

  layOut(undefined, 0);
  return result;
}
