/**
 * Every edge that is not selected, drawn in a few plain SVGs under the nodes.
 *
 * Why not React Flow's edges: React Flow gives each edge its own <svg> and three store
 * subscriptions. On a 1,000-node board that is 1,500 positioned layers for Chromium to
 * layerize and hit-test on every frame, and ~4,500 selectors run on every drag, pan and
 * zoom step. The same board with no edges in React Flow dragged at frame p95 16.7 ms
 * instead of 50 (tests/bench, `ab.ts drag`). So React Flow draws only the selected edges
 * (RelationEdge: end handles, lifted above the nodes), and this layer draws the rest, in
 * groups of 64 edges to an <svg>:
 * - each group, and each edge in it, is memoised on its relations and their end rectangles
 *   (stableRects), so a drag step redraws only the edges of the nodes that moved, and
 *   Chromium repaints only their groups;
 * - one click and one key handler for the whole layer select an edge the way React Flow
 *   would (Shift/Ctrl/Cmd adds), and a click on a RACI badge opens the letter's picker;
 * - each edge stays focusable (Tab), with Enter or Space to select it, like React Flow's.
 */
import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { createPortal } from 'react-dom';
import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from 'react-i18next';
import { bounds, edgeEnds, type Rect } from '../../../shared/geometry/geometry';
import type { BoardEdge, BoardNode } from '../../../shared/model/board';
import { placeMarkers, type MarkerSpot } from '../../../shared/routing/markers';
import { PRESENT_MARGIN, presentedHeader, usePresented } from '../../workshop/presentedBoard';
import { useAppStore } from '../../store/store';
import { shifted, useDragPreview, type Offsets } from '../dragPreview';
import { remembered } from '../../platform/remembered';
import { edgeAriaLabel, type Describe } from '../flowModel';
import { routeMidpoint } from '../../../shared/routing/boardRoutes';
import { linePoints, routeLive, useRoutes, type DrawnRoute } from '../routing/routes';
import { EdgeLine, edgeParts, linePath, placeEdge, RaciBadge, raciOf } from './edgeLook';
import { openRaciPicker } from './raciPicker';
import { createStableRects } from './stableRects';

interface StaticEdgeProps {
  edge: BoardEdge;
  from: Rect;
  to: Rect;
  /** Its route round the boxes (routing/routes.ts); straight without one. */
  route?: DrawnRoute;
  /** Where its RACI letter sits, if not at the middle (presenting: a clear spot, markers.ts). */
  marker?: MarkerSpot;
  t: Describe;
}

const StaticEdge = memo(function StaticEdge({ edge, from: source, to: target, route, marker, t }: StaticEdgeProps) {
  const points = linePoints(source, target, route);
  const raci = raciOf(edge);
  return (
    <g
      className="oc-edge"
      data-id={edge.id}
      data-relation={edge.kind}
      role="group"
      tabIndex={0}
      aria-label={edgeAriaLabel(edge, t)}
      aria-roledescription={t('editor.inspector.relation')}
    >
      <EdgeLine kind={edge.kind} points={points} selected={false} />
      <path className="oc-edge__hit" d={linePath(points)} />
      {raci && <RaciBadge raci={raci} at={marker ?? routeMidpoint(points)} foot={marker?.foot} title={t(`raci.${raci}`)} />}
    </g>
  );
});

/*
 * Edges in groups of this many, one <svg> each. Chromium repaints an SVG as a whole when
 * anything in it changes; in groups, a drag step repaints only the groups holding the moved
 * node's edges (one SVG of all 1,500 edges cost 13–17 ms of Paint per step on M).
 */
const GROUP_SIZE = 64;

interface EdgeGroupProps {
  edges: readonly BoardEdge[];
  rects: ReadonlyMap<string, Rect>;
  routes: ReadonlyMap<string, DrawnRoute>;
  /** Presenting, each RACI letter's clear spot; otherwise none (at the middle). */
  markers?: ReadonlyMap<string, MarkerSpot>;
  selected: ReadonlySet<string>;
  /** The nodes a drag is moving: their edges are drawn by DraggedEdges meanwhile. */
  moving: ReadonlySet<string>;
  t: Describe;
}

/*
 * A group renders again only if one of its own edges has an end that moved or resized, a
 * new route, or starts or stops being dragged.
 */
function sameGroup(a: EdgeGroupProps, b: EdgeGroupProps): boolean {
  if (a.edges !== b.edges || a.selected !== b.selected || a.t !== b.t) return false;
  if (a.moving !== b.moving && a.edges.some((e) => touches(e, a.moving) || touches(e, b.moving))) return false;
  if (a.routes !== b.routes && a.edges.some((e) => a.routes.get(e.id) !== b.routes.get(e.id))) return false;
  if (a.markers !== b.markers && a.edges.some((e) => a.markers?.get(e.id) !== b.markers?.get(e.id))) return false;
  if (a.rects === b.rects) return true;
  return a.edges.every((e) => a.rects.get(e.source) === b.rects.get(e.source) && a.rects.get(e.target) === b.rects.get(e.target));
}

