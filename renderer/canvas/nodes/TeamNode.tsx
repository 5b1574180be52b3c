import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNode } from '../flowModel';
import { NodeFrame } from './NodeFrame';

export const TeamNode = memo(function TeamNode({ data, selected }: NodeProps<FlowNode<'team'>>) {
  return <NodeFrame kind="team" label={data.label} selected={selected} />;
});
