import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { taskLevel } from '../../../shared/model/catalogue';
import type { FlowNode } from '../flowModel';
import { NodeFrame } from './NodeFrame';

export const TaskNode = memo(function TaskNode({ id, data, selected }: NodeProps<FlowNode<'task'>>) {
  const { t } = useTranslation();
  const { taskType, level, kpi } = data.data;
  return (
    <NodeFrame id={id} kind="task" label={data.label} typeName={taskType === 'other' ? undefined : t(`taskTypes.${taskType}`)} selected={selected}>
      <div className="oc-node__meta">
        <span className="oc-chip">{t(`taskLevels.${taskLevel(taskType, level)}`)}</span>
        {kpi && (
          <span className="oc-node__kpi">
            {t('app.node.kpi')}: {kpi}
          </span>
        )}
      </div>
    </NodeFrame>
  );
});
