/**
 * Fitting the board into view, below what floats over the top of the canvas.
 *
 * Why: the workshop bar floats over the canvas's top edge, and in a window as narrow as a
 * 1280×720 projector's it wraps onto two rows in English and three in Dutch (up to 136 px of
 * a 558 px canvas). A fit over the whole canvas put the first row of departments under it,
 * and the last row could end under the legend's button. So every fit (at start, the Fit
 * button, Shift+1, after auto-layout) keeps the board between the elements marked
 * `data-covers-canvas="top"` and those marked `"bottom"`.
 *
 * The start fit is React Flow's own (`fitView` on the canvas), done as soon as the nodes are
 * measured; the bar and the legend are drawn after the first paint (AfterFirstPaint). When
 * they come in, they ask for the start fit again (`refitAfterChrome`), unless the user has
 * panned or zoomed meanwhile: a view someone chose is never taken from them.
 */
import type { FitViewOptions } from '@xyflow/react';
import { canvasApi } from '../commands/canvasApi';

/** The margin around a fitted board, as React Flow's padding (a share of the canvas). */
export const FIT_MARGIN = 0.08;
/** A fit at start never enlarges a small board beyond 100 %. */
export const START_MAX_ZOOM = 1;
/** Space between the covering chrome and the board's top edge, in screen pixels. */
const GAP_BESIDE_CHROME = 12;

type Padding = NonNullable<FitViewOptions['padding']>;
/** How far floating chrome covers the canvas from its top and bottom edges, in screen pixels. */
export type Covered = { top: number; bottom: number };

/**
 * React Flow's fit padding that keeps the board clear of what covers a canvas
 * `canvasHeight` pixels tall. Uncovered sides keep the usual margin. A side never takes more
 * than a third of the canvas: in a tiny window (or with the legend open) the board stays
 * visible rather than squeezed to nothing.
 */
export function fitPadding(canvasHeight: number, covered: Covered, margin = FIT_MARGIN): Padding {
  if (covered.top <= 0 && covered.bottom <= 0) return margin;
  // React Flow's own reading of a numeric padding (xyflow parsePadding), for these sides too.
  const marginPx = Math.floor((canvasHeight - canvasHeight / (1 + margin)) / 2);
  const side = (px: number): `${number}px` => `${Math.min(Math.max(marginPx, Math.ceil(px) + GAP_BESIDE_CHROME), Math.floor(canvasHeight / 3))}px`;
  return { top: side(covered.top), bottom: side(covered.bottom), left: margin, right: margin };
}

/** How far down from its top edge, and up from its bottom edge, floating chrome covers the canvas. */
export function coveredEdges(canvas: Element): Covered {
  const box = canvas.getBoundingClientRect();
  const covered = { top: 0, bottom: 0 };
  for (const chrome of document.querySelectorAll('[data-covers-canvas]')) {
    const r = chrome.getBoundingClientRect();
    const overlaps = r.height > 0 && r.right > box.left && r.left < box.right && r.top < box.bottom && r.bottom > box.top;
    if (!overlaps) continue;
    if (chrome.getAttribute('data-covers-canvas') === 'top') covered.top = Math.max(covered.top, r.bottom - box.top);
    else covered.bottom = Math.max(covered.bottom, box.bottom - r.top);
  }
  return covered;
}

/** Fit the whole board between the covering chrome. */
export function fitBoard(options: { duration?: number; maxZoom?: number } = {}): void {
  const api = canvasApi();
  const canvas = api?.element();
  if (!api || !canvas) return;
  const padding = fitPadding(canvas.getBoundingClientRect().height, coveredEdges(canvas));
  void api.flow.fitView({ ...options, padding });
}

/** Whether the view is still the start fit: none, fitted, or moved by the user since. */
let startView: 'none' | 'fitted' | 'moved' = 'none';

/** The canvas mounted: `fitted` when React Flow fits the board at start. */
export function beginStartView(fitted: boolean): void {
  startView = fitted ? 'fitted' : 'none';
}

/** React Flow's onMoveStart. An event means the user did it (wheel, drag, pinch). */
export function noteViewMoved(event: unknown): void {
  if (event && startView === 'fitted') startView = 'moved';
}

/**
 * Chrome covering the canvas came in after the start fit: fit again clear of it. Only in the
 * frame it came in: the bar comes back after presenting, too, and by then the view is the
 * facilitator's. (Every piece that comes in during that frame is measured by each fit.)
 */
export function refitAfterChrome(): void {
  if (startView !== 'fitted') return;
  fitBoard({ maxZoom: START_MAX_ZOOM });
  requestAnimationFrame(() => {
    if (startView === 'fitted') startView = 'none';
  });
}
