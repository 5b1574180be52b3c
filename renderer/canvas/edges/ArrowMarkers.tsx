/**
 * The arrowheads of the relations, defined once for the whole canvas. React Flow can make
 * them from a marker object on each edge, but then it rebuilds and sorts the list of
 * markers (with `localeCompare`, whose first call loads the collator: ~50 ms in a profile
 * of start-up) whenever the edges array changes. Ours are fixed: one per relation kind.
 */
import { RELATION_KINDS, type RelationKind } from '../../../shared/model/board';
import { RELATION_STYLES } from '../../../shared/theme/theme';

export const arrowMarkerUrl = (kind: RelationKind): string | undefined => (RELATION_STYLES[kind].arrow ? `url(#oc-arrow-${kind})` : undefined);

/**
 * A closed arrowhead sized in stroke widths (so a thicker relation has a bigger head), its
 * tip on the line's end; `auto-start-reverse` points it along the line.
 */
export function ArrowMarkers() {
  return (
    <svg className="oc-arrow-markers" aria-hidden="true" width="0" height="0">
      <defs>
        {RELATION_KINDS.filter((kind) => RELATION_STYLES[kind].arrow).map((kind) => (
          <marker
            key={kind}
            id={`oc-arrow-${kind}`}
            viewBox="-10 -10 20 20"
            markerUnits="strokeWidth"
            markerWidth="18"
            markerHeight="18"
            refX="0"
            refY="0"
            orient="auto-start-reverse"
          >
            <polygon points="-5,-4 0,0 -5,4" fill={RELATION_STYLES[kind].colour} stroke={RELATION_STYLES[kind].colour} strokeWidth="1" strokeLinejoin="round" />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
