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
 */
import { useCallback, type RefObject } from 'react';

export const PANNING_CLASS = 'oc-canvas--panning';

export function usePanLayer(wrapper: RefObject<HTMLElement | null>) {
  const onMove = useCallback(
    (event: MouseEvent | TouchEvent | null) => {
      const classes = wrapper.current?.classList;
      if (event && event.type !== 'wheel' && classes && !classes.contains(PANNING_CLASS)) classes.add(PANNING_CLASS);
    },
    [wrapper],
  );
  const onMoveEnd = useCallback(() => wrapper.current?.classList.remove(PANNING_CLASS), [wrapper]);
  return { onMove, onMoveEnd };
}
