/**
 * Shows its children from the render after the first one, and `fallback` until then.
 *
 * Why: at start the canvas is what the room waits for. The panels around it (palette,
 * inspector, hints, legend, workshop bar) cost their own render, layout and paint, about a
 * tenth of a cold start (tests/bench start row). Wrapped in this, they render in a second,
 * interruptible render (React's deferred value) that comes after the board is on screen and
 * gives way to input, so a drag can start before they are filled in. The price: they fill in
 * a little later than they did in the first render (tests/bench/README.md has both figures).
 * A fallback that keeps a panel's box keeps the canvas from moving when the panel fills in.
 *
 * Wrap only what the user sees: commands and keyboard listeners must not wait (they live in
 * components outside this).
 */
import { useDeferredValue, type ReactNode } from 'react';

export function AfterFirstPaint({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const ready = useDeferredValue(true, false);
  return ready ? children : fallback;
}