const EdgeGroup = memo(function EdgeGroup({ edges, rects, routes, markers, selected, moving, t }: EdgeGroupProps) {
  return (
    <svg className="oc-edge-group">
      {edges.map((edge) => {
        const from = rects.get(edge.source);
        const to = rects.get(edge.target);
        if (!from || !to || selected.has(edge.id) || touches(edge, moving)) return null;
        return <StaticEdge key={edge.id} edge={edge} from={from} to={to} route={routes.get(edge.id)} marker={markers?.get(edge.id)} t={t} />;
      })}
    </svg>
  );
}, sameGroup);

/*
 * While a drag is shown (dragPreview.ts), the lines of the moving nodes, drawn straight
 * (routing waits for the drop: routing/routes.ts), in one small SVG of
 * their own, rendered once when the drag starts; each step then moves them directly
 * (placeEdge). The groups above leave those lines out for the drag, so a step touches a few
 * lines and no React at all. Script per drag step on M (p95): 11–13 ms when each step
 * changed the board, ≈ 6 ms with this SVG re-rendered by React at each step (a render, its
 * passive effects, a scheduler task), 5 ms this way (tests/bench/README.md).
 */
const DraggedEdges = memo(function DraggedEdges({ edges, rects, selected, moving, t }: EdgeGroupProps) {
  const own = useMemo(() => (moving.size ? edges.filter((e) => touches(e, moving) && !selected.has(e.id)) : []), [edges, moving, selected]);
  const svg = useRef<SVGSVGElement>(null);
  // Before the first paint, so the lines never show a step behind their nodes.
  useLayoutEffect(() => {
    const root = svg.current;
    if (!root || !own.length) return;
    const drawn = own.flatMap((edge) => {
      const group = root.querySelector(`[data-id="${CSS.escape(edge.id)}"]`);
      const from = rects.get(edge.source);
      const to = rects.get(edge.target);
      return group && from && to ? [{ edge, parts: edgeParts(group), from, to }] : [];
    });
    const place = ({ offsets }: { offsets: Offsets }) => {
      for (const { edge, parts, from, to } of drawn) {
        const ends = edgeEnds(shifted(from, offsets.get(edge.source)), shifted(to, offsets.get(edge.target)));
        placeEdge(parts, ends.from, ends.to);
      }
    };
    place(useDragPreview.getState());
    return useDragPreview.subscribe(place);
  }, [own, rects]);
  if (!own.length) return null;
  return (
    <svg className="oc-edge-group" ref={svg}>
      {own.map((edge) => {
        const from = rects.get(edge.source);
        const to = rects.get(edge.target);
        return from && to ? <StaticEdge key={edge.id} edge={edge} from={from} to={to} t={t} /> : null;
      })}
    </svg>
  );
});

interface EdgeLayerProps {
  nodes: readonly BoardNode[];
  edges: readonly BoardEdge[];
  selectedEdgeIds: readonly string[];
}

export const EdgeLayer = memo(function EdgeLayer({ nodes, edges, selectedEdgeIds }: EdgeLayerProps) {
  const { t: translate } = useTranslation();
  /*
   * An edge's words (its relation, its RACI letter) come from a few keys: each is translated
   * once per language, not for every line of every render. Three i18next look-ups per line
   * were most of the script of a drag step that redraws a node's lines, and 4,500 look-ups
   * when a 1,000-node board first draws its 1,500 lines.
   */
  const t = useMemo(() => remembered(translate), [translate]);
  const flowStore = useStoreApi();
  // One cache per layer, made once (a state initialiser: no ref read while rendering).
  const [rectsOf] = useState(createStableRects);
  const rects = useMemo(() => rectsOf(nodes), [rectsOf, nodes]);
  const moving = useDragPreview(movingOf);
  const routes = useRoutes(routesOf);
  const routed = useRoutes(doneOf);
  // After the render that shows the board: the worker routes it while the page goes on.
  // While presenting, departments' headers are drawn taller; lines keep clear of all of them.
  const header = usePresented((s) => (s.presented && s.presented.nodes === nodes ? presentedHeader(s.presented.labelPx, s.presented.borderPx) : undefined));
  useEffect(() => routeLive(nodes, edges, header), [nodes, edges, header]);
  const selected = useMemo(() => new Set(selectedEdgeIds), [selectedEdgeIds]);
  const markers = usePresentedMarkers(nodes, edges, rects, routes);
  /*
   * React Flow's own <ViewportPortal> looks its target up with querySelector on every store
   * update (every drag step, through the whole board); the element never changes, so once.
   */
  const domNode = useStore(domNodeOf);
  const host = useMemo(() => domNode?.querySelector('.react-flow__viewport-portal') ?? null, [domNode]);
  const groups = useMemo(() => {
    const result: BoardEdge[][] = [];
    for (let i = 0; i < edges.length; i += GROUP_SIZE) result.push(edges.slice(i, i + GROUP_SIZE));
    return result;
  }, [edges]);

  const select = (edgeId: string, add: boolean) => {
    const store = useAppStore.getState();
    // As React Flow does for its own edges: a plain click selects only this edge.
    store.select(add ? store.selectedNodeIds : [], add ? [...store.selectedEdgeIds, edgeId] : [edgeId]);
    flowStore.setState({ nodesSelectionActive: false });
  };
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const edge = edgeElement(event.target);
    if (!edge) return;
    select(edge.dataset.id!, event.shiftKey || event.ctrlKey || event.metaKey);
    openRaciPicker(event.target as Element, edge.dataset.id!);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const edge = edgeElement(event.target);
    if (!edge || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    const id = edge.dataset.id!;
    select(id, event.shiftKey);
    // The selected edge is now React Flow's; keep the keyboard on it.
    requestAnimationFrame(() => requestAnimationFrame(() => focusEdge(id)));
  };

  if (!host) return null;
  return createPortal(
    <div className="oc-edge-layer" data-routed={routed} onClick={onClick} onKeyDown={onKeyDown}>
      {groups.map((group, i) => (
        <EdgeGroup key={i} edges={group} rects={rects} routes={routes} markers={markers} selected={selected} moving={moving} t={t} />
      ))}
      <DraggedEdges edges={edges} rects={rects} routes={NO_ROUTES} selected={selected} moving={moving} t={t} />
    </div>,
    host,
  );
});

