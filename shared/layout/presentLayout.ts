/**
 * The board as presentation mode draws it: every box at least as large as its label needs,
 * and the boxes moved apart just enough that the grown ones still do not touch (issue 21).
 *
 * Why: presenting sets the labels in type large enough for the back row. In the editor's
 * boxes they were cut ("Accountmanager zake…"); growing a box in place covers its
 * neighbours. So presenting draws a *derived* board, computed here, and never stores it:
 * the document, its undo history and the editor's layout stay as they were.
 *
 * How: along each axis, a monotone map from the board's coordinates to the presented ones
 * (a piecewise shift that only ever adds space). Boxes that share an original coordinate
 * still share it (a row stays a row, a column a column), the order of everything is kept,
 * and a pair of boxes that needs room gets it by pushing everything beyond it. A department
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
 * A pair apart along x whose grown boxes would share rows gets room along x, and likewise
 * along y; a pair apart both ways gets room along the axis that needs the smaller push.
 * Pairs that already overlapped on the board (a note laid over a box) are left as they were.
 */
export function spreadApart(items: readonly Item[], gap = PRESENT_GAP): Map<string, { x: number; y: number }> {
  const xNeeds: { from: number; to: number; room: number }[] = [];
  const yNeeds: { from: number; to: number; room: number }[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [items[i]!, items[j]!];
      // Which of the two comes first along each axis, if they were apart along it.
      const [left, right] = a.x + a.width <= b.x ? [a, b] : b.x + b.width <= a.x ? [b, a] : [];
      const [top, bottom] = a.y + a.height <= b.y ? [a, b] : b.y + b.height <= a.y ? [b, a] : [];
      if (!left && !top) continue;
      const sharesRows = overlaps(a.y, a.y + a.grownHeight + gap, b.y, b.y + b.grownHeight + gap);
      const sharesColumns = overlaps(a.x, a.x + a.grownWidth + gap, b.x, b.x + b.grownWidth + gap);
      const pushX = left && right ? left.x + left.grownWidth + gap - right.x : 0;
      const pushY = top && bottom ? top.y + top.grownHeight + gap - bottom.y : 0;
      const wantX = sharesRows && pushX > 0;
      const wantY = sharesColumns && pushY > 0;
      if (wantX && (!wantY || pushX <= pushY)) xNeeds.push({ from: left!.x, to: right!.x, room: left!.grownWidth + gap });
      else if (wantY) yNeeds.push({ from: top!.y, to: bottom!.y, room: top!.grownHeight + gap });
    }
  }
  const mapX = axisMap(
    items.map((item) => item.x),
    xNeeds,
  );
  const mapY = axisMap(
    items.map((item) => item.y),
    yNeeds,
  );
  return new Map(items.map((item) => [item.id, { x: mapX(item.x), y: mapY(item.y) }]));
}

/**
 * The presented boxes of a board: each box grown to `needs` (never shrunk), containers
 * grown to hold their presented children, and everything spread apart so that no boxes
 * that were apart on the board touch. Positions stay relative to the parent, as on the board.
 */
export function presentLayout(boxes: readonly PresentBox[], needs: ReadonlyMap<string, PresentNeed>, gap = PRESENT_GAP): PresentedBoxes {
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

  /** Lays out the children of `parent` (undefined: the top level); returns their extent. */
  const layOut = (parent: string | undefined, headerGrowth: number): { right: number; bottom: number } => {
    const own = children.get(parent) ?? [];
    const items: Item[] = own.map((box) => {
      const size = sizeOf(box);
      return { id: box.id, x: box.x, y: box.y, width: box.width, height: box.height, grownWidth: size.width, grownHeight: size.height };
    });
    const placed = spreadApart(items, gap);
    let right = 0;
    let bottom = 0;
    for (const item of items) {
      const at = placed.get(item.id)!;
      const y = at.y + headerGrowth;
      result.set(item.id, { x: at.x, y, width: item.grownWidth, height: item.grownHeight });
      right = Math.max(right, at.x + item.grownWidth);
      bottom = Math.max(bottom, y + item.grownHeight);
    }
    return { right, bottom };
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
      // The margins the board gave the container round its children, kept.
      const rightMargin = Math.max(gap, box.width - Math.max(...own.map((c) => c.x + c.width)));
      const bottomMargin = Math.max(gap, box.height - Math.max(...own.map((c) => c.y + c.height)));
      const extent = layOut(box.id, need?.headerGrowth ?? 0);
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
