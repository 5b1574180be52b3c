import type { NodeProps } from '@xyflow/react';
import { Handle, Position } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { KIND_STYLES } from '../../../shared/theme/theme';
import type { FlowNode } from '../flowModel';
import { InlineLabel } from './InlineLabel';
import { Resizer } from './Resizer';
import { kindStyleVars } from './NodeFrame';

/** A container: a header band, and room below for the roles that belong to it. */
export const DepartmentNode = memo(function DepartmentNode({ id, data, selected }: NodeProps<FlowNode<'department'>>) {
  const { t } = useTranslation();
  const typeName = t(`departmentTypes.${data.data.departmentType}`);
  return (
    <div className={`oc-department ${selected ? 'is-selected' : ''}`} style={kindStyleVars('department')} data-kind="department">
      <Resizer id={id} selected={selected} minWidth={200} minHeight={120} />
      <div className="oc-department__header">
        <span className="oc-node__glyph" aria-hidden="true">
          {KIND_STYLES.department.glyph}
        </span>
        <InlineLabel id={id} label={data.label} className="oc-department__label" />
        {typeName.toLowerCase() !== data.label.toLowerCase() && (
          <span className="oc-department__type" title={typeName}>
            {typeName}
          </span>
        )}
      </div>
      {/* One handle: in Loose mode it both starts and takes connections, and a connection
          may also be dropped anywhere on a node's body (Canvas onConnectEnd). A second
          handle per node was one more store subscription per node on every drag step. */}
      <Handle type="source" position={Position.Bottom} className="oc-handle" />
    </div>
  );
});
