/**
 * The two ends of the selected edge, as draw.io shows them: drag an end onto another node
 * to move it there. The relation table decides (shared/edit `reconnect`); a refusal shows
 * its reason where the end was dropped, and a drop on empty canvas changes nothing.
 */
import { useReactFlow } from '@xyflow/react';
import { useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store';
import { nodeAtPoint } from '../connectGesture';

type End = 'source' | 'target';
type Point = { x: number; y: number };

/*
 * A selected edge is drawn above the nodes, and its line ends on a node border, right over
 * that node's own connect handle (bottom centre); a fresh edge is selected, so its line and
 * handles would catch the next "draw a line from here" drag. So the handles sit a little way
 * along the line, and the selected line takes the pointer only between them (its drawn path
 * ignores it, see editor.css). A line too short to hold both handles clear of the borders
 * shows none (move a node away first).
 */
const INSET = 22;
const HANDLE_RADIUS = 9;
const MIN_LENGTH = 2 * (INSET + HANDLE_RADIUS) + 2;

/** The polyline's length. */
function lengthOf(points: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  return total;
}

/** The part of the polyline from `start` to `end` (distances along it from its first point). */
function stretch(points: readonly Point[], start: number, end: number): Point[] {
  const out: Point[] = [];
  let walked = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    const at = (d: number) => (length === 0 ? a : { x: a.x + ((b.x - a.x) * (d - walked)) / length, y: a.y + ((b.y - a.y) * (d - walked)) / length });
    if (!out.length && start <= walked + length) out.push(at(Math.max(start, walked)));
    if (out.length && end <= walked + length) {
      out.push(at(end));
      return out;
    }
    if (out.length) out.push(b);
    walked += length;
  }
  return out;
}

/**
 * `points`: the line as drawn (its route round the boxes, or straight), so the handles and
 * the grip between them sit on the line the user sees.
 */
export function EdgeEndHandles({ edgeId, points }: { edgeId: string; points: readonly Point[] }) {
  const from = points[0]!;
  const to = points[points.length - 1]!;
  const { t } = useTranslation();
  const flow = useReactFlow();
  const [drag, setDrag] = useState<{ end: End; at: Point } | null>(null);

  const start = (end: End) => (event: ReactPointerEvent<SVGCircleElement>) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    event.preventDefault();
    const move = (e: PointerEvent) => setDrag({ end, at: flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }) });
    const up = (e: PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      setDrag(null);
      const nodeId = nodeAtPoint(e.clientX, e.clientY);
      if (!nodeId) return;
      const state = useAppStore.getState();
      const result = state.reconnectEdge(edgeId, end, nodeId);
      if (!result.ok && result.refusal.code !== 'missingNode') {
        state.setUi({ refusal: { refusal: result.refusal, at: { x: e.clientX, y: e.clientY }, key: Date.now() } });
      }
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    setDrag({ end, at: end === 'source' ? from : to });
  };

  const fixed = drag && (drag.end === 'source' ? to : from);
  const length = lengthOf(points);
  if (!drag && length < MIN_LENGTH) return null;
  const grip = drag ? null : stretch(points, INSET + HANDLE_RADIUS, length - INSET - HANDLE_RADIUS);
  return (
    <g className="oc-edge-ends">
      {grip && <polyline className="react-flow__edge-interaction oc-edge-ends__grip" points={grip.map((p) => `${p.x},${p.y}`).join(' ')} />}
      {drag && fixed && <line className="oc-edge-ends__preview" x1={fixed.x} y1={fixed.y} x2={drag.at.x} y2={drag.at.y} />}
      {(['source', 'target'] as const).map((end) => {
        const at = drag?.end === end ? drag.at : stretch(points, 0, end === 'source' ? INSET : length - INSET).at(-1)!;
        return (
          <circle
            key={end}
            className="oc-edge-ends__handle nodrag nopan"
            data-end={end}
            cx={at.x}
            cy={at.y}
            r={HANDLE_RADIUS}
            onPointerDown={start(end)}
          >
            <title>{t('editor.connect.dragEnd')}</title>
          </circle>
        );
      })}
    </g>
  );
}
