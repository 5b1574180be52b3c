/**
 * Fitting the board into view, clear of what floats over or beside the canvas's edges.
 *
 * Why: the workshop bar floats over the canvas's top edge, and in a window as narrow as a
 * 1280×720 projector's it wraps onto two rows in English and three in Dutch (up to 136 px of
 * a 558 px canvas). A fit over the whole canvas put the first row of departments under it,
 * and the last row could end under the legend's button. So every fit (at start, the Fit
 * button, Shift+1, after auto-layout) keeps the board between the elements marked
 * `data-covers-canvas="top"` and those marked `"bottom"`, and, for panels that open over a
 * side (the hint reveal while presenting), `"left"` and `"right"`.
 *
 * The start fit is React Flow's own (`fitView` on the canvas), done as soon as the nodes are
 * measured; the bar and the legend are drawn after the first paint (AfterFirstPaint). When
 * they come in, they ask for the start fit again (`useCoversCanvas`), unless the view has
 * moved meanwhile (the user zoomed, or presenting began) or the user has pressed on the
 * canvas: a view someone chose, or a board someone holds, is never taken from them.
 */
import type { FitViewOptions, Viewport } from '@xyflow/react';
import { useLayoutEffect } from 'react';
import type { Rect } from '../../shared/geometry/geometry';
import { canvasApi } from '../commands/canvasApi';

/** The margin around a fitted board, as React Flow's padding (a share of the canvas). */
export const FIT_MARGIN = 0.08;
/** A fit at start never enlarges a small board beyond 100 %. */
export const START_MAX_ZOOM = 1;
/** Space between the covering chrome and the board, in screen pixels. */
const GAP_BESIDE_CHROME = 12;

type Padding = NonNullable<FitViewOptions['padding']>;
/** The canvas's edges, as `data-covers-canvas` names them. */
export type Edge = 'top' | 'bottom' | 'left' | 'right';
/** How far floating chrome covers the canvas from each edge, in screen pixels. */
export type Covered = { top: number; bottom: number; left?: number; right?: number };

/**
 * React Flow's fit padding that keeps the board clear of what covers a canvas
 * `canvasHeight` pixels tall. Uncovered sides keep the usual margin. A side never takes more
 * than a third of the canvas: in a tiny window (or with the legend open) the board stays
 * visible rather than squeezed to nothing.
 */
export function fitPadding(canvasHeight: number, covered: Covered, margin = FIT_MARGIN, canvasWidth = canvasHeight): Padding {
  const { top, bottom, left = 0, right = 0 } = covered;
  if (top <= 0 && bottom <= 0 && left <= 0 && right <= 0) return margin;
  // React Flow's own reading of a numeric padding (xyflow parsePadding), for these sides too.
  const marginOf = (extent: number) => Math.floor((extent - extent / (1 + margin)) / 2);
  const side = (px: number, extent: number): `${number}px` => `${Math.min(Math.max(marginOf(extent), Math.ceil(px) + GAP_BESIDE_CHROME), Math.floor(extent / 3))}px`;
  const vertical = { top: side(top, canvasHeight), bottom: side(bottom, canvasHeight) };
  // Sides nothing covers keep React Flow's own margin (as a share, exactly as before).
  if (left <= 0 && right <= 0) return { ...vertical, left: margin, right: margin };
  return { ...vertical, left: side(left, canvasWidth), right: side(right, canvasWidth) };
}

/** How far from each of its edges floating chrome covers the canvas. */
export function coveredEdges(canvas: Element): Required<Covered> {
  const box = canvas.getBoundingClientRect();
  const covered = { top: 0, bottom: 0, left: 0, right: 0 };
  for (const chrome of document.querySelectorAll('[data-covers-canvas]')) {
    const r = chrome.getBoundingClientRect();
    const overlaps = r.height > 0 && r.right > box.left && r.left < box.right && r.top < box.bottom && r.bottom > box.top;
    if (!overlaps) continue;
    const edge = chrome.getAttribute('data-covers-canvas');
    if (edge === 'top') covered.top = Math.max(covered.top, r.bottom - box.top);
    else if (edge === 'left') covered.left = Math.max(covered.left, r.right - box.left);
    else if (edge === 'right') covered.right = Math.max(covered.right, box.right - r.left);
    else covered.bottom = Math.max(covered.bottom, box.bottom - r.top);
  }
  return covered;
}

