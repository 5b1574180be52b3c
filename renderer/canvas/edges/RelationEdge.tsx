/**
 * A selected edge, as React Flow draws it: above the nodes, thicker, with its end handles.
 * React Flow is given only the selected edges; EdgeLayer draws the others (see there for
 * why), so no hit line is needed here (the handles' grip takes the pointer). Both use
 * edgeLook, so they look alike. Both draw the line's route round the boxes (routing/), the
 * same route the exports draw.
 */
import { useStore, type EdgeProps, type InternalNode, type ReactFlowState } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rect } from '../../../shared/geometry/geometry';
import { routeMidpoint } from '../../../shared/routing/boardRoutes';
import { linePoints, useRoutes } from '../routing/routes';
import { shifted, useDragPreview } from '../dragPreview';
import type { FlowEdge, FlowNode } from '../flowModel';
import { EdgeEndHandles } from './EdgeEndHandles';
import { EdgeLine, RaciBadge, raciOf } from './edgeLook';

function rectOf(node: InternalNode<FlowNode>): Rect {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width ?? node.width ?? 0, height: node.measured.height ?? node.height ?? 0 };
}

type Ends = readonly [InternalNode<FlowNode> | undefined, InternalNode<FlowNode> | undefined];

/*
 * Both end nodes as React Flow holds them, in ONE subscription compared by identity
 * (React Flow's useInternalNode, one per end compared with `shallow`, walks every key of a
 * node on every store update). React Flow puts a new object in its lookup whenever a node
 * changes, so identity is enough; the pair is reused while both are the same.
 */
function endsSelector(source: string, target: string) {
  let last: Ends = [undefined, undefined];
  return (s: ReactFlowState): Ends => {
    const from = s.nodeLookup.get(source) as InternalNode<FlowNode> | undefined;
    const to = s.nodeLookup.get(target) as InternalNode<FlowNode> | undefined;
    if (from !== last[0] || to !== last[1]) last = [from, to];
    return last;
  };
}

function useEndNodes(source: string, target: string): Ends {
  return useStore(useMemo(() => endsSelector(source, target), [source, target]));
}

export const RelationEdge = memo(function RelationEdge(props: EdgeProps<FlowEdge>) {
  const { t } = useTranslation();
  const [source, target] = useEndNodes(props.source, props.target);
  // An end being dragged is where the drag shows it (dragPreview.ts), not yet where React Flow has it.
  const sourceOffset = useDragPreview((s) => s.offsets.get(props.source));
  const targetOffset = useDragPreview((s) => s.offsets.get(props.target));
  const route = useRoutes((s) => s.routes.get(props.id));
  if (!source || !target) return null;
  const relation = props.data!.relation;
  // Routed as the other lines are (routing/routes.ts); straight while an end is dragged.
  const points = linePoints(shifted(rectOf(source), sourceOffset), shifted(rectOf(target), targetOffset), route);
  const raci = raciOf(relation);
  return (
    <>
      <EdgeLine kind={relation.kind} points={points} selected={!!props.selected} />
      {raci && <RaciBadge raci={raci} at={routeMidpoint(points)} title={t(`raci.${raci}`)} />}
      {props.selected && <EdgeEndHandles edgeId={props.id} points={points} />}
    </>
  );
});

export const edgeTypes = { relation: RelationEdge };
