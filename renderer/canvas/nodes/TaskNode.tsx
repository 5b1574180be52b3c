import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { taskLevel } from '../../../shared/model/vocabulary';
import type { FlowNode } from '../flowModel';
import { NodeFrame } from './NodeFrame';

export const TaskNode = memo(function TaskNode({ id, data, selected, height }: NodeProps<FlowNode<'task'>>) {
  const { t } = useTranslation();
  const { taskType, level, kpi } = data.data;
  const kpiText = kpi ? `${t('app.node.kpi')}: ${kpi}` : '';
  return (
    <NodeFrame
      id={id}
      kind="task"
      label={data.label}
      typeName={taskType === 'other' ? undefined : t(`taskTypes.${taskType}`)}
      selected={selected}
      height={height}
      rows={{ chips: true, kpi: Boolean(kpi) }}
    >
      <div className="oc-node__meta">
        <span className="oc-chip">{t(`taskLevels.${taskLevel(taskType, level)}`)}</span>
      </div>
      {/* A line of its own, so the chip row's height never depends on the KPI's length. */}
      {kpi && (
        <div className="oc-node__meta oc-node__kpi" title={kpiText}>
          {kpiText}
        </div>
      )}
    </NodeFrame>
  );
});
