/**
 * Auto-layout as a kernel: board in, a layout plan (positions and container sizes) out.
 *
 * A tidy board is drawn the way the templates are (bands.ts): departments in rows with their
 * roles inside, teams and external parties at the side, tasks below, objectives under the
 * tasks, notes aside. Which order each band takes, and how wide the rows run, is chosen by
 * trying several (ordering.ts: the board's own order, barycentre sweeps, elkjs's layered
 * order) and keeping the plan whose straight lines cross the fewest boxes, among those that
 * still fit a projector's canvas at a readable zoom. A plan that would cross more boxes than
 * the board did before is never returned (see `layoutBoard`).
 */
// Type-only: elkjs is about 1.6 MB of JavaScript, loaded by layoutBoard when a layout is
// first asked for, so it stays out of the app's start-up bundle (issue 9, start ≤ 500 ms).
import type ELK from 'elkjs/lib/elk.bundled.js';
import type { Board, BoardNode } from '../model/board';
import { absoluteRects, bounds, nodeSize, type Rect } from '../geometry/geometry';
import { countCrossings, overlappingPairs } from '../geometry/crossings';
import { fitZoom } from '../geometry/fit';
import { BAND_GAP, COLUMN_GAP, layBands, type BandOrders, type LayoutPlan } from './bands';
import { downwardOrders, elkOrders, readingOrders, sweep } from './ordering';

export type { LayoutPlan } from './bands';

/**
 * The canvas a layout is judged against: 65 % of a 1280×720 projector window, the share
 * issue 21 asks the editor to give the board, in the window's own proportions.
 */
export const REFERENCE_CANVAS = { width: 1040, height: 576 } as const;
/** The zoom below which labels become hard to read from the back of a room. */
export const READABLE_ZOOM = 0.5;

/** Row widths tried per order (see `widths`). */
const MAX_WIDTHS = 6;
/** From this many boxes on, fewer plans are tried (see `candidatePlans`). */
const LARGE_BOARD = 120;

export interface LayoutScore {
  crossings: number;
  /** The zoom the laid-out board fits `REFERENCE_CANVAS` at. */
  zoom: number;
}

/** The board with a plan applied. Unknown fields of `position` are kept (spread, not rebuilt). */
export function applyLayout(board: Board, plan: LayoutPlan): Board {
  const nodes = board.nodes.map((node): BoardNode => {
    const position = plan.positions.get(node.id);
    const size = plan.sizes.get(node.id);
    if (!position && !size) return node;
    return { ...node, ...(position ? { position: { ...node.position, ...position } } : {}), ...(size ?? {}) };
  });
  return { ...board, nodes };
}

function topLevelBounds(board: Board, rects: Map<string, Rect>): Rect | undefined {
  return bounds(board.nodes.filter((n) => !n.parentId || !rects.has(n.parentId)).map((n) => rects.get(n.id)!));
}

export function scoreBoard(board: Board): LayoutScore {
  const rects = absoluteRects(board);
  const box = topLevelBounds(board, rects);
  return { crossings: countCrossings(board, rects), zoom: box ? fitZoom(box, REFERENCE_CANVAS) : Infinity };
}

/**
 * What a plan costs: first whether the room can read it (a fit at `READABLE_ZOOM` or more,
 * with a little to spare for chrome over the canvas), then its crossings. A room that cannot
 * read the labels gains nothing from a line less.
 */
function cost(score: LayoutScore): number {
  const goal = READABLE_ZOOM + 0.02;
  return score.crossings + (score.zoom < goal ? 1000 + (goal - score.zoom) * 1000 : 0);
}

/** Main-column widths worth trying: from narrow (more rows) to wide (one row a band). */
function widths(board: Board): number[] {
  let area = 0;
  let widest = 0;
  for (const node of board.nodes) {
    if (node.parentId) continue;
    const { width, height } = nodeSize(node);
    area += (width + BAND_GAP) * (height + BAND_GAP);
    widest = Math.max(widest, width);
  }
  const aspect = REFERENCE_CANVAS.width / REFERENCE_CANVAS.height;
  const ideal = Math.sqrt(area * aspect);
  const out = new Set<number>();
  for (const f of [0.6, 0.75, 0.9, 1, 1.1, 1.25, 1.45, 1.7, 2]) out.add(Math.max(widest, Math.round(ideal * f)));
  // And the widths at which one more department, or one more task, just fits on a row.
  for (const kind of ['department', 'task'] as const) {
    let row = -COLUMN_GAP;
    for (const node of board.nodes.filter((n) => n.kind === kind && !n.parentId)) {
      row += COLUMN_GAP + nodeSize(node).width;
      if (row >= widest && row >= ideal * 0.6 && row <= ideal * 2) out.add(Math.round(row));
    }
  }
  // Widths that break the departments and the tasks into the same rows give the same plans.
  const rowsAt = (w: number, kind: string) => {
    let row = -COLUMN_GAP;
    let breaks = '';
    for (const node of board.nodes.filter((n) => n.kind === kind && !n.parentId)) {
      const next = row + COLUMN_GAP + nodeSize(node).width;
      if (row > 0 && next > w) {
        breaks += '|';
        row = nodeSize(node).width;
      } else row = next;
      breaks += '.';
    }
    return breaks;
  };
  const distinct = new Map<string, number>();
  for (const w of [...out].sort((a, b) => a - b)) {
    const key = `${rowsAt(w, 'department')}/${rowsAt(w, 'task')}`;
    if (!distinct.has(key)) distinct.set(key, w);
  }
  // The five nearest the board's own proportions: wider and narrower ones never fit better.
  const near = (w: number) => Math.abs(Math.log(w / ideal));
  return [...distinct.values()].sort((a, b) => near(a) - near(b)).slice(0, MAX_WIDTHS);
}

