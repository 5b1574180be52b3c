/**
 * The inspector's fields of each node kind's `data`, one section per kind. A `Record` over
 * every kind, so a new kind (shared/model/kinds/) fails `tsc` here until it says what its
 * inspector shows (`null`: nothing beyond label and notes).
 */
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { NodeOfKind } from '../../shared/model/board';
import {
  DEPARTMENT_TYPES,
  EXTERNAL_TYPES,
  OBJECTIVE_TYPES,
  ROLE_TYPES,
  TASK_LEVELS,
  TASK_TYPES,
  TASK_TYPE_LEVELS,
  type NodeKind,
  type TaskLevel,
} from '../../shared/model/vocabulary';
import { CheckField, SelectField, TextField } from './fields';

export interface SectionProps<K extends NodeKind> {
  node: NodeOfKind<K>;
  t: TFunction;
  /** Writes a patch of the node's `data`. */
  set: (data: Partial<NodeOfKind<K>['data']>) => void;
  /** The label of the node's container, when it has one. */
  parentLabel: string | undefined;
}

export type Section<K extends NodeKind> = ((props: SectionProps<K>) => ReactNode) | null;

const options = <V extends string>(t: TFunction, group: string, values: readonly V[]) => values.map((v) => ({ value: v, label: t(`${group}.${v}`) }));

export const KIND_SECTIONS: { [K in NodeKind]: Section<K> } = {
  department: ({ node, t, set }) => (
    <SelectField name="departmentType" label={t('editor.inspector.departmentType')} value={node.data.departmentType} options={options(t, 'departmentTypes', DEPARTMENT_TYPES)} onChange={(departmentType) => set({ departmentType })} />
  ),
  role: ({ node, t, set, parentLabel }) => (
    <>
      <SelectField name="roleType" label={t('editor.inspector.roleType')} value={node.data.roleType} options={options(t, 'roleTypes', ROLE_TYPES)} onChange={(roleType) => set({ roleType })} />
      <TextField name="person" label={t('editor.inspector.person')} value={node.data.person ?? ''} onCommit={(person) => set({ person: person.trim() })} />
      <CheckField name="mandate" label={t('editor.inspector.mandate')} checked={node.data.mandate} onChange={(mandate) => set({ mandate })} />
      <CheckField name="budget" label={t('editor.inspector.budget')} checked={node.data.budget} onChange={(budget) => set({ budget })} />
      <p className="oc-inspector__note">
        {t('editor.inspector.parent')}: {parentLabel ?? t('editor.inspector.none')}
      </p>
    </>
  ),
  team: null,
  task: ({ node, t, set }) => (
    <>
      <SelectField name="taskType" label={t('editor.inspector.taskType')} value={node.data.taskType} options={options(t, 'taskTypes', TASK_TYPES)} onChange={(taskType) => set({ taskType })} />
      <SelectField<TaskLevel | ''>
        name="level"
        label={t('editor.inspector.level')}
        value={node.data.level ?? ''}
        options={[
          { value: '', label: t('editor.inspector.levelDefault', { level: t(`taskLevels.${TASK_TYPE_LEVELS[node.data.taskType]}`) }) },
          ...TASK_LEVELS.map((v) => ({ value: v, label: t(`taskLevels.${v}`) })),
        ]}
        // '' clears the override (updateNode removes an empty optional field).
        onChange={(level) => set({ level: level || undefined })}
      />
      <TextField name="kpi" label={t('editor.inspector.kpi')} value={node.data.kpi ?? ''} onCommit={(kpi) => set({ kpi: kpi.trim() })} />
    </>
  ),
  objective: ({ node, t, set }) => (
    <SelectField name="objectiveType" label={t('editor.inspector.objectiveType')} value={node.data.objectiveType} options={options(t, 'objectiveTypes', OBJECTIVE_TYPES)} onChange={(objectiveType) => set({ objectiveType })} />
  ),
  external: ({ node, t, set }) => (
    <SelectField name="externalType" label={t('editor.inspector.externalType')} value={node.data.externalType} options={options(t, 'externalTypes', EXTERNAL_TYPES)} onChange={(externalType) => set({ externalType })} />
  ),
  note: null,
};
