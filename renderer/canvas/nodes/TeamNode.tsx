import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNode } from '../flowModel';
import { NodeFrame } from './NodeFrame';

export const TeamNode = memo(function TeamNode({ id, data, selected, height }: NodeProps<FlowNode<'team'>>) {
  return <NodeFrame id={id} kind="team" label={data.label} selected={selected} height={height} />;
});
