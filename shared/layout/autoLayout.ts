/**
 * Auto-layout as a kernel: board in, a layout plan (positions and department sizes) out.
 * elkjs's layered algorithm does the work; this file only says what a tidy board is:
 * departments with their roles inside, tasks in the layer beside whoever holds them,
 * objectives on the far edge, read left to right like the relation arrows.
 */
// Type-only: elkjs is about 1.6 MB of JavaScript, loaded by layoutBoard when a layout is
// first asked for, so it stays out of the app's start-up bundle (issue 9, start ≤ 500 ms).
import type ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Board, BoardNode, Point } from '../model/board';
import { nodeSize } from '../geometry/geometry';
import { CONTAINER_HEADER, CONTAINER_PADDING } from '../edit/containment';

export interface LayoutPlan {
  /** New position per node (children relative to their department, as stored). */
  positions: Map<string, Point>;
  /** New size per department, so each one wraps its roles after the move. */
  sizes: Map<string, { width: number; height: number }>;
}

const ROOT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  // Edges from roles inside departments must be laid out across the department borders.
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.spacing.nodeNode': '48',
  'elk.layered.spacing.nodeNodeBetweenLayers': '120',
  'elk.spacing.componentComponent': '80',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
};

function layoutNode(node: BoardNode): ElkNode {
  const { width, height } = nodeSize(node);
  const layoutOptions: Record<string, string> = {};
  // Objectives are what the work is for: they close the row on the right.
  if (node.kind === 'objective') layoutOptions['elk.layered.layering.layerConstraint'] = 'LAST';
  return { id: node.id, width, height, layoutOptions };
}

/** The ELK graph for a board (exported for tests). */
export function toElkGraph(board: Board): ElkNode {
  const children = new Map<string, BoardNode[]>();
  for (const node of board.nodes) {
    if (!node.parentId) continue;
    const list = children.get(node.parentId) ?? [];
    list.push(node);
    children.set(node.parentId, list);
  }
  const top: ElkNode[] = board.nodes
    .filter((node) => !node.parentId)
    .map((node) => {
      const inside = children.get(node.id);
      if (node.kind !== 'department') return layoutNode(node);
      const size = nodeSize(node);
      return {
        id: node.id,
        // An empty department keeps its size; one with roles is sized by ELK around them.
        ...(inside?.length ? {} : { width: size.width, height: size.height }),
        layoutOptions: {
          'elk.padding': `[top=${CONTAINER_HEADER},left=${CONTAINER_PADDING},bottom=${CONTAINER_PADDING},right=${CONTAINER_PADDING}]`,
          'elk.nodeSize.constraints': 'MINIMUM_SIZE',
          'elk.nodeSize.minimum': `(${size.width}, 120)`,
          'elk.direction': 'DOWN',
          'elk.spacing.nodeNode': '24',
        },
        children: (inside ?? []).map(layoutNode),
      };
    });
  const ids = new Set(board.nodes.map((n) => n.id));
  const edges: ElkExtendedEdge[] = board.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] }));
  return { id: '__root', layoutOptions: ROOT_OPTIONS, children: top, edges };
}

type Elk = Pick<InstanceType<typeof ELK>, 'layout'>;

let sharedElk: Elk | undefined;

/** Lay the board out. Positions are rounded: a board file should not carry 14 decimals. */
export async function layoutBoard(board: Board, elk?: Elk): Promise<LayoutPlan> {
  const engine = elk ?? (sharedElk ??= new (await import('elkjs/lib/elk.bundled.js')).default());
  const result = await engine.layout(toElkGraph(board));
  const positions = new Map<string, Point>();
  const sizes = new Map<string, { width: number; height: number }>();
  const visit = (nodes: ElkNode[] | undefined) => {
    for (const node of nodes ?? []) {
      positions.set(node.id, { x: Math.round(node.x ?? 0), y: Math.round(node.y ?? 0) });
      if (node.children?.length) sizes.set(node.id, { width: Math.round(node.width ?? 0), height: Math.round(node.height ?? 0) });
      visit(node.children);
    }
  };
  visit(result.children);
  return { positions, sizes };
}

/** Apply a plan to the board (one undo step in the store). */
export function applyLayout(board: Board, plan: LayoutPlan): Board {
  const nodes = board.nodes.map((node): BoardNode => {
    const position = plan.positions.get(node.id);
    const size = plan.sizes.get(node.id);
    if (!position && !size) return node;
    return { ...node, ...(position ? { position: { ...node.position, ...position } } : {}), ...(size ?? {}) };
  });
  return { ...board, nodes };
}
