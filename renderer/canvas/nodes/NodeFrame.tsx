/**
 * The frame every node kind shares: accent band with the kind's glyph and name, the label,
 * and connection handles. Kinds differ only in the lines they put in the body.
 */
import { Handle, Position } from '@xyflow/react';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeKind } from '../../../shared/model/vocabulary';
import { KIND_STYLES } from '../../../shared/theme/theme';
import { HintBadge } from '../../hints/HintBadge';
import { InlineLabel } from './InlineLabel';
import { labelLines, type NodeRows } from './labelLines';

interface NodeFrameProps {
  id: string;
  kind: NodeKind;
  label: string;
  /** The typed name under the kind, e.g. "Webcare coordinator"; omitted when it repeats the label. */
  typeName?: string;
  selected: boolean;
  /** The node's height and the rows under its label: they decide how many label lines fit. */
  height?: number;
  rows?: NodeRows;
  children?: ReactNode;
  className?: string;
}

export function kindStyleVars(kind: NodeKind): CSSProperties {
  const style = KIND_STYLES[kind];
  return { '--accent': style.accent, '--fill': style.fill, '--border-style': style.border } as CSSProperties;
}

export function NodeFrame({ id, kind, label, typeName, selected, height, rows = {}, children, className = '' }: NodeFrameProps) {
  const { t } = useTranslation();
  const caption = typeName && typeName.toLowerCase() !== label.toLowerCase() ? typeName : t(`kinds.${kind}`);
  const style = { ...kindStyleVars(kind), '--label-lines': labelLines(kind, height, rows) } as CSSProperties;
  return (
    <div className={`oc-node oc-node--${kind} ${selected ? 'is-selected' : ''} ${className}`} style={style} data-kind={kind}>
      <HintBadge nodeId={id} />
      <div className="oc-node__band">
        <span className="oc-node__glyph" aria-hidden="true">
          {KIND_STYLES[kind].glyph}
        </span>
        <span className="oc-node__caption" title={caption}>
          {caption}
        </span>
      </div>
      <InlineLabel id={id} label={label} className="oc-node__label" />
      {children}
      {/* One handle: in Loose mode it both starts and takes connections, and a connection
          may also be dropped anywhere on a node's body (Canvas onConnectEnd). A second
          handle per node was one more store subscription per node on every drag step. */}
      <Handle type="source" position={Position.Bottom} className="oc-handle" />
    </div>
  );
}
