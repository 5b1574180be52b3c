/**
 * The zoom at which a board fits a canvas, as React Flow's fitView computes it (xyflow's
 * getViewportForBounds with a numeric padding): a pure function, so a layout can be judged
 * by the zoom it will be shown at before anything is drawn.
 */
import type { Rect } from './geometry';

/** The fit margin React Flow is given by the canvas (renderer/canvas/fitBoard.ts FIT_MARGIN). */
export const DEFAULT_FIT_PADDING = 0.08;

export function fitZoom(bounds: Pick<Rect, 'width' | 'height'>, canvas: { width: number; height: number }, padding = DEFAULT_FIT_PADDING): number {
  if (bounds.width <= 0 || bounds.height <= 0) return Infinity;
  // xyflow keeps (side − side / (1 + padding)) / 2 free at each end, rounded down.
  const room = (side: number) => side - 2 * Math.floor((side - side / (1 + padding)) / 2);
  return Math.min(room(canvas.width) / bounds.width, room(canvas.height) / bounds.height);
}