/**
 * The viewport that shows `frame` whole in the part of a `width` × `height` canvas that
 * nothing covers, `margin` screen pixels inside it, centred there: presenting's fit, and
 * each tour step's frame. Pure, so the presented layout can know its zoom before it is drawn.
 */
export function viewportInside(frame: Rect, width: number, height: number, covered: Required<Covered>, margin: number, maxZoom: number): Viewport {
  const usableWidth = Math.max(1, width - covered.left - covered.right - 2 * margin);
  const usableHeight = Math.max(1, height - covered.top - covered.bottom - 2 * margin);
  const zoom = Math.min(maxZoom, usableWidth / Math.max(1, frame.width), usableHeight / Math.max(1, frame.height));
  return {
    zoom,
    x: covered.left + margin + (usableWidth - frame.width * zoom) / 2 - frame.x * zoom,
    y: covered.top + margin + (usableHeight - frame.height * zoom) / 2 - frame.y * zoom,
  };
}

/** Fit the whole board between the covering chrome. */
export function fitBoard(options: { duration?: number; maxZoom?: number } = {}): void {
  const api = canvasApi();
  const canvas = api?.element();
  if (!api || !canvas) return;
  const box = canvas.getBoundingClientRect();
  const padding = fitPadding(box.height, coveredEdges(canvas), FIT_MARGIN, box.width);
  void api.flow.fitView({ ...options, padding });
}

/**
 * Where the start fit stands: no start fit (an empty board), waiting for React Flow's,
 * fitted, or moved since. React Flow reports its own start fit as the first move.
 */
let startView: 'none' | 'waiting' | 'fitted' | 'moved' = 'none';
/** Our own refit is a move too, not one that hands the view to someone else. */
let refitting = false;

/** The canvas mounted: whether React Flow fits this board at start. */
export function beginStartView(fitsAtStart: boolean): void {
  startView = fitsAtStart ? 'waiting' : 'none';
}

/**
 * React Flow's onMoveStart, for every change of the view: the user's wheel or drag, a tour
 * step, a hint's frame, a command. The first is React Flow's start fit.
 */
export function noteViewMoved(): void {
  if (refitting) return;
  if (startView === 'waiting') startView = 'fitted';
  else if (startView === 'fitted') startView = 'moved';
}

/**
 * A press on the canvas: the user's hands are on the board, so the view stays as it is. (A
 * refit during a press moved the board from under the pointer: the bench's first drag, made
 * before the panels came in, grabbed the node next to the one it aimed at.)
 */
export function notePointerDown(): void {
  if (startView === 'waiting' || startView === 'fitted') startView = 'moved';
}

/**
 * Chrome covering the canvas came in: do the start fit again, clear of it, unless the view
 * has moved since. (The bar comes back after presenting, too; by then the view is the
 * facilitator's.) Before React Flow's own start fit, this one takes its place.
 */
function refitAfterChrome(): void {
  if (startView !== 'waiting' && startView !== 'fitted') return;
  refitting = true;
  try {
    // Without an animation the view changes at once, within this call.
    fitBoard({ maxZoom: START_MAX_ZOOM });
  } finally {
    refitting = false;
  }
}

/**
 * For chrome that floats over an edge of the canvas (spread the result on its element): the
 * mark that makes every fit keep the board clear of it, and, as such chrome is drawn after
 * the first paint, the start fit redone when it comes in, before that frame is painted.
 */
export function useCoversCanvas<E extends Edge>(edge: E): { 'data-covers-canvas': E } {
  useLayoutEffect(refitAfterChrome, []);
  return { 'data-covers-canvas': edge };
}
