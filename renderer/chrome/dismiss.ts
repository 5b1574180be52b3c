/**
 * The one way an overlay closes: Escape and a press outside it. Every popover, card, panel
 * and dialog calls `useDismiss(ref, onClose)` instead of handling keys and backdrops itself,
 * so they all behave alike and stack: Escape closes the one opened last; a press outside
 * closes the open ones it lands outside of, down to the first modal one (a modal's backdrop
 * takes the press, so nothing beneath it closes too).
 *
 * The canvas and presenting keys ask `overlayOpen()` and leave Escape to this module while
 * anything is open: in presenting, Esc in the parking lot closes the parking lot, and only
 * the next Esc leaves the presentation. Escape typed in a field outside the top overlay (a
 * label being renamed on the canvas) stays that field's own.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { isTextTarget } from '../commands/shortcuts';

export interface DismissOptions {
  /** Presses on elements matching this selector (the control that opens it) do not close it: they toggle it. */
  anchor?: string;
  /** A modal dialog: a press outside it closes it and nothing beneath. */
  modal?: boolean;
}

interface Layer extends DismissOptions {
  element: RefObject<HTMLElement | null>;
  close: RefObject<() => void>;
  /** Where focus was when it opened: Escape gives focus back there. */
  previous: Element | null;
}

const layers: Layer[] = [];

/** Is any overlay open (so Escape belongs to it)? */
export function overlayOpen(): boolean {
  return layers.length > 0;
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  const top = layers.at(-1);
  if (!top) return;
  const element = top.element.current;
  if (isTextTarget(event.target) && !(event.target instanceof Node && element?.contains(event.target))) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  const previous = top.previous;
  top.close.current();
  // After the overlay has gone: back to the control that opened it, unless focus moved on.
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if ((!active || active === document.body) && previous instanceof HTMLElement && previous.isConnected) previous.focus();
  });
}

function onPointerDown(event: PointerEvent): void {
  const target = event.target;
  if (!(target instanceof Element)) return;
  for (const layer of [...layers].reverse()) {
    if (layer.element.current?.contains(target) || (layer.anchor && target.closest(layer.anchor))) return;
    layer.close.current();
    if (layer.modal) return;
  }
}

let installed = false;
function install(): void {
  if (installed) return;
  installed = true;
  // Capture on window: before React's handlers and React Flow's pane see the press or key.
  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('pointerdown', onPointerDown, true);
}

/** Close `ref`'s overlay on Escape and on a press outside it, while it is mounted. */
export function useDismiss(ref: RefObject<HTMLElement | null>, onClose: () => void, options: DismissOptions = {}): void {
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  const { anchor, modal } = options;
  useEffect(() => {
    install();
    const layer: Layer = { element: ref, close, anchor, modal, previous: document.activeElement };
    layers.push(layer);
    return () => {
      const index = layers.indexOf(layer);
      if (index >= 0) layers.splice(index, 1);
    };
  }, [ref, anchor, modal]);
}
