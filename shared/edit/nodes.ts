/**
 * Creating, changing and deleting nodes: board in, board out. Every function returns the
 * same board object when nothing changed, so the store records no empty undo step.
 */
import type { Board, BoardEdge, BoardNode, NodeOfKind, Point } from '../model/board';
import type { NodeKind, Raci } from '../model/vocabulary';
import { KINDS, type KindType } from '../model/kinds';
import { absoluteRects } from '../geometry/geometry';
import { LIMITS } from '../model/limits';
import { plainText } from '../model/text';
import { growToFit } from './containment';

/** What a palette item creates: a kind, and for typed kinds the type. */
export type NodeTemplate = {
  [K in NodeKind]: [KindType<K>] extends [never] ? { kind: K } : { kind: K; type?: KindType<K> };
}[NodeKind];

/** A new node of the template's kind with its kind's defaults; `label` is already translated. */
export function createNode(template: NodeTemplate, id: string, label: string, position: Point): BoardNode {
  const base = { id, label: edited(label, LIMITS.maxLabelChars), position: { x: Math.round(position.x), y: Math.round(position.y) } };
  const type = 'type' in template ? template.type : undefined;
  // Each kind's `newData` takes its own type; the template pairs them, which TS cannot follow here.
  const newData = KINDS[template.kind].newData as (type: string | undefined) => BoardNode['data'];
  return { ...base, kind: template.kind, data: newData(type) } as BoardNode;
}

export function addNode(board: Board, node: BoardNode): Board {
  const nodes = [...board.nodes, node];
  const next = { ...board, nodes };
  return node.parentId ? growToFit(next, node.parentId) : next;
}

/**
 * Remove nodes and edges. A node takes every edge that touches it along; a department's
 * roles stay on the board where they were (detached, same place on screen), because a
 * facilitator removing a box rarely means to throw away the people in it.
 */
export function deleteElements(board: Board, nodeIds: Iterable<string>, edgeIds: Iterable<string> = []): Board {
  const goneNodes = new Set(nodeIds);
  const goneEdges = new Set(edgeIds);
  const touched = board.nodes.some((n) => goneNodes.has(n.id)) || board.edges.some((e) => goneEdges.has(e.id));
  if (!touched) return board;
  const rects = absoluteRects(board);
  const nodes: BoardNode[] = [];
  for (const node of board.nodes) {
    if (goneNodes.has(node.id)) continue;
    if (node.parentId && goneNodes.has(node.parentId)) {
      const { x, y } = rects.get(node.id)!;
      const { parentId: _drop, ...rest } = node;
      nodes.push({ ...rest, position: { ...node.position, x, y } } as BoardNode);
    } else nodes.push(node);
  }
  const edges = board.edges.filter((e) => !goneEdges.has(e.id) && !goneNodes.has(e.source) && !goneNodes.has(e.target));
  return { ...board, nodes, edges };
}

/** Fields the inspector edits on any node. */
export interface NodePatch {
  label?: string;
  notes?: string;
}

/**
 * Text as an edit stores it: what a board file may hold (issue 23: the app must be able to
 * save and reopen whatever it holds). Invisible bidi and zero-width controls go
 * (model/text.ts), and text past the file format's limit is cut there.
 */
function edited(text: string, max: number): string {
  return plainText(text).slice(0, max);
}

/** Which limit a `data` text field has: a person's name is a label, a KPI free text. */
const DATA_TEXT_LIMITS: ReadonlyMap<string, number> = new Map([
  ['person', LIMITS.maxLabelChars],
  ['kpi', LIMITS.maxTextChars],
]);

/**
 * Change common fields and, typed per kind, `data` fields. Empty optional text is removed;
 * text is stored as `edited` makes it.
 */
export function updateNode<K extends NodeKind>(
  board: Board,
  id: string,
  patch: NodePatch & { data?: Partial<NodeOfKind<K>['data']> },
): Board {
  let changed = false;
  const nodes = board.nodes.map((node): BoardNode => {
    if (node.id !== id) return node;
    const next = { ...node } as BoardNode & { notes?: string };
    const label = patch.label === undefined ? undefined : edited(patch.label, LIMITS.maxLabelChars);
    const notes = patch.notes === undefined ? undefined : edited(patch.notes, LIMITS.maxTextChars);
    if (label !== undefined && label !== node.label) next.label = label;
    if (notes !== undefined && notes !== (node.notes ?? '')) {
      if (notes === '') delete next.notes;
      else next.notes = notes;
    }
    if (patch.data) {
      const data: Record<string, unknown> = { ...node.data };
      for (const [key, given] of Object.entries(patch.data)) {
        const max = DATA_TEXT_LIMITS.get(key);
        const value = typeof given === 'string' && max !== undefined ? edited(given, max) : given;
        // `undefined` or '' removes an optional field (KPI, person, level override).
        if (value === undefined || value === '') delete data[key];
        else data[key] = value;
      }
      (next as { data: unknown }).data = data;
    }
    if (JSON.stringify(next) === JSON.stringify(node)) return node;
    changed = true;
    return next;
  });
  return changed ? { ...board, nodes } : board;
}

export function setRaci(board: Board, edgeId: string, raci: Raci): Board {
  const edge = board.edges.find((e) => e.id === edgeId);
  if (!edge || edge.kind !== 'responsible' || (edge.data?.raci ?? 'R') === raci) return board;
  return { ...board, edges: board.edges.map((e): BoardEdge => (e.id === edgeId ? { ...e, data: { ...e.data, raci } } : e)) };
}

export function setProfile(board: Board, patch: Partial<Board['profile']>): Board {
  const profile = { ...board.profile, ...patch, ...(patch.name !== undefined ? { name: edited(patch.name, LIMITS.maxLabelChars) } : {}) };
  if (JSON.stringify(profile) === JSON.stringify(board.profile)) return board;
  return { ...board, profile };
}

/** Set a node's size (and position, when resized from its top or left edge). */
export function resizeNode(board: Board, id: string, rect: { x: number; y: number; width: number; height: number }): Board {
  const width = Math.round(rect.width);
  const height = Math.round(rect.height);
  const x = Math.round(rect.x);
  const y = Math.round(rect.y);
  let changed = false;
  const nodes = board.nodes.map((node): BoardNode => {
    if (node.id !== id) return node;
    if (node.width === width && node.height === height && node.position.x === x && node.position.y === y) return node;
    changed = true;
    return { ...node, width, height, position: { ...node.position, x, y } };
  });
  return changed ? { ...board, nodes } : board;
}
