/**
 * A node drag, shown without changing the board until the drop (issue 9: a drag step on a
 * 1,000-node board must fit in a frame).
 *
 * React Flow still runs the gesture: the drag threshold, what moves (the node, or the whole
 * selection), snapping and auto-pan. But in a controlled flow every step was a board change:
 * a new node array for React Flow to adopt, and a store update that ran a selector for each
 * of the 1,000 node wrappers, 10–12 ms of script per step, most of the frame. Now a step
 * moves what is on screen directly:
 * - each moving node's wrapper, and everything inside a moving department, gets the step's
 *   offset added to its transform;
 * - this store holds the offsets: the edge layer moves the lines of what moved (its
 *   DraggedEdges), and a selected line, drawn by React Flow, follows its ends.
 * The drop restores the transforms and commits the positions as one board change, which
 * draws the nodes where the offsets had them (one undo step, as before). Autosave counts
 * the board as unsaved while a drag is on (storage/autosave.ts).
 */
import { create } from 'zustand';
import type { BoardNode, Point } from '../../shared/model/board';

export type Offsets = ReadonlyMap<string, Point>;

interface DragPreviewState {
  /** How far each moving node is from its place on the board, in board units. */
  offsets: Offsets;
  /** The moving nodes' ids: the same set for the whole of one drag. */
  moving: ReadonlySet<string>;
}

const NONE: DragPreviewState = { offsets: new Map(), moving: new Set() };

export const useDragPreview = create<DragPreviewState>(() => NONE);

/**
 * Offsets for the nodes React Flow moved (their new positions, relative as on the board) and
 * for everything inside them, which moves with its department. Pure; `children` from
 * `childrenOf`.
 */
export function previewOffsets(nodes: ReadonlyMap<string, BoardNode>, children: ReadonlyMap<string, readonly string[]>, positions: ReadonlyMap<string, Point>): Map<string, Point> {
  const offsets = new Map<string, Point>();
  const follow = (id: string, offset: Point) => {
    if (offsets.has(id)) return;
    offsets.set(id, offset);
    for (const child of children.get(id) ?? []) follow(child, offset);
  };
  for (const [id, position] of positions) {
    const node = nodes.get(id);
    if (node) follow(id, { x: position.x - node.position.x, y: position.y - node.position.y });
  }
  return offsets;
}

export function childrenOf(nodes: readonly BoardNode[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const node of nodes) {
    if (!node.parentId) continue;
    const list = children.get(node.parentId);
    if (list) list.push(node.id);
    else children.set(node.parentId, [node.id]);
  }
  return children;
}

/** A rectangle moved by its node's offset, if it has one. Pure. */
export function shifted<R extends { x: number; y: number }>(rect: R, offset: Point | undefined): R {
  return offset ? { ...rect, x: rect.x + offset.x, y: rect.y + offset.y } : rect;
}

/** The board the drag started from, indexed once per drag, not per step. */
let index: { nodes: readonly BoardNode[]; byId: Map<string, BoardNode>; children: Map<string, string[]> } | undefined;
/** The elements of this drag's nodes (looked up once: a look-up walks the whole board). */
const elements = new Map<string, HTMLElement | null>();
/** Each element this drag moved, with the transform React gave it. */
const written = new Map<HTMLElement, string>();

/**
 * One drag step. `root` is the canvas; `positions` are React Flow's for the nodes it drags.
 */
export function showDragPreview(root: Element, nodes: readonly BoardNode[], positions: ReadonlyMap<string, Point>): void {
  if (index?.nodes !== nodes) index = { nodes, byId: new Map(nodes.map((n) => [n.id, n])), children: childrenOf(nodes) };
  const offsets = previewOffsets(index.byId, index.children, positions);
  for (const [id, offset] of offsets) {
    const element = lookUp(root, id, `.react-flow__node[data-id="${CSS.escape(id)}"]`);
    if (element) move(element, offset);
  }
  // The box around a dragged selection moves with it.
  const selectionBox = lookUp(root, '\0selection', '.react-flow__nodesselection-rect');
  const first = offsets.values().next().value;
  if (selectionBox && first) move(selectionBox, first);
  const before = useDragPreview.getState().moving;
  const same = before.size === offsets.size && [...offsets.keys()].every((id) => before.has(id));
  useDragPreview.setState({ offsets, moving: same ? before : new Set(offsets.keys()) });
}

function lookUp(root: Element, key: string, selector: string): HTMLElement | null {
  if (!elements.has(key)) elements.set(key, root.querySelector<HTMLElement>(selector));
  return elements.get(key)!;
}

function move(element: HTMLElement, offset: Point): void {
  if (!written.has(element)) written.set(element, element.style.transform);
  element.style.transform = `${written.get(element)} translate(${offset.x}px, ${offset.y}px)`;
}

/** The drag is over: the elements get back the transforms React gave them. */
export function endDragPreview(): void {
  if (!written.size && useDragPreview.getState() === NONE) return;
  for (const [element, transform] of written) element.style.transform = transform;
  written.clear();
  elements.clear();
  index = undefined;
  useDragPreview.setState(NONE);
}
