import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlowNode } from '../flowModel';
import { NodeFrame } from './NodeFrame';

export const ExternalNode = memo(function ExternalNode({ id, data, selected, height }: NodeProps<FlowNode<'external'>>) {
  const { t } = useTranslation();
  return (
    <NodeFrame id={id} kind="external" label={data.label} typeName={data.data.externalType === 'other' ? undefined : t(`externalTypes.${data.data.externalType}`)} selected={selected} height={height} />
  );
});
