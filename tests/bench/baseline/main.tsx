/// <reference types="vite/client" />
/**
 * The bench's baseline (issue 9): stock React Flow with default nodes, controlled the way
 * its docs show (useNodesState / useEdgesState), drawing the same board the app is timed on.
 * Our figures are divided by this page's, measured in the same run, so machine noise cancels.
 */
import '@xyflow/react/dist/style.css';
import { MiniMap, ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import { createRoot } from 'react-dom/client';
import type { Board } from '../../../shared/model/board';
import { nodeSize } from '../../../shared/geometry/geometry';

const hook = (window as { __ORGCANVAS_BENCH__?: { board?: Board } }).__ORGCANVAS_BENCH__;
const board = hook?.board;
if (!board) throw new Error('The baseline page needs window.__ORGCANVAS_BENCH__.board');

// Parents first, as React Flow requires; same ids, positions, sizes and parents as the app.
const ordered = [...board.nodes.filter((n) => n.kind === 'department'), ...board.nodes.filter((n) => n.kind !== 'department')];
const initialNodes: Node[] = ordered.map((n) => ({
  id: n.id,
  position: n.position,
  parentId: n.parentId,
  data: { label: n.label },
  ...nodeSize(n),
}));
const initialEdges: Edge[] = board.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));

/** `?minimap` adds React Flow's MiniMap: only to measure what a minimap costs (README). */
const withMiniMap = new URLSearchParams(location.search).has('minimap');

function Baseline() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  return (
    <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} minZoom={0.1} maxZoom={3} fitView fitViewOptions={{ padding: 0.08 }}>
      {withMiniMap && <MiniMap />}
    </ReactFlow>
  );
}

createRoot(document.getElementById('root')!).render(<Baseline />);
