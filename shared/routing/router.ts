/**
 * Lines that find their way round the boxes (issue 21, point 3): node rectangles in, one
 * polyline per edge out, routed by libavoid (the Adaptagrams router behind Inkscape's
 * connectors), which is passed in already loaded (./avoid.ts says why).
 *
 * Orthogonal routing, with every node an obstacle. An edge runs between two points inside
 * its ends, and libavoid lets a line leave any box that holds its own end point: so a line
 * leaves its own boxes and the department a role sits in, but goes round every other box,
 * including the other roles of that department. The route is then cut where it leaves its
 * source box and enters its target box, so it starts and ends on their borders as before.
 * (Polyline routing was tried first: it finds no route at all from a point inside two
 * nested boxes, a role in its department, and falls back to the straight line.)
 *
 * Incremental: the router is kept between calls; `update` moves only the boxes that moved
 * and re-ends only the lines whose ends moved, and libavoid reroutes just the lines those
 * changes touch (moveShape + processTransaction). Unchanged routes keep their array, so a
 * memoised drawing of a line redraws only when its route did change.
 */
import type { Point } from '../model/board';
import { segmentCrossesRect } from '../geometry/crossings';
import { edgeEnds, HEADER_HEIGHT, type Rect } from '../geometry/geometry';
import type { Avoid, AvoidConnRef, AvoidRouter, AvoidShapeRef } from './avoid';
import { clipRoute } from './clip';

export interface RouteNode {
  id: string;
  rect: Rect;
  /** Holds other nodes (a department): a line to it ends in its header band, clear of its roles. */
  container: boolean;
  /**
   * A container's header band height, in board units: HEADER_HEIGHT, unless presenting drew
   * the header taller (its title sized for the room), which lines must keep clear of too.
   */
  header?: number;
}

export interface RouteEdge {
  id: string;
  source: string;
  target: string;
}

export interface RouteInput {
  nodes: readonly RouteNode[];
  edges: readonly RouteEdge[];
}

/** A line's points in board coordinates, border to border; at least two. */
export type Route = readonly Point[];
export type Routes = ReadonlyMap<string, Route>;

export interface EdgeRouter {
  /** Brings the router to this board and gives every routable edge's line. */
  update(input: RouteInput): Routes;
  /** Frees the WASM memory; the router cannot be used afterwards. */
  dispose(): void;
}

/**
 * Boards with more lines than this keep straight lines. libavoid's orthogonal routing (its
 * nudging of lines that share a channel) grows with the square of the lines: in this WASM
 * build, 34 lines take ≈ 0.1 s, 150 lines 2.6 s and a 1,500-line board minutes (tests/bench
 * `routing`). Workshop boards have tens of lines; the routing worker keeps even the limit's
 * seconds off the page.
 */
export const MAX_ROUTED_EDGES = 200;

/** How far a line keeps from a box it passes, in board units. */
export const ROUTE_CLEARANCE = 12;

interface Shape {
  ref: AvoidShapeRef;
  rect: Rect;
}

interface Conn {
  ref: AvoidConnRef;
  from: Point;
  to: Point;
  route: Route;
}

const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
const samePoint = (a: Point, b: Point) => a.x === b.x && a.y === b.y;

function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/**
 * Where a line starts inside `rect` (its end box) when its other end is `other`. A plain
 * box: its centre. A container: its header band, which holds no roles; for a role inside
 * it, straight above the role at the band's bottom edge, as the lines were drawn before.
 */
