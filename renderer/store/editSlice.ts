/**
 * Editing actions: each is one call of a pure edit (shared/edit) through `changeBoard`,
 * so each is exactly one undo step, and selection follows what the user just made.
 */
import type { StateCreator } from 'zustand';
import {
  align,
  connect,
  reconnect,
  type ReconnectResult,
  deleteElements,
  distribute,
  duplicate,
  idFactory,
  nudge,
  paste,
  reparentDropped,
  setProfile,
  setRaci,
  updateNode,
  addNode,
  createNode,
  type Alignment,
  type Axis,
  type ClipboardPayload,
  type NodePatch,
  type NodeTemplate,
} from '../../shared/edit';
import { applyLayout, type LayoutPlan } from '../../shared/layout/autoLayout';
import type { Board, NodeOfKind, Point } from '../../shared/model/board';
import type { NodeKind, Raci } from '../../shared/model/vocabulary';
import type { RelationChoice, RelationRefusal } from '../../shared/model/relations';
import type { AppState } from './store';

export interface EditSlice {
  /** Create a node at a board position (top-left); selects it and returns its id. */
  addNode: (template: NodeTemplate, label: string, position: Point) => string;
  deleteSelection: () => number;
  connectNodes: (source: string, target: string, choice: RelationChoice) => { ok: true; edgeId: string } | { ok: false; refusal: RelationRefusal | { code: 'missingNode' } };
  /** Move one end of an edge to another node: one undo step, or the refusal and nothing changed. */
  reconnectEdge: (edgeId: string, end: 'source' | 'target', nodeId: string) => ReconnectResult;
  updateNode: <K extends NodeKind>(id: string, patch: NodePatch & { data?: Partial<NodeOfKind<K>['data']> }) => void;
  setRaci: (edgeId: string, raci: Raci) => void;
  setProfile: (patch: Partial<Board['profile']>) => void;
  nudgeSelection: (dx: number, dy: number) => void;
  alignSelection: (alignment: Alignment) => void;
  distributeSelection: (axis: Axis) => void;
  /** Paste as one undo step; the pasted nodes become the selection. */
  pastePayload: (payload: ClipboardPayload, offset: Point) => string[];
  duplicateSelection: () => string[];
  /** A drag ended: adopt or detach roles, grow departments, and close the drag's undo step. */
  dropNodes: (movedIds: string[]) => void;
  /** Apply a finished layout (the renderer animates towards it first). */
  applyLayoutPlan: (plan: LayoutPlan) => void;
  selectAll: () => void;
}

export const createEditSlice: StateCreator<AppState, [], [], EditSlice> = (set, get) => ({
  addNode: (template, label, position) => {
    const id = idFactory(get().board)(template.kind);
    // Created on top of a department, a role joins it at once (same single step).
    get().changeBoard((board) => reparentDropped(addNode(board, createNode(template, id, label, position)), [id]));
    set({ selectedNodeIds: [id], selectedEdgeIds: [] });
    return id;
  },
  deleteSelection: () => {
    const { selectedNodeIds, selectedEdgeIds } = get();
    const count = selectedNodeIds.length + selectedEdgeIds.length;
    if (count === 0) return 0;
    get().changeBoard((board) => deleteElements(board, selectedNodeIds, selectedEdgeIds));
    set({ selectedNodeIds: [], selectedEdgeIds: [] });
    return count;
  },
  connectNodes: (source, target, choice) => {
    const board = get().board;
    const result = connect(board, source, target, choice, idFactory(board)('edge'));
    if (!result.ok) return result;
    get().changeBoard(() => result.board);
    set({ selectedNodeIds: [], selectedEdgeIds: [result.edgeId] });
    return { ok: true, edgeId: result.edgeId };
  },
  reconnectEdge: (edgeId, end, nodeId) => {
    const result = reconnect(get().board, edgeId, end, nodeId);
    if (result.ok && result.board !== get().board) {
      get().changeBoard(() => result.board);
      set({ selectedNodeIds: [], selectedEdgeIds: [edgeId] });
    }
    return result;
  },
  updateNode: (id, patch) => get().changeBoard((board) => updateNode(board, id, patch)),
  setRaci: (edgeId, raci) => get().changeBoard((board) => setRaci(board, edgeId, raci)),
  setProfile: (patch) => get().changeBoard((board) => setProfile(board, patch)),
  // Arrow keys are the keyboard's drag: a role nudged into or out of a department joins or leaves it.
  nudgeSelection: (dx, dy) => get().changeBoard((board) => reparentDropped(nudge(board, get().selectedNodeIds, dx, dy), get().selectedNodeIds)),
  alignSelection: (alignment) => get().changeBoard((board) => align(board, get().selectedNodeIds, alignment)),
  distributeSelection: (axis) => get().changeBoard((board) => distribute(board, get().selectedNodeIds, axis)),
  pastePayload: (payload, offset) => {
    const board = get().board;
    const result = paste(board, payload, idFactory(board), offset);
    get().changeBoard(() => result.board);
    set({ selectedNodeIds: result.nodeIds, selectedEdgeIds: [] });
    return result.nodeIds;
  },
  duplicateSelection: () => {
    const board = get().board;
    const result = duplicate(board, get().selectedNodeIds, idFactory(board));
    get().changeBoard(() => result.board);
    if (result.nodeIds.length) set({ selectedNodeIds: result.nodeIds, selectedEdgeIds: [] });
    return result.nodeIds;
  },
  dropNodes: (movedIds) => {
    // Still inside the drag (history paused), so adopting is part of the drag's one step.
    get().changeBoard((board) => reparentDropped(board, movedIds));
    get().endDrag();
  },
  applyLayoutPlan: (plan) => get().changeBoard((board) => applyLayout(board, plan)),
  selectAll: () => {
    const { board } = get();
    set({ selectedNodeIds: board.nodes.map((n) => n.id), selectedEdgeIds: board.edges.map((e) => e.id) });
  },
});
