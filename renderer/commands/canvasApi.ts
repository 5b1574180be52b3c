/**
 * What commands need from the mounted canvas (React Flow's viewport functions and the
 * canvas element). Canvas.tsx binds it on mount; commands that need it are disabled
 * until then.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import type { FlowEdge, FlowNode } from '../canvas/flowModel';

export interface CanvasApi {
  flow: ReactFlowInstance<FlowNode, FlowEdge>;
  element: () => HTMLElement | null;
}

let api: CanvasApi | null = null;

export function bindCanvasApi(next: CanvasApi | null): void {
  api = next;
}

export function canvasApi(): CanvasApi | null {
  return api;
}

/** The board position at the centre of what the canvas shows now. */
export function viewCentre(): { x: number; y: number } {
  const el = api?.element();
  if (!api || !el) return { x: 0, y: 0 };
  const box = el.getBoundingClientRect();
  return api.flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
}

/** Move keyboard focus to a node on the canvas (after creating or finding it). */
export function focusNode(id: string, framesLeft = 60, from: Element | null = document.activeElement): void {
  requestAnimationFrame(() => {
    // Someone moved focus meanwhile (typing elsewhere): leave it where they put it.
    if (document.activeElement !== from && framesLeft < 60) return;
    const el = api?.element()?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    el?.focus();
    // React Flow keeps a new node hidden until it has been measured, and a hidden element
    // cannot take focus: try again on the next frames until it does.
    if (document.activeElement !== el && framesLeft > 0) focusNode(id, framesLeft - 1, document.activeElement);
  });
}
