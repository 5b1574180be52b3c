import type { NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { KIND_STYLES } from '../../../shared/theme/theme';
import type { FlowNode } from '../flowModel';
import { InlineLabel } from './InlineLabel';
import { noteLines } from './labelLines';
import { Resizer } from './Resizer';
import { kindStyleVars } from './NodeFrame';

/** A sticky note: no handles, because notes are never connected. */
export const NoteNode = memo(function NoteNode({ id, data, selected, height }: NodeProps<FlowNode<'note'>>) {
  const { t } = useTranslation();
  const style = { ...kindStyleVars('note'), '--label-lines': noteLines(height) } as CSSProperties;
  return (
    <div className={`oc-note ${selected ? 'is-selected' : ''}`} style={style} data-kind="note">
      <Resizer id={id} selected={selected} minWidth={140} minHeight={80} />
      <span className="oc-note__caption">
        <span aria-hidden="true">{KIND_STYLES.note.glyph}</span> {t('kinds.note')}
      </span>
      <InlineLabel id={id} label={data.label} className="oc-note__text" multiline />
    </div>
  );
});
