/**
 * The part of libavoid-js (the Adaptagrams connector router, LGPL-2.1, a separate WASM
 * module) that the router uses, typed here because the package's own typings declare
 * `any` for most of it. shared/ never loads the module: the renderer loads it from a Vite
 * asset URL, Node from the file in node_modules, and each passes the loaded module in
 * (`createEdgeRouter`). So this file holds only types.
 */

/** A WASM object: freed with `Avoid.destroy`, unless the router owns it. */
export interface AvoidPoint {
  x: number;
  y: number;
}

export interface AvoidPolyLine {
  size(): number;
  get_ps(index: number): AvoidPoint;
}

export type AvoidPolygon = object;
export type AvoidConnEnd = object;

export interface AvoidShapeRef {
  id(): number;
}

export interface AvoidConnRef {
  id(): number;
  displayRoute(): AvoidPolyLine;
  setSourceEndpoint(end: AvoidConnEnd): void;
  setDestEndpoint(end: AvoidConnEnd): void;
  setRoutingType(type: number): void;
}

export interface AvoidRouter {
  processTransaction(): boolean;
  moveShape(shape: AvoidShapeRef, polygon: AvoidPolygon): void;
  deleteShape(shape: AvoidShapeRef): void;
  deleteConnector(conn: AvoidConnRef): void;
  setRoutingParameter(parameter: number, value: number): void;
  setRoutingOption(option: number, value: boolean): void;
}

/** The loaded module (`AvoidLib.getInstance()`), as far as the router uses it. */
export interface Avoid {
  OrthogonalRouting: number;
  PolyLineRouting: number;
  ConnType_Orthogonal: number;
  shapeBufferDistance: number;
  segmentPenalty: number;
  idealNudgingDistance: number;
  nudgeOrthogonalSegmentsConnectedToShapes: number;
  Router: new (flags: number) => AvoidRouter;
  Point: new (x: number, y: number) => AvoidPoint;
  Rectangle: new (topLeft: AvoidPoint, bottomRight: AvoidPoint) => AvoidPolygon;
  ShapeRef: new (router: AvoidRouter, polygon: AvoidPolygon) => AvoidShapeRef;
  ConnEnd: new (point: AvoidPoint) => AvoidConnEnd;
  ConnRef: new (router: AvoidRouter, source: AvoidConnEnd, target: AvoidConnEnd) => AvoidConnRef;
  destroy(object: object): void;
}
