/**
 * The board canvas: React Flow drawing the store's board. The store is the source of truth;
 * React Flow's change events are turned into store actions here and nowhere else.
 */
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore,
  type ReactFlowState,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
} from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type MouseEvent as ReactMouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { BoardNode, Point } from '../../shared/model/board';
import type { NodeKind } from '../../shared/model/vocabulary';
import { KIND_STYLES } from '../../shared/theme/theme';
import { GRID, insertNode } from '../commands/builtins';
import { bindCanvasApi } from '../commands/canvasApi';
import { useAppStore } from '../store/store';
import { nodeAtPoint, requestConnection } from './connectGesture';
import { edgeTypes } from './edges/RelationEdge';
import { createFlowEdgeMapper, createFlowNodeMapper, type FlowEdge, type FlowNode } from './flowModel';
import { nodeTypes } from './nodes/nodeTypes';
import { TEMPLATE_MIME, readTemplate } from './paletteDrag';
import { ArrowMarkers } from './edges/ArrowMarkers';
import { EdgeLayer } from './edges/EdgeLayer';
import { openRaciPicker } from './edges/raciPicker';
import { endDragPreview, showDragPreview } from './dragPreview';
import { FIT_MARGIN, START_MAX_ZOOM, beginStartView, fitBoard, notePointerDown, noteViewMoved } from './fitBoard';
import { rememberedMinimap, useWideWindow } from './minimap';
import { usePanLayer } from './usePanLayer';
import { usePresented, usePresentedNodes } from '../workshop/presentedBoard';

const SNAP_GRID: [number, number] = [GRID, GRID];
const PAN_BUTTONS = [1];
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
/*
 * React Flow's MiniMap keeps one subscribed component per node, each run on every store
 * update (every drag, pan and zoom step): 9–17 ms per drag step on a 1,000-node board
 * (tests/bench). Above this many nodes the overview is so dense it shows little anyway,
 * so the canvas leaves it out; ordinary workshop boards keep it.
 */
const MINIMAP_MAX_NODES = 400;
/*
 * Constants, not inline objects: React Flow copies every changed prop into its store, and
 * each store update runs every node's and edge's selectors (≈ 9,500 on a 1,000-node
 * board). An inline `fitViewOptions` was one such update on every drag step.
 */
/*
 * Below this zoom a 22 px label is under 7 px on screen: unreadable, yet painting the text,
 * chips and handles of 1,000 nodes was most of every pan and zoom step (tests/bench). The
 * nodes keep their colours, borders and hint badges; the words come back on zooming in.
 */
const FAR_ZOOM = 0.3;
const isFar = (s: ReactFlowState) => s.transform[2] < FAR_ZOOM;
const FIT_VIEW_OPTIONS = { padding: FIT_MARGIN, maxZoom: START_MAX_ZOOM };
const PRO_OPTIONS = { hideAttribution: true };