type Elk = Pick<InstanceType<typeof ELK>, 'layout'>;

let sharedElk: Elk | undefined;

/** Move the plan so the board's top-left stays where it was (the view does not jump away). */
function anchor(board: Board, plan: LayoutPlan): LayoutPlan {
  const before = topLevelBounds(board, absoluteRects(board));
  const after = topLevelBounds(applyLayout(board, plan), absoluteRects(applyLayout(board, plan)));
  if (!before || !after) return plan;
  const dx = Math.round(before.x - after.x);
  const dy = Math.round(before.y - after.y);
  const positions = new Map(plan.positions);
  const isTop = new Set(board.nodes.filter((n) => !n.parentId).map((n) => n.id));
  for (const [id, p] of plan.positions) if (isTop.has(id)) positions.set(id, { x: p.x + dx, y: p.y + dy });
  return { positions, sizes: plan.sizes };
}

/**
 * Every plan worth trying: each order × each width × the side column right or left. Pure and
 * synchronous given the orders; `layoutBoard` adds elkjs's.
 */
export function candidatePlans(board: Board, extraOrders: readonly BandOrders[] = []): LayoutPlan[] {
  return [...planGroups(board, extraOrders)].flat();
}

/** The plans of `candidatePlans`, a group per row width and starting order (see `layoutBoard`). */
function* planGroups(board: Board, extraOrders: readonly BandOrders[]): Generator<LayoutPlan[]> {
  const reading = readingOrders(board);
  const orders: BandOrders[] = [reading, downwardOrders(board, reading), ...extraOrders];
  // Each plan is scored in O(lines × boxes): a large board tries fewer, so the room waits
  // about as long for a tidy of 400 boxes as of 40.
  const thorough = board.nodes.length <= LARGE_BOARD;
  const all = widths(board);
  const tried = thorough ? all : all.slice(0, 2);
  const notes = board.nodes.some((n) => n.kind === 'note' && !n.parentId);
  for (const width of tried) {
    for (const start of orders) {
      const plans: LayoutPlan[] = [];
      const variants = (current: BandOrders): LayoutPlan[] => {
        const made: LayoutPlan[] = [];
        for (const sideLeft of thorough ? [false, true] : [false])
          for (const packed of [false, true])
            for (const notesWithSide of notes ? [false, true] : [false]) made.push(layBands(board, current, { width, sideLeft, packed, notesWithSide }));
        plans.push(...made);
        return made;
      };
      const first = variants(start)[0];
      // Sweeps that may move a box to another row, and sweeps that keep the start's rows;
      // two each: the first pulls tasks under their holders, the second settles the roles.
      for (const keepRows of [false, true]) {
        let current = sweep(board, start, first, keepRows);
        current = sweep(board, current, variants(current)[0], keepRows);
        variants(current);
      }
      yield plans;
    }
  }
}

type Scored = { plan: LayoutPlan; score: LayoutScore; cost: number };

/** `best`, or `plan` where it is better; plans over `ceiling` crossings or with overlaps never are. */
function better(board: Board, best: Scored | undefined, plan: LayoutPlan, ceiling: number): Scored | undefined {
  const laid = applyLayout(board, plan);
  const score = scoreBoard(laid);
  if (score.crossings > ceiling || overlappingPairs(laid).length) return best;
  const c = cost(score);
  return !best || c < best.cost || (c === best.cost && score.zoom > best.score.zoom) ? { plan, score, cost: c } : best;
}

/** Many widths and sweeps give the same plan: a key to score each plan once. */
function planKey(plan: LayoutPlan): string {
  return [...plan.positions].map(([id, p]) => `${id}:${p.x},${p.y}`).join(';');
}

/** The best plan among `plans` by `cost`, with its score; only plans crossing at most `ceiling` boxes. */
export function bestPlan(board: Board, plans: readonly LayoutPlan[], ceiling = Infinity): { plan: LayoutPlan; score: LayoutScore } | undefined {
  let best: Scored | undefined;
  const seen = new Set<string>();
  for (const plan of plans) {
    const key = planKey(plan);
    if (seen.has(key)) continue;
    seen.add(key);
    best = better(board, best, plan, ceiling);
  }
  return best && { plan: best.plan, score: best.score };
}

/**
 * Lay the board out. The plan never crosses more boxes with lines than the board did: when
 * no banded plan manages that, the plan leaves every box where it is (an empty plan).
 *
 * `pause`, when given, is awaited between groups of plans: the canvas passes one that lets a
 * frame through, so a tidy never holds the page for the whole search (a kernel cannot know
 * the page's timers itself).
 */
export async function layoutBoard(board: Board, elk?: Elk, pause?: () => Promise<void>): Promise<LayoutPlan> {
  if (board.nodes.length === 0) return { positions: new Map(), sizes: new Map() };
  const extra: BandOrders[] = [];
  try {
    const engine = elk ?? (sharedElk ??= new (await import('elkjs/lib/elk.bundled.js')).default());
    extra.push(await elkOrders(board, readingOrders(board), engine));
  } catch {
    // elkjs is a help, not a need: without its order the sweeps still give a banded board.
  }
  const ceiling = countCrossings(board);
  let best: Scored | undefined;
  const seen = new Set<string>();
  for (const group of planGroups(board, extra)) {
    for (const plan of group) {
      const key = planKey(plan);
      if (seen.has(key)) continue;
      seen.add(key);
      best = better(board, best, plan, ceiling);
    }
    await pause?.();
  }
  return best ? anchor(board, best.plan) : { positions: new Map(), sizes: new Map() };
}