export function anchorOf(node: RouteNode, other: Rect): Point {
  const { rect } = node;
  const band = bandOf(node);
  if (contains(rect, other)) return { x: other.x + other.width / 2, y: rect.y + band };
  if (node.container) return { x: rect.x + rect.width / 2, y: rect.y + band / 2 };
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/**
 * Whether the straight line the canvas draws between two boxes (shared/geometry `edgeEnds`)
 * passes clear of every box but its ends and the boxes holding them. Such a line is not
 * routed: it stays the shortest, plainest line, and libavoid, which keeps ROUTE_CLEARANCE
 * from every box (its own ends included), would take two roles stacked closer than twice
 * that round the outside of their department. Other containers count whole here, stricter
 * than their header-band obstacle, so a straight line never crosses another department; one
 * holding an end counts by its header band, as for the router.
 */
/** A straight line that skims a box closer than this is routed instead, in board units. */
const STRAIGHT_MARGIN = 4;
const inflate = (r: Rect, by: number): Rect => ({ x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by });

export function straightIsClear(source: Rect, target: Rect, nodes: readonly RouteNode[]): boolean {
  const { from, to } = edgeEnds(source, target);
  for (const node of nodes) {
    const { rect } = node;
    if (rect === source || rect === target) continue;
    // The department holding an end is left through its floor, never across its title.
    const holdsAnEnd = contains(rect, source) || contains(rect, target);
    if (segmentCrossesRect(from, to, inflate(holdsAnEnd ? obstacleOf(node) : rect, STRAIGHT_MARGIN))) return false;
  }
  return true;
}

/*
 * A container's obstacle is its header band only. libavoid's orthogonal router has no
 * boxes inside boxes (Dunnart's clusters are not in libavoid-js): with a department and
 * its roles all as obstacles, it routed lines straight through both. So a line may cross a
 * department's open floor between its roles, but never its title or a box in it.
 */
function obstacleOf(node: RouteNode): Rect {
  return node.container ? { ...node.rect, height: bandOf(node) } : node.rect;
}

/** A container's header band height, within its box. */
function bandOf(node: RouteNode): number {
  return Math.min(node.header ?? HEADER_HEIGHT, node.rect.height);
}

export function createEdgeRouter(avoid: Avoid): EdgeRouter {
  const router: AvoidRouter = new avoid.Router(avoid.OrthogonalRouting);
  router.setRoutingParameter(avoid.shapeBufferDistance, ROUTE_CLEARANCE);
  // Without a cost per bend, orthogonal routes take needless steps (libavoid's own advice).
  router.setRoutingParameter(avoid.segmentPenalty, 50);
  router.setRoutingParameter(avoid.idealNudgingDistance, 8);
  const shapes = new Map<string, Shape>();
  const conns = new Map<string, Conn>();
  /** The straight lines of the last update, kept so an unchanged one keeps its array. */
  const straight = new Map<string, Route>();

  function straightLine(edge: RouteEdge, byId: ReadonlyMap<string, RouteNode>): Route | undefined {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target || edge.source === edge.target) return undefined;
    const { from, to } = edgeEnds(source.rect, target.rect);
    const last = straight.get(edge.id);
    if (last && samePoint(last[0]!, from) && samePoint(last[1]!, to)) return last;
    const line = [from, to];
    straight.set(edge.id, line);
    return line;
  }

  /** A WASM rectangle for `rect`; the caller frees it (libavoid copies it). */
  const polygon = (rect: Rect) => {
    const topLeft = new avoid.Point(rect.x, rect.y);
    const bottomRight = new avoid.Point(rect.x + rect.width, rect.y + rect.height);
    const poly = new avoid.Rectangle(topLeft, bottomRight);
    avoid.destroy(topLeft);
    avoid.destroy(bottomRight);
    return poly;
  };
  const connEnd = (at: Point) => {
    const point = new avoid.Point(at.x, at.y);
    const end = new avoid.ConnEnd(point);
    avoid.destroy(point);
    return end;
  };

  function syncShapes(nodes: readonly RouteNode[]) {
    const seen = new Set<string>();
    for (const node of nodes) {
      const { id } = node;
      const rect = obstacleOf(node);
      seen.add(id);
      const shape = shapes.get(id);
      if (shape && sameRect(shape.rect, rect)) continue;
      const poly = polygon(rect);
      if (shape) {
        router.moveShape(shape.ref, poly);
        shape.rect = rect;
      } else shapes.set(id, { ref: new avoid.ShapeRef(router, poly), rect });
      avoid.destroy(poly);
    }
    for (const [id, shape] of shapes) {
      if (seen.has(id)) continue;
      router.deleteShape(shape.ref);
      shapes.delete(id);
    }
  }


  function syncConns(byId: ReadonlyMap<string, RouteNode>, edges: readonly RouteEdge[]): Set<string> {
    const live = new Set<string>();
    const nodes = [...byId.values()];
    for (const edge of edges) {
      const source = byId.get(edge.source);
      const target = byId.get(edge.target);
      if (!source || !target || edge.source === edge.target) continue;
      if (straightIsClear(source.rect, target.rect, nodes)) continue; // drawn straight, not routed (update)
      live.add(edge.id);
      const from = anchorOf(source, target.rect);
      const to = anchorOf(target, source.rect);
      const conn = conns.get(edge.id);
      if (!conn) {
        const [a, b] = [connEnd(from), connEnd(to)];
        const ref = new avoid.ConnRef(router, a, b);
        avoid.destroy(a);
        avoid.destroy(b);
        conns.set(edge.id, { ref, from, to, route: [] });
        continue;
      }
      if (!samePoint(conn.from, from)) {
        const end = connEnd(from);
        conn.ref.setSourceEndpoint(end);
        avoid.destroy(end);
        conn.from = from;
      }
      if (!samePoint(conn.to, to)) {
        const end = connEnd(to);
        conn.ref.setDestEndpoint(end);
        avoid.destroy(end);
        conn.to = to;
      }
    }
    for (const [id, conn] of conns) {
      if (live.has(id)) continue;
      router.deleteConnector(conn.ref);
      conns.delete(id);
    }
    return live;
  }

  return {
    update({ nodes, edges }) {
      if (edges.length > MAX_ROUTED_EDGES) return new Map();
      const byId = new Map(nodes.map((node) => [node.id, node]));
      syncShapes(nodes);
      syncConns(byId, edges);
      router.processTransaction();
      const routes = new Map<string, Route>();
      for (const edge of edges) {
        const conn = conns.get(edge.id);
        if (!conn) {
          const line = straightLine(edge, byId);
          if (line) routes.set(edge.id, line);
          continue;
        }
        const source = byId.get(edge.source)!.rect;
        const target = byId.get(edge.target)!.rect;
        const raw = readRoute(conn.ref);
        const route = clipRoute(raw, source, target);
        const same = conn.route.length === route.length && conn.route.every((p, i) => samePoint(p, route[i]!));
        if (!same) conn.route = route;
        routes.set(edge.id, conn.route);
      }
      return routes;
    },
    dispose() {
      // The router owns its shapes and connectors and frees them with itself.
      avoid.destroy(router);
      shapes.clear();
      conns.clear();
      straight.clear();
    },
  };
}

function readRoute(conn: AvoidConnRef): Point[] {
  const line = conn.displayRoute();
  const points: Point[] = [];
  for (let i = 0; i < line.size(); i++) {
    const p = line.get_ps(i);
    points.push({ x: p.x, y: p.y });
  }
  return points;
}

/** One board's routes, with a router made and freed for it (exports, tests). */
export function routeOnce(avoid: Avoid, input: RouteInput): Routes {
  const router = createEdgeRouter(avoid);
  try {
    return router.update(input);
  } finally {
    router.dispose();
  }
}
