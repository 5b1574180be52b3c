/**
 * How a relation looks on the canvas, in one place for both ways an edge is drawn: the
 * selected edges React Flow draws (RelationEdge) and all the others, drawn by EdgeLayer.
 * The same stroke, arrowhead and RACI badge either way, so selecting an edge changes only
 * what selection means (a thicker line, end handles), nothing else.
 */
import type { CSSProperties } from 'react';
import type { BoardEdge } from '../../../shared/model/board';
import type { Raci } from '../../../shared/model/vocabulary';
import { RACI_COLOURS, RELATION_STYLES, TYPE } from '../../../shared/theme/theme';
import { arrowMarkerUrl } from './ArrowMarkers';

type Point = { x: number; y: number };

export const straightPath = (from: Point, to: Point): string => `M ${from.x},${from.y}L ${to.x},${to.y}`;

/** A routed line (renderer/canvas/routing) as an SVG path: straight segments between its points. */
export const linePath = (points: readonly Point[]): string => points.map((p, i) => `${i ? 'L' : 'M'} ${p.x},${p.y}`).join('');

export const midpoint = (from: Point, to: Point): Point => ({ x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 });

export function edgeStrokeStyle(kind: BoardEdge['kind'], selected: boolean): CSSProperties {
  const style = RELATION_STYLES[kind];
  return { stroke: style.colour, strokeWidth: selected ? style.width + 3 : style.width, strokeDasharray: style.dash || undefined };
}

/** A relation's line through `points`, with its arrowhead if it has a direction: the same on both layers. */
export function EdgeLine({ kind, points, selected }: { kind: BoardEdge['kind']; points: readonly Point[]; selected: boolean }) {
  return <path className="oc-edge__line" d={linePath(points)} markerEnd={arrowMarkerUrl(kind)} style={edgeStrokeStyle(kind, selected)} />;
}

/** The RACI letter of a `responsible` edge, or none for other relations. */
export const raciOf = (edge: BoardEdge): Raci | undefined => (edge.kind === 'responsible' ? (edge.data?.raci ?? 'R') : undefined);

/**
 * The letter in a circle at the line's middle (presenting: at a clear spot, maybe beside the
 * line with a leader to it, `foot`); drawn in SVG so a thousand edges add no HTML.
 * Placed by coordinates, not a `transform`, which would add a paint property per badge for
 * Chromium to layerize on every frame (a thousand on a large board).
 */
export function RaciBadge({ raci, at, foot, title }: { raci: Raci; at: Point; foot?: Point; title: string }) {
  return (
    <g className="oc-raci" data-raci={raci} aria-label={title}>
      <title>{title}</title>
      {/* Set beside its line (presenting, shared/routing/markers.ts): a leader to it, under the circle. */}
      {foot && <line className="oc-raci__leader" x1={foot.x} y1={foot.y} x2={at.x} y2={at.y} stroke={RACI_COLOURS[raci]} strokeWidth={3} />}
      <circle cx={at.x} cy={at.y} r={15} fill="#ffffff" stroke={RACI_COLOURS[raci]} strokeWidth={3} />
      <text className="oc-raci__letter" x={at.x} y={at.y} textAnchor="middle" dominantBaseline="central" fontSize={TYPE.edgeLabel} fontWeight={700} fill={RACI_COLOURS[raci]}>
        {raci}
      </text>
    </g>
  );
}

/** The elements of a drawn line whose attributes depend on its ends (see placeEdge). */
export interface EdgeParts {
  paths: readonly SVGPathElement[];
  circle: SVGCircleElement | null;
  letter: SVGTextElement | null;
}

export function edgeParts(group: Element): EdgeParts {
  return {
    paths: [...group.querySelectorAll<SVGPathElement>('path.oc-edge__line, path.oc-edge__hit')],
    circle: group.querySelector<SVGCircleElement>('.oc-raci circle'),
    letter: group.querySelector<SVGTextElement>('.oc-raci text'),
  };
}

/**
 * Moves a drawn line to new ends without React, for the steps of a drag (EdgeLayer's
 * DraggedEdges): it sets exactly the attributes that depend on the ends in the elements
 * EdgeLine, RaciBadge and the layer's hit line render, so the drop, rendered by React,
 * draws the line where the drag left it.
 */
export function placeEdge({ paths, circle, letter }: EdgeParts, from: Point, to: Point): void {
  const d = straightPath(from, to);
  for (const path of paths) path.setAttribute('d', d);
  const at = midpoint(from, to);
  circle?.setAttribute('cx', String(at.x));
  circle?.setAttribute('cy', String(at.y));
  letter?.setAttribute('x', String(at.x));
  letter?.setAttribute('y', String(at.y));
}
