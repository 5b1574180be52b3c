import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlowNode } from '../flowModel';
import { NodeFrame } from './NodeFrame';

export const RoleNode = memo(function RoleNode({ id, data, selected, height }: NodeProps<FlowNode<'role'>>) {
  const { t } = useTranslation();
  const { roleType, mandate, budget, person } = data.data;
  return (
    <NodeFrame
      id={id}
      kind="role"
      label={data.label}
      typeName={roleType === 'other' ? undefined : t(`roleTypes.${roleType}`)}
      selected={selected}
      height={height}
      rows={{ person: Boolean(person), chips: mandate || budget }}
    >
      {person && (
        <div className="oc-node__person" title={person}>
          {person}
        </div>
      )}
      {(mandate || budget) && (
        <div className="oc-node__meta">
          {mandate && <span className="oc-chip">✓ {t('app.node.mandate')}</span>}
          {budget && <span className="oc-chip">✓ {t('app.node.budget')}</span>}
        </div>
      )}
    </NodeFrame>
  );
});
