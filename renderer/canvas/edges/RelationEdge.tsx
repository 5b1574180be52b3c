/**
 * One edge component for every relation. Edges float: they leave each node where the line
 * between the two centres crosses its border (shared/geometry, the same maths the exports
 * use), which keeps a dense board readable where fixed handles would criss-cross.
 * `responsible` edges carry their RACI letter in a badge drawn in SVG, so a thousand edges
 * add no HTML overlays.
 */
import { BaseEdge, getStraightPath, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { edgeEnds, type Rect } from '../../../shared/geometry/geometry';
import { RACI_COLOURS, RELATION_STYLES, TYPE } from '../../../shared/theme/theme';
import type { FlowEdge, FlowNode } from '../flowModel';

function rectOf(node: InternalNode<FlowNode>): Rect {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width ?? node.width ?? 0, height: node.measured.height ?? node.height ?? 0 };
}

export const RelationEdge = memo(function RelationEdge(props: EdgeProps<FlowEdge>) {
  const { t } = useTranslation();
  const source = useInternalNode<FlowNode>(props.source);
  const target = useInternalNode<FlowNode>(props.target);
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
        markerEnd={props.markerEnd}
        interactionWidth={24}
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
          <text textAnchor="middle" dominantBaseline="central" fontSize={TYPE.edgeLabel} fontWeight={700} fill={RACI_COLOURS[raci]}>
            {raci}
          </text>
        </g>
      )}
    </>
  );
});

export const edgeTypes = { relation: RelationEdge };
