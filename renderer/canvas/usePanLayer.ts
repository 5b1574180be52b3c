/**
 * While the board is panned with the pointer, its viewport is its own compositor layer
 * (`will-change: transform`, class below): each step then only moves that layer. Without it,
 * Chromium repaints and re-layerizes the whole board (1,000 nodes, each with its own
 * transform) on every step: pan frame p95 on M 150–217 ms → 50–67 ms, measured A/B in one
 * browser (tests/bench/README.md, 2026-12-05).
 *
 * - Added on the first movement, not on pointer down: a click on the pane stays free.
 * - Removed when the pan ends; that costs one frame (≈ 55 ms on M), once per pan.
 * - Never for the wheel: a layer is re-rastered at every new scale, which made zoom steps
 *   about twice as slow.
 *
 * A mouse pan also captures the pointer on the canvas. Each move then goes to the canvas
 * without Chromium hit-testing the board under the pointer, which took 4.5 ms of every pan
 * step on M and now takes 0.1–0.2 ms (`phases.ts --pan`). Nothing under the pointer needs
 * to know about a pan; the capture ends with the button, and in any case with the pan.
 */
import { useCallback, useRef, type RefObject } from 'react';

export const PANNING_CLASS = 'oc-canvas--panning';

/** Pointer Events give the mouse pointer id 1; d3-zoom hands over mouse events, not pointer ones. */
const MOUSE_POINTER_ID = 1;

export function usePanLayer(wrapper: RefObject<HTMLElement | null>) {
  const captured = useRef<number | null>(null);
  const onMove = useCallback(
    (event: MouseEvent | TouchEvent | null) => {
      const element = wrapper.current;
      if (!event || event.type === 'wheel' || !element || element.classList.contains(PANNING_CLASS)) return;
      element.classList.add(PANNING_CLASS);
      if (!(event instanceof MouseEvent)) return;
      const pointerId = event instanceof PointerEvent ? event.pointerId : MOUSE_POINTER_ID;
      try {
        element.setPointerCapture(pointerId);
        captured.current = pointerId;
      } catch {
        // The button is already up (the pan is ending): there is nothing to capture.
      }
    },
    [wrapper],
  );
  const onMoveEnd = useCallback(() => {
    const element = wrapper.current;
    element?.classList.remove(PANNING_CLASS);
    const pointerId = captured.current;
    captured.current = null;
    if (element && pointerId !== null && element.hasPointerCapture(pointerId)) element.releasePointerCapture(pointerId);
  }, [wrapper]);
  return { onMove, onMoveEnd };
}
