/**
 * One edge component for every relation. Edges float: they leave each node where the line
 * between the two centres crosses its border (shared/geometry, the same maths the exports
 * use), which keeps a dense board readable where fixed handles would criss-cross.
 * `responsible` edges carry their RACI letter in a badge drawn in SVG, so a thousand edges
 * add no HTML overlays.
 */
import { BaseEdge, getStraightPath, useStore, type EdgeProps, type InternalNode, type ReactFlowState } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { edgeEnds, type Rect } from '../../../shared/geometry/geometry';
import { RACI_COLOURS, RELATION_STYLES, TYPE } from '../../../shared/theme/theme';
import type { FlowEdge, FlowNode } from '../flowModel';
import { arrowMarkerUrl } from './ArrowMarkers';
import { EdgeEndHandles } from './EdgeEndHandles';

function rectOf(node: InternalNode<FlowNode>): Rect {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width ?? node.width ?? 0, height: node.measured.height ?? node.height ?? 0 };
}

type Ends = readonly [InternalNode<FlowNode> | undefined, InternalNode<FlowNode> | undefined];

/*
 * Both end nodes as React Flow holds them, in ONE subscription compared by identity.
 * React Flow's useInternalNode (one per end, compared with `shallow`, which walks every
 * key of a node) made 3,000 selectors and compares per store update on a 1,000-node
 * board, i.e. on every drag and pan step. React Flow puts a new object in its lookup
 * whenever a node changes, so identity is enough; the pair is reused while both are the same.
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
  if (!source || !target) return null;
  const relation = props.data!.relation;
  const style = RELATION_STYLES[relation.kind];
  const { from, to } = edgeEnds(rectOf(source), rectOf(target));
  const [path, labelX, labelY] = getStraightPath({ sourceX: from.x, sourceY: from.y, targetX: to.x, targetY: to.y });
  const raci = relation.kind === 'responsible' ? (relation.data?.raci ?? 'R') : undefined;
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        markerEnd={arrowMarkerUrl(relation.kind)}
        interactionWidth={props.selected ? 0 : 24}
        style={{
          stroke: style.colour,
          strokeWidth: props.selected ? style.width + 3 : style.width,
          strokeDasharray: style.dash || undefined,
        }}
      />
      {raci && (
        <g transform={`translate(${labelX} ${labelY})`} className="oc-raci" data-raci={raci} aria-label={t(`raci.${raci}`)}>
          <title>{t(`raci.${raci}`)}</title>
          <circle r={15} fill="#ffffff" stroke={RACI_COLOURS[raci]} strokeWidth={3} />
          <text className="oc-raci__letter" textAnchor="middle" dominantBaseline="central" fontSize={TYPE.edgeLabel} fontWeight={700} fill={RACI_COLOURS[raci]}>
            {raci}
          </text>
        </g>
      )}
      {props.selected && <EdgeEndHandles edgeId={props.id} from={from} to={to} />}
    </>
  );
});

export const edgeTypes = { relation: RelationEdge };
