/**
 * Orders for the bands (see bands.ts): the board's own reading order, orders improved by
 * barycentre sweeps (each box moved towards the boxes it is linked to, band after band, as
 * a layered layout does), and the order elkjs's layered algorithm finds, which minimises
 * crossings between layers across the department borders.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Board, BoardNode } from '../model/board';
import { absoluteRects, centre, nodeSize } from '../geometry/geometry';
import { bandOf, type BandOrders, type LayoutPlan } from './bands';

/** Boxes whose centres are this close in height read as one row. */
const ROW_TOLERANCE = 80;

function readingSort(ids: string[], at: (id: string) => { x: number; y: number }): string[] {
  return [...ids].sort((a, b) => {
    const pa = at(a);
    const pb = at(b);
    return Math.abs(pa.y - pb.y) > ROW_TOLERANCE ? pa.y - pb.y : pa.x - pb.x;
  });
}

/** The board as it stands: each band left to right, then down, as a person reads it. */
export function readingOrders(board: Board): BandOrders {
  const rects = absoluteRects(board);
  const at = (id: string) => centre(rects.get(id)!);
  const ids = new Set(board.nodes.map((n) => n.id));
  const children = new Map<string, string[]>();
  const top: BoardNode[] = [];
  for (const node of board.nodes) {
    if (node.parentId && ids.has(node.parentId)) children.set(node.parentId, [...(children.get(node.parentId) ?? []), node.id]);
    else top.push(node);
  }
  for (const [id, list] of children) children.set(id, readingSort(list, at));
  const band = (name: ReturnType<typeof bandOf>) =>
    readingSort(
      top.filter((n) => bandOf(n) === name).map((n) => n.id),
      at,
    );
  return { org: band('org'), children, tasks: band('task'), objectives: band('objective'), side: band('side'), notes: band('note') };
}

/**
 * Rows that keep lines short: in the bands with more than one row, the boxes with the fewest
 * lines to the band below come first (the top row), so the many lines from departments to
 * their tasks, and from tasks to objectives, start in the row next to where they go.
 */
export function downwardOrders(board: Board, base: BandOrders): BandOrders {
  const byId = new Map(board.nodes.map((n) => [n.id, n]));
  const parentOf = (id: string) => byId.get(id)?.parentId;
  const down = new Map<string, number>();
  for (const edge of board.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) continue;
    for (const [from, to] of [
      [source, target],
      [target, source],
    ]) {
      if (to.parentId) continue;
      const band = bandOf(to);
      const owner = parentOf(from.id) ?? from.id;
      const fromBand = bandOf(byId.get(owner)!);
      if ((fromBand === 'org' && band === 'task') || (fromBand === 'task' && band === 'objective')) down.set(owner, (down.get(owner) ?? 0) + 1);
    }
  }
  const fewestFirst = (ids: string[]) => ids.map((id, i) => ({ id, i, n: down.get(id) ?? 0 })).sort((a, b) => a.n - b.n || a.i - b.i).map((k) => k.id);
  return { ...base, org: fewestFirst(base.org), tasks: fewestFirst(base.tasks) };
}

/** Centres of every node in a laid-out plan, in board coordinates. */
function planCentres(board: Board, plan: LayoutPlan): Map<string, { x: number; y: number }> {
  const byId = new Map(board.nodes.map((n) => [n.id, n]));
  const out = new Map<string, { x: number; y: number }>();
  for (const node of board.nodes) {
    const p = plan.positions.get(node.id);
    if (!p) continue;
    const parent = node.parentId ? plan.positions.get(node.parentId) : undefined;
    const s = plan.sizes.get(node.id) ?? nodeSize(byId.get(node.id)!);
    out.set(node.id, { x: (parent?.x ?? 0) + p.x + s.width / 2, y: (parent?.y ?? 0) + p.y + s.height / 2 });
  }
  return out;
}

/**
 * One barycentre sweep over a laid-out plan: tasks by where their holders are, objectives by
 * where the tasks serving them are, roles inside a department by where their tasks are, and
 * departments by where the work of their roles lies. Boxes without links keep their place.
 */