export function Canvas() {
  const { t } = useTranslation();
  const { nodes: boardNodes, edges, selectedNodeIds, selectedEdgeIds, snapToGrid, minimap } = useAppStore(
    useShallow((s) => ({
      nodes: s.board.nodes,
      edges: s.board.edges,
      selectedNodeIds: s.selectedNodeIds,
      selectedEdgeIds: s.selectedEdgeIds,
      snapToGrid: s.snapToGrid,
      minimap: s.minimap,
    })),
  );
  // Presenting draws the board with its boxes grown to the large labels and moved apart
  // (workshop/presentedBoard.ts); the lines are routed round those boxes. Never stored.
  const nodes = usePresentedNodes(boardNodes);
  const flow = useReactFlow<FlowNode, FlowEdge>();
  // Fit only a board that has something to fit: on an empty board the first node placed
  // would otherwise make the view jump (and zoom) away from where the user put it.
  const [fitAtStart] = useState(() => useAppStore.getState().board.nodes.length > 0);
  // Before React Flow measures the nodes and fits (after layout): its fit is the first move.
  useLayoutEffect(() => beginStartView(fitAtStart), [fitAtStart]);
  const wrapper = useRef<HTMLDivElement>(null);
  const panLayer = usePanLayer(wrapper);
  useEffect(() => {
    bindCanvasApi({ flow, element: () => wrapper.current });
    return () => bindCanvasApi(null);
  }, [flow]);

  // Rebuilt (all nodes re-created) only when the language changes.
  const toFlowNodes = useMemo(() => createFlowNodeMapper((key) => t(key)), [t]);
  const toFlowEdges = useMemo(() => createFlowEdgeMapper((key) => t(key)), [t]);
  const flowNodes = useMemo(() => toFlowNodes(nodes, new Set(selectedNodeIds)), [toFlowNodes, nodes, selectedNodeIds]);
  // React Flow draws only the selected edges; EdgeLayer draws all the others.
  const flowEdges = useMemo(() => {
    const selected = new Set(selectedEdgeIds);
    return toFlowEdges(
      edges.filter((e) => selected.has(e.id)),
      selected,
    );
  }, [toFlowEdges, edges, selectedEdgeIds]);

  // Zoomed out this far, words are a few pixels tall: the nodes are drawn without them
  // (CSS, nodes.css). One boolean subscription; the canvas re-renders only when it flips.
  const far = useStore(isFar);
  // Off by default in a narrow window, where it caught drags meant for the board (minimap.ts).
  const wide = useWideWindow();
  const showMiniMap = nodes.length <= MINIMAP_MAX_NODES && (minimap ?? wide);
  useEffect(() => {
    const remembered = rememberedMinimap();
    if (remembered !== null) useAppStore.getState().setUi({ minimap: remembered });
  }, []);

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => applyNodeChanges(changes, wrapper.current), []);
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

  const onDrop = useCallback(
    (event: DragEvent) => {
      const template = readTemplate(event.dataTransfer);
      if (!template) return;
      event.preventDefault();
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      // A role dropped on a department joins it in the same step (addNode adopts).
      insertNode(template.template, template.label, at);
    },
    [flow],
  );

  const onContextMenu = useCallback(
    (event: ReactMouseEvent | MouseEvent, nodeId?: string) => {
      event.preventDefault();
      const store = useAppStore.getState();
      if (nodeId && !store.selectedNodeIds.includes(nodeId)) store.select([nodeId], []);
      store.setUi({
        contextMenu: { at: { x: event.clientX, y: event.clientY }, flow: flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }) },
        raciPicker: null,
        connectPicker: null,
      });
    },
    [flow],
  );
  // Stable handlers: React Flow passes the node ones to every node's wrapper, so a new
  // function per render re-rendered all 1,000 wrappers on each drag step (tests/bench).
  const onPaneContextMenu = useCallback((event: ReactMouseEvent | MouseEvent) => onContextMenu(event), [onContextMenu]);
  const onNodeContextMenu = useCallback((event: ReactMouseEvent, node: FlowNode) => onContextMenu(event, node.id), [onContextMenu]);

  return (
    // The skip link's target (chrome/TopBar.tsx): focusable by it, not a Tab stop of its own.
    <div id="oc-canvas" tabIndex={-1} className={far ? 'oc-canvas oc-canvas--far' : 'oc-canvas'} aria-label={t('app.canvas.label')} role="region" ref={wrapper} onPointerDownCapture={notePointerDown}>
      <ReactFlow<FlowNode, FlowEdge>
        nodes={flowNodes}
        edges={flowEdges}
        nodeTypes={nodeTypes}
        // A selected edge above the nodes: its end handles (EdgeEndHandles) sit on node borders.
        elevateEdgesOnSelect
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={beginDrag}
        onNodeDragStop={dropDragged}
        onSelectionDragStart={beginDrag}
        onSelectionDragStop={dropSelection}
        onConnectEnd={onConnectEnd}
        onNodeDoubleClick={renameOnDoubleClick}
        onEdgeClick={onEdgeClick}
        onSelectionEnd={selectEdgesOfSelectedNodes}
        onPaneClick={closePopups}
        onPaneContextMenu={onPaneContextMenu}
        onNodeContextMenu={onNodeContextMenu}
        onSelectionContextMenu={onPaneContextMenu}
        onDragOver={onDragOver}
        onDrop={onDrop}
        onMoveStart={noteViewMoved}
        onMove={panLayer.onMove}
        onMoveEnd={panLayer.onMoveEnd}
        connectionMode={ConnectionMode.Loose}
        connectionRadius={40}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        selectionOnDrag
        panOnDrag={PAN_BUTTONS}
        panActivationKeyCode="Space"
        snapToGrid={snapToGrid}
        snapGrid={SNAP_GRID}
        minZoom={0.1}
        maxZoom={3}
        fitView={fitAtStart}
        fitViewOptions={FIT_VIEW_OPTIONS}
        ariaLabelConfig={ariaLabelConfig}
        proOptions={PRO_OPTIONS}
      >
        <ArrowMarkers />
        <EdgeLayer nodes={nodes} edges={edges} selectedEdgeIds={selectedEdgeIds} />
        <Background variant={BackgroundVariant.Dots} gap={GRID} size={2} color="#c5cad3" />
        {/* Our own fit button: React Flow's would fit the board under the workshop bar. */}
        <Controls position="bottom-right" showInteractive={false} showFitView={false}>
          <ControlButton className="react-flow__controls-fitview" onClick={fitWholeBoard} title={t('app.canvas.fitView')} aria-label={t('app.canvas.fitView')}>
            <FitIcon />
          </ControlButton>
        </Controls>
        {showMiniMap && (
          <MiniMap
            position="top-right"
            pannable
            zoomable
            nodeColor={miniMapNodeColor}
            nodeStrokeColor={miniMapNodeStroke}
            nodeClassName={miniMapNodeClassName}
            nodeStrokeWidth={0}
            maskColor="rgba(17, 20, 24, 0.12)"
          />
        )}
      </ReactFlow>
    </div>
  );
}

