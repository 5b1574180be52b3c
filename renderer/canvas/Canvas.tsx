/**
 * The board canvas: React Flow drawing the store's board. The store is the source of truth;
 * React Flow's change events are turned into store actions here and nowhere else.
 */
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  type NodeChange,
  type EdgeChange,
} from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Point } from '../../shared/model/board';
import type { NodeKind } from '../../shared/model/catalogue';
import { KIND_STYLES } from '../../shared/theme/theme';
import { useAppStore } from '../store/store';
import { edgeTypes } from './edges/RelationEdge';
import { createFlowEdgeMapper, createFlowNodeMapper, type FlowEdge, type FlowNode } from './flowModel';
import { nodeTypes } from './nodes/nodeTypes';

export function Canvas() {
  const { t } = useTranslation();
  const { nodes, edges, selectedNodeIds, selectedEdgeIds } = useAppStore(
    useShallow((s) => ({
      nodes: s.board.nodes,
      edges: s.board.edges,
      selectedNodeIds: s.selectedNodeIds,
      selectedEdgeIds: s.selectedEdgeIds,
    })),
  );
  const toFlowNodes = useMemo(() => createFlowNodeMapper(), []);
  const toFlowEdges = useMemo(() => createFlowEdgeMapper(), []);
  const flowNodes = useMemo(() => toFlowNodes(nodes, new Set(selectedNodeIds)), [toFlowNodes, nodes, selectedNodeIds]);
  const flowEdges = useMemo(() => toFlowEdges(edges, new Set(selectedEdgeIds)), [toFlowEdges, edges, selectedEdgeIds]);

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => applyNodeChanges(changes), []);
  const onEdgesChange = useCallback((changes: EdgeChange<FlowEdge>[]) => applyEdgeChanges(changes), []);
  const ariaLabelConfig = useMemo(
    () => ({
      'controls.zoomIn.ariaLabel': t('app.canvas.zoomIn'),
      'controls.zoomOut.ariaLabel': t('app.canvas.zoomOut'),
      'controls.fitView.ariaLabel': t('app.canvas.fitView'),
      'controls.interactive.ariaLabel': t('app.canvas.lock'),
      'controls.ariaLabel': t('app.canvas.controls'),
      'minimap.ariaLabel': t('app.canvas.minimap'),
    }),
    [t],
  );

  return (
    <div className="oc-canvas" aria-label={t('app.canvas.label')} role="region">
      <ReactFlow<FlowNode, FlowEdge>
        nodes={flowNodes}
        edges={flowEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={beginDrag}
        onNodeDragStop={endDrag}
        onSelectionDragStart={beginDrag}
        onSelectionDragStop={endDrag}
        connectionMode={ConnectionMode.Loose}
        deleteKeyCode={null}
        minZoom={0.1}
        maxZoom={3}
        fitView
        fitViewOptions={{ padding: 0.08 }}
        ariaLabelConfig={ariaLabelConfig}
        proOptions={{ hideAttribution: true }}
      >
        <Background variant={BackgroundVariant.Dots} gap={24} size={2} color="#c5cad3" />
        <Controls position="bottom-right" showInteractive={false} />
        <MiniMap
          position="top-right"
          pannable
          zoomable
          nodeColor={(node) => KIND_STYLES[node.type as NodeKind]?.accent ?? '#444'}
          nodeStrokeWidth={0}
          maskColor="rgba(17, 20, 24, 0.12)"
        />
      </ReactFlow>
    </div>
  );
}

function beginDrag() {
  useAppStore.getState().beginDrag();
}
function endDrag() {
  useAppStore.getState().endDrag();
}

function applyNodeChanges(changes: NodeChange<FlowNode>[]) {
  const store = useAppStore.getState();
  const positions = new Map<string, Point>();
  let selection: Set<string> | undefined;
  for (const change of changes) {
    if (change.type === 'position' && change.position) positions.set(change.id, change.position);
    else if (change.type === 'select') {
      selection ??= new Set(store.selectedNodeIds);
      if (change.selected) selection.add(change.id);
      else selection.delete(change.id);
    }
  }
  if (positions.size) store.moveNodes(positions);
  if (selection) store.select([...selection], store.selectedEdgeIds);
}

function applyEdgeChanges(changes: EdgeChange<FlowEdge>[]) {
  const store = useAppStore.getState();
  let selection: Set<string> | undefined;
  for (const change of changes) {
    if (change.type !== 'select') continue;
    selection ??= new Set(store.selectedEdgeIds);
    if (change.selected) selection.add(change.id);
    else selection.delete(change.id);
  }
  if (selection) store.select(store.selectedNodeIds, [...selection]);
}
