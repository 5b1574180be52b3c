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
  return (
    <g className="oc-edge-ends">
      {drag && fixed && <line className="oc-edge-ends__preview" x1={fixed.x} y1={fixed.y} x2={drag.at.x} y2={drag.at.y} />}
      {(['source', 'target'] as const).map((end) => {
        const at = drag?.end === end ? drag.at : end === 'source' ? from : to;
        return (
          <circle
            key={end}
            className="oc-edge-ends__handle nodrag nopan"
            data-end={end}
            cx={at.x}
            cy={at.y}
            r={9}
            onPointerDown={start(end)}
          >
            <title>{t('editor.connect.dragEnd')}</title>
          </circle>
        );
      })}
    </g>
  );
}
