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

function along(end: Point, other: Point, distance: number): Point {
  const length = Math.hypot(other.x - end.x, other.y - end.y);
  return { x: end.x + ((other.x - end.x) * distance) / length, y: end.y + ((other.y - end.y) * distance) / length };
}

export function EdgeEndHandles({ edgeId, from, to }: { edgeId: string; from: Point; to: Point }) {
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
  if (!drag && Math.hypot(to.x - from.x, to.y - from.y) < MIN_LENGTH) return null;
  const grip = drag ? null : [along(from, to, INSET + HANDLE_RADIUS), along(to, from, INSET + HANDLE_RADIUS)];
  return (
    <g className="oc-edge-ends">
      {grip && <line className="react-flow__edge-interaction oc-edge-ends__grip" x1={grip[0].x} y1={grip[0].y} x2={grip[1].x} y2={grip[1].y} />}
      {drag && fixed && <line className="oc-edge-ends__preview" x1={fixed.x} y1={fixed.y} x2={drag.at.x} y2={drag.at.y} />}
      {(['source', 'target'] as const).map((end) => {
        const at = drag?.end === end ? drag.at : end === 'source' ? along(from, to, INSET) : along(to, from, INSET);
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
