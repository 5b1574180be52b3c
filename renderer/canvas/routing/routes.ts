/**
 * The canvas's routed lines (issue 21: lines go round the boxes they do not join). The
 * routing worker (routeWorker.ts) computes them from the board; this module sends it the
 * board after each change and keeps its answer in a store the edge layer draws from.
 *
 * A route is drawn only while its two end boxes are where it was routed for: after a drop,
 * the moved lines are drawn straight (as during the drag) until the worker's new routes
 * arrive, a few frames later. So routing never sits in a drag step or in the drop's frame.
 * Only the latest board is routed: changes that come while the worker is busy are folded
 * into one request.
 */
import { create } from 'zustand';
import { edgeEnds, type Rect } from '../../../shared/geometry/geometry';
import type { BoardEdge, BoardNode, Point } from '../../../shared/model/board';
import { routeInput, type RoutedBoard } from '../../../shared/routing/boardRoutes';
import type { Route, RouteInput, Routes } from '../../../shared/routing/router';
import type { RouteReply, RouteRequest } from './routeMessages';

export interface DrawnRoute {
  points: Route;
  /** The end boxes it was routed for. */
  source: Rect;
  target: Rect;
}

interface RoutesState {
  routes: ReadonlyMap<string, DrawnRoute>;
  /** Every line of the board last sent is routed (the e2e tests wait for it). */
  done: boolean;
}

export const useRoutes = create<RoutesState>(() => ({ routes: new Map(), done: false }));

/*
 * Routing can be switched off for a page (localStorage `orgcanvas.routing` = `off`): the
 * lines are then drawn straight, as before issue 21. The e2e test uses it to show that its
 * check fails without routing.
 */
const switchedOff = () => {
  try {
    return globalThis.localStorage?.getItem('orgcanvas.routing') === 'off';
  } catch {
    return false;
  }
};

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve: (routes: Routes) => void; reject: (error: Error) => void }>();

function ask(kind: RouteRequest['kind'], input: RouteInput): Promise<Routes> {
  if (typeof Worker === 'undefined' || switchedOff()) return Promise.resolve(new Map());
  if (!worker) {
    worker = new Worker(new URL('./routeWorker.ts', import.meta.url), { type: 'module', name: 'orgcanvas-routing' });
    worker.onmessage = ({ data: reply }: MessageEvent<RouteReply>) => {
      const pending = waiting.get(reply.requestId);
      waiting.delete(reply.requestId);
      if (reply.ok) pending?.resolve(new Map(reply.routes));
      else pending?.reject(new Error(reply.detail));
    };
  }
  const requestId = nextId++;
  return new Promise<Routes>((resolve, reject) => {
    waiting.set(requestId, { resolve, reject });
    worker!.postMessage({ requestId, kind, input } satisfies RouteRequest);
  });
}

type Lines = { nodes: readonly BoardNode[]; edges: readonly BoardEdge[]; header?: number };
let latest: Lines | undefined;
let busy = false;
/** The board the store's routes are for, once they are all in. */
let routed: Lines | undefined;

/**
 * The canvas shows `nodes` and `edges` now: route them (later, off the page's thread).
 * `header`: the departments' header band height, when presenting draws it taller.
 */
export function routeLive(nodes: readonly BoardNode[], edges: readonly BoardEdge[], header?: number): void {
  latest = header === undefined ? { nodes, edges } : { nodes, edges, header };
  if (useRoutes.getState().done) useRoutes.setState({ done: false });
  if (!busy) void pump();
}

async function pump() {
  busy = true;
  while (latest) {
    const lines = latest;
    latest = undefined;
    const input = routeInput(lines);
    try {
      adopt(input, await ask('live', input));
      if (!latest) routed = lines;
    } catch (error) {
      // Straight lines are still lines: the board stays usable without the router.
      console.warn('OrgCanvas: routing failed, lines are drawn straight', error);
      routed = undefined;
    }
  }
  busy = false;
  useRoutes.setState({ done: true });
}

const samePoints = (a: Route, b: Route) => a.length === b.length && a.every((p, i) => p.x === b[i]!.x && p.y === b[i]!.y);
export const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** Keeps the object of every route that did not change, so only changed lines redraw. */
function adopt(input: RouteInput, routes: Routes) {
  const before = useRoutes.getState().routes;
  const rects = new Map(input.nodes.map((node) => [node.id, node.rect]));
  const ends = new Map(input.edges.map((edge) => [edge.id, edge]));
  const next = new Map<string, DrawnRoute>();
  let changed = before.size !== routes.size;
  for (const [id, points] of routes) {
    const edge = ends.get(id)!;
    const source = rects.get(edge.source)!;
    const target = rects.get(edge.target)!;
    const old = before.get(id);
    if (old && samePoints(old.points, points) && sameRect(old.source, source) && sameRect(old.target, target)) next.set(id, old);
    else {
      next.set(id, { points, source, target });
      changed = true;
    }
  }
  if (changed) useRoutes.setState({ routes: next });
}

/**
 * The points to draw a line through: its route if it was routed for these end boxes, else
 * straight between them (while a drag is on, and until the worker answers after one).
 */
export function linePoints(source: Rect, target: Rect, route: DrawnRoute | undefined): readonly Point[] {
  if (route && sameRect(route.source, source) && sameRect(route.target, target)) return route.points;
  const { from, to } = edgeEnds(source, target);
  return [from, to];
}

/**
 * The routes of `board` for an export, which must show the lines the canvas shows: the
 * canvas's own when they are for this board, else routed afresh. Straight lines (an empty
 * map) if the router fails, rather than no export.
 */
export async function routesFor(board: RoutedBoard): Promise<Routes> {
  if (routed && routed.nodes === board.nodes && routed.edges === board.edges && !latest && !busy) {
    return new Map([...useRoutes.getState().routes].map(([id, route]) => [id, route.points]));
  }
  try {
    return await ask('once', routeInput(board));
  } catch (error) {
    console.warn('OrgCanvas: routing failed, the export draws straight lines', error);
    return new Map();
  }
}