/*
 * Module-level on purpose: React Flow's MiniMap hands these to each of its per-node
 * components, so a new function (or a string, which it wraps in a new function on every
 * render) re-renders all of them on every drag step: 2,000 renders per step on a
 * 1,000-node board, measured by tests/bench.
 */
function miniMapNodeColor(node: FlowNode) {
  return KIND_STYLES[node.type as NodeKind]?.accent ?? '#444';
}
function miniMapNodeStroke() {
  return 'none';
}
function miniMapNodeClassName() {
  return '';
}

function fitWholeBoard() {
  fitBoard();
}

/** Four corners, as React Flow's own fit button draws them. */
function FitIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true">
      <path d="M1.5 6V1.5H6M10 1.5h4.5V6M14.5 10v4.5H10M6 14.5H1.5V10" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

function renameOnDoubleClick(_event: ReactMouseEvent, node: FlowNode) {
  useAppStore.getState().setUi({ renamingId: node.id });
}
function dropSelection(_event: ReactMouseEvent, nodes: FlowNode[]) {
  dropDragged(null, null, nodes);
}

function beginDrag() {
  useAppStore.getState().beginDrag();
}

function dropDragged(_event: unknown, _node: unknown, nodes: FlowNode[]) {
  useAppStore.getState().dropNodes(nodes.map((n) => n.id));
}

function closePopups() {
  const ui = useAppStore.getState();
  if (ui.contextMenu || ui.raciPicker || ui.connectPicker || ui.refusal) {
    ui.setUi({ contextMenu: null, raciPicker: null, connectPicker: null, refusal: null });
  }
}

function onDragOver(event: DragEvent) {
  if (!event.dataTransfer.types.includes(TEMPLATE_MIME)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
}

/**
 * A connection gesture ended. Dropping on a handle gives `toNode`; dropping anywhere on a
 * node's body counts too, because aiming at a small dot in front of a room is needlessly hard.
 */
function onConnectEnd(event: MouseEvent | TouchEvent, state: FinalConnectionState) {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  const from = state.fromNode?.id;
  let to = state.toNode?.id;
  if (!to) to = nodeAtPoint(point.clientX, point.clientY, from);
  if (!from || !to) return;
  requestConnection(from, to, { x: point.clientX, y: point.clientY });
}

function onEdgeClick(event: ReactMouseEvent, edge: FlowEdge) {
  openRaciPicker(event.target as Element, edge.id);
}

/*
 * React Flow's selection box selects the edges of the nodes it selects, but it only knows
 * the selected edges (EdgeLayer draws the rest), so the canvas completes the set.
 */
function selectEdgesOfSelectedNodes() {
  const store = useAppStore.getState();
  const nodes = new Set(store.selectedNodeIds);
  if (!nodes.size) return;
  const edges = store.board.edges.filter((e) => nodes.has(e.source) || nodes.has(e.target)).map((e) => e.id);
  store.select(store.selectedNodeIds, edges);
}

function applyNodeChanges(changes: NodeChange<FlowNode>[], canvas: Element | null) {
  const store = useAppStore.getState();
  const positions = new Map<string, Point>();
  const dragged = new Map<string, Point>();
  let selection: Set<string> | undefined;
  for (const change of changes) {
    // A drag step is shown, not stored (dragPreview.ts); its last step, `dragging: false`, is stored.
    if (change.type === 'position' && change.position) (change.dragging && canvas ? dragged : positions).set(change.id, change.position);
    else if (change.type === 'select') {
      selection ??= new Set(store.selectedNodeIds);
      if (change.selected) selection.add(change.id);
      else selection.delete(change.id);
    }
  }
  // While presenting, a node is drawn where the presented layout put it, not where the board
  // has it (workshop/presentedBoard.ts): a drag moves the board's node by as much as the
  // presented one moved, never to its presented place.
  const presented = usePresented.getState().presented?.nodes;
  if (presented) {
    toBoardPlaces(dragged, presented, store.board.nodes);
    toBoardPlaces(positions, presented, store.board.nodes);
  }
  if (dragged.size) showDragPreview(canvas!, store.board.nodes, dragged);
  if (positions.size) {
    endDragPreview();
    store.moveNodes(positions);
  }
  if (selection) store.select([...selection], store.selectedEdgeIds);
}

/** Presented places → board places, by each node's offset between the two (in place). */
function toBoardPlaces(places: Map<string, Point>, presented: readonly BoardNode[], board: readonly BoardNode[]) {
  if (!places.size) return;
  const shown = new Map(presented.map((n) => [n.id, n.position]));
  const stored = new Map(board.map((n) => [n.id, n.position]));
  for (const [id, at] of places) {
    const from = shown.get(id);
    const to = stored.get(id);
    if (from && to) places.set(id, { x: to.x + at.x - from.x, y: to.y + at.y - from.y });
  }
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