export function sweep(board: Board, orders: BandOrders, plan: LayoutPlan, keepRows = false): BandOrders {
  const centres = planCentres(board, plan);
  const parentOf = new Map(board.nodes.map((n) => [n.id, n.parentId]));
  const linked = new Map<string, string[]>();
  for (const edge of board.edges) {
    if (!centres.has(edge.source) || !centres.has(edge.target)) continue;
    linked.set(edge.source, [...(linked.get(edge.source) ?? []), edge.target]);
    linked.set(edge.target, [...(linked.get(edge.target) ?? []), edge.source]);
  }
  const byMean = (ids: string[], of: (id: string) => string[]): string[] => {
    const keyed = ids.map((id, i) => {
      // Lines inside one container say nothing about where it goes in its band.
      const xs = of(id)
        .filter((n) => parentOf.get(n) !== id && n !== parentOf.get(id))
        .map((n) => centres.get(n)!.x);
      return { id, key: xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : centres.get(id)!.x, i };
    });
    return keyed.sort((a, b) => a.key - b.key || a.i - b.i).map((k) => k.id);
  };
  /** `byMean` within each row of the plan, the rows kept as they are (top to bottom). */
  const inRows = (ids: string[], of: (id: string) => string[]): string[] => {
    if (!keepRows) return byMean(ids, of);
    const rows = new Map<number, string[]>();
    for (const id of ids) {
      const y = Math.round(plan.positions.get(id)?.y ?? 0);
      rows.set(y, [...(rows.get(y) ?? []), id]);
    }
    return [...rows.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, row]) => byMean(row, of));
  };
  const own = (id: string) => linked.get(id) ?? [];
  const withChildren = (id: string) => [id, ...(orders.children.get(id) ?? [])].flatMap(own);
  const children = new Map<string, string[]>();
  for (const [id, list] of orders.children) children.set(id, byMean(list, own));
  return {
    org: inRows(orders.org, withChildren),
    children,
    tasks: inRows(orders.tasks, own),
    objectives: inRows(orders.objectives, own),
    side: orders.side,
    notes: orders.notes,
  };
}

type Elk = { layout(graph: ElkNode): Promise<ElkNode> };

/**
 * The orders elkjs's layered algorithm finds for the board drawn top-down (departments with
 * their roles, then tasks, then objectives), read back band by band.
 */
export async function elkOrders(board: Board, base: BandOrders, elk: Elk): Promise<BandOrders> {
  const byId = new Map(board.nodes.map((n) => [n.id, n]));
  const leaf = (id: string, layer?: 'FIRST' | 'LAST'): ElkNode => ({
    id,
    ...nodeSize(byId.get(id)!),
    ...(layer ? { layoutOptions: { 'elk.layered.layering.layerConstraint': layer } } : {}),
  });
  const graph: ElkNode = {
    id: '__root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
      'elk.separateConnectedComponents': 'false',
    },
    children: [
      ...base.org.map((id): ElkNode => {
        const inside = base.children.get(id) ?? [];
        if (!inside.length) return leaf(id);
        return {
          id,
          layoutOptions: { 'elk.direction': 'RIGHT', 'elk.padding': '[top=64,left=20,bottom=24,right=20]' },
          children: inside.map((c) => leaf(c)),
        };
      }),
      ...base.side.map((id) => leaf(id)),
      ...base.tasks.map((id) => leaf(id)),
      ...base.objectives.map((id) => leaf(id, 'LAST')),
    ],
    edges: board.edges
      .filter((e) => byId.has(e.source) && byId.has(e.target) && e.source !== e.target && bandOf(byId.get(e.source)!) !== 'note')
      .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
  const laid = await elk.layout(graph);
  const x = new Map<string, number>();
  for (const node of laid.children ?? []) {
    x.set(node.id, (node.x ?? 0) + (node.width ?? 0) / 2);
    for (const child of node.children ?? []) x.set(child.id, (child.x ?? 0) + (child.width ?? 0) / 2);
  }
  const byX = (ids: string[]) => [...ids].sort((a, b) => (x.get(a) ?? 0) - (x.get(b) ?? 0));
  const children = new Map<string, string[]>();
  for (const [id, list] of base.children) children.set(id, byX(list));
  return { org: byX(base.org), children, tasks: byX(base.tasks), objectives: byX(base.objectives), side: base.side, notes: base.notes };
}