/*
 * Presenting, RACI letters are drawn large (workshop.css: --oc-raci-px), and each sits at a
 * clear spot of its own line (shared/routing/markers.ts): at the middle, the letters of lines
 * side by side fell on one another. Editing keeps them at the middle and pays nothing.
 */
function usePresentedMarkers(
  nodes: readonly BoardNode[],
  edges: readonly BoardEdge[],
  rects: ReadonlyMap<string, Rect>,
  routes: ReadonlyMap<string, DrawnRoute>,
): ReadonlyMap<string, MarkerSpot> | undefined {
  const sizes = usePresented(useShallow(sizesOf));
  return useMemo(() => {
    if (sizes.raciPx === null) return undefined;
    const lines = edges.flatMap((edge) => {
      const from = rects.get(edge.source);
      const to = rects.get(edge.target);
      return from && to ? [{ id: edge.id, points: linePoints(from, to, routes.get(edge.id)), marked: raciOf(edge) !== undefined }] : [];
    });
    const containers = new Set(nodes.flatMap((node) => (node.parentId ? [node.parentId] : [])));
    // Boxes a letter must not cover: every box but a container, and a container's header.
    const header = sizes.labelPx * 1.2 + sizes.borderPx;
    const boxes = nodes.flatMap((node) => {
      const rect = rects.get(node.id);
      return !rect ? [] : containers.has(node.id) ? [{ ...rect, height: header }] : [rect];
    });
    // What the fitted board shows: its boxes and the margin round them (the camera frames
    // them, presentedBoard.ts). A line routed round the outside runs in that margin, and a
    // letter at its middle was cut off by the window's edge.
    const box = bounds(rects.values());
    const margin = (PRESENT_MARGIN * 0.9) / sizes.zoom;
    const frame = box && { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin };
    // The circle (1.1 letters across, workshop.css) and its stroke.
    return placeMarkers(lines, sizes.raciPx * 1.22, boxes, true, frame);
  }, [sizes, nodes, edges, rects, routes]);
}

const sizesOf = (s: { presented: { raciPx: number; labelPx: number; borderPx: number; zoom: number } | null }) => ({
  raciPx: s.presented?.raciPx ?? null,
  zoom: s.presented?.zoom ?? 1,
  labelPx: s.presented?.labelPx ?? 0,
  borderPx: s.presented?.borderPx ?? 0,
});
const domNodeOf = (s: ReactFlowState) => s.domNode;

const movingOf = (s: { moving: ReadonlySet<string> }) => s.moving;
const routesOf = (s: { routes: ReadonlyMap<string, DrawnRoute> }) => s.routes;
const doneOf = (s: { done: boolean }) => s.done;
const NO_ROUTES: ReadonlyMap<string, DrawnRoute> = new Map();
const touches = (edge: BoardEdge, moving: ReadonlySet<string>) => moving.has(edge.source) || moving.has(edge.target);

function edgeElement(target: EventTarget): SVGGElement | null {
  return target instanceof Element ? target.closest<SVGGElement>('.oc-edge') : null;
}

function focusEdge(id: string) {
  document.querySelector<SVGGElement>(`.react-flow__edge[data-id="${CSS.escape(id)}"]`)?.focus();
}
