import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlowNode } from '../flowModel';
import { NodeFrame } from './NodeFrame';

export const ObjectiveNode = memo(function ObjectiveNode({ id, data, selected, height }: NodeProps<FlowNode<'objective'>>) {
  const { t } = useTranslation();
  return (
    <NodeFrame id={id} kind="objective" label={data.label} typeName={t(`objectiveTypes.${data.data.objectiveType}`)} selected={selected} height={height} />
  );
});
