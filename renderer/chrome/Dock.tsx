/**
 * The dock: a column between the canvas and the inspector where side panels (the parking
 * lot, the organisation-model card) open. A panel in the dock takes room from the canvas
 * instead of floating over it, so it never covers the control that opened it, the hints,
 * the zoom buttons or the board's own controls (issue 21: the model card opened on top of
 * its own button). Empty, the dock takes no room. While presenting there is no dock: a
 * panel then floats over the board, clear of the presentation's own controls
 * (workshop.css).
 */
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { create } from 'zustand';

const useDockElement = create<{ element: HTMLElement | null }>(() => ({ element: null }));

function setDock(element: HTMLElement | null): void {
  if (useDockElement.getState().element !== element) useDockElement.setState({ element });
}

/** Where docked panels go (EditorFrame puts it beside the workspace). */
export function DockSlot() {
  return <div className="oc-dock" ref={setDock} />;
}

/** Its children in the dock, or where they are when `inPlace` (or when there is no dock). */
export function Docked({ children, inPlace = false }: { children: ReactNode; inPlace?: boolean }) {
  const dock = useDockElement((s) => s.element);
  return dock && !inPlace ? createPortal(children, dock) : <>{children}</>;
}
