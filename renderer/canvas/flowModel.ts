/**
 * Board → React Flow. React Flow re-renders a node when its object changes, so this keeps
 * one flow object per board node and hands back the same object while neither the board
 * node nor its selection changed: a drag re-renders only what moved.
 */
import type { Edge, Node } from '@xyflow/react';
import type { BoardEdge, BoardNode } from '../../shared/model/board';
import type { NodeKind } from '../../shared/model/vocabulary';
import { nodeSize } from '../../shared/geometry/geometry';

/** Node `data` is the board node itself: serialisable domain data only. */
export type FlowNode<K extends NodeKind = NodeKind> = Node<Extract<BoardNode, { kind: K }> & Record<string, unknown>, K>;
export type FlowEdge = Edge<{ relation: BoardEdge } & Record<string, unknown>, 'relation'>;

interface NodeCacheEntry {
  source: BoardNode;
  selected: boolean;
  flow: FlowNode;
}


/** Words for assistive technology, in the current language (the mapper is rebuilt when it changes). */
export type Describe = (key: string) => string;

export function createFlowNodeMapper(describe: Describe = (key) => key) {
  let cache = new Map<string, NodeCacheEntry>();
  return function toFlowNodes(nodes: readonly BoardNode[], selected: ReadonlySet<string>): FlowNode[] {
    const next = new Map<string, NodeCacheEntry>();
    // React Flow needs a parent before its children in the array.
    const ordered = [...nodes.filter((n) => n.kind === 'department'), ...nodes.filter((n) => n.kind !== 'department')];
    const result = ordered.map((node) => {
      const isSelected = selected.has(node.id);
      const hit = cache.get(node.id);
      const entry =
        hit && hit.source === node && hit.selected === isSelected
          ? hit
          : { source: node, selected: isSelected, flow: toFlowNode(node, isSelected, describe) };
      next.set(node.id, entry);
      return entry.flow;
    });
    cache = next;
    return result;
  };
}

function toFlowNode(node: BoardNode, selected: boolean, describe: Describe): FlowNode {
  const { width, height } = nodeSize(node);
  return {
    id: node.id,
    type: node.kind,
    position: node.position,
    parentId: node.parentId,
    data: node as FlowNode['data'],
    width,
    height,
    /*
     * The size React Flow would measure (the wrapper is given exactly width × height).
     * Without it a re-created flow node counts as unmeasured: React Flow re-observes its
     * element, the ResizeObserver answers, and that is one more store update (≈ 9,500
     * selectors on a 1,000-node board) on every drag step of that node.
     */
    measured: { width, height },
    selected,
    // Departments sit under everything else so their roles and the edges stay clickable.
    zIndex: node.kind === 'department' ? 0 : 1,
    ariaLabel: node.label,
    // Screen readers announce "Role, Anna" instead of React Flow's generic "node".
    domAttributes: { 'data-kind': node.kind, 'aria-roledescription': describe(`kinds.${node.kind}`) } as FlowNode['domAttributes'],
  };
}

/** "Responsible (A)", "Leads": what assistive technology announces for an edge. */
export function edgeAriaLabel(edge: BoardEdge, describe: Describe): string {
  const relation = describe(`relations.${edge.kind}`);
  return edge.kind === 'responsible' ? `${relation} (${edge.data?.raci ?? 'R'})` : relation;
}

export function createFlowEdgeMapper(describe: Describe = (key) => key) {
  let cache = new Map<string, { source: BoardEdge; selected: boolean; flow: FlowEdge }>();
  return function toFlowEdges(edges: readonly BoardEdge[], selected: ReadonlySet<string>): FlowEdge[] {
    const next = new Map<string, { source: BoardEdge; selected: boolean; flow: FlowEdge }>();
    const result = edges.map((edge) => {
      const isSelected = selected.has(edge.id);
      const hit = cache.get(edge.id);
      const entry =
        hit && hit.source === edge && hit.selected === isSelected
          ? hit
          : {
              source: edge,
              selected: isSelected,
              flow: {
                id: edge.id,
                type: 'relation' as const,
                source: edge.source,
                target: edge.target,
                selected: isSelected,
                data: { relation: edge },
                // The same class as EdgeLayer's edges: one selector finds an edge on either layer.
                className: 'oc-edge',
                ariaLabel: edgeAriaLabel(edge, describe),
                domAttributes: { 'data-relation': edge.kind, 'aria-roledescription': describe('editor.inspector.relation') } as FlowEdge['domAttributes'],
              },
            };
      next.set(edge.id, entry);
      return entry.flow;
    });
    cache = next;
    return result;
  };
}
