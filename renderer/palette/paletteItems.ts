/** The palette's items, from the domain catalogue: every kind, then every typed item. */
import type { NodeTemplate } from '../../shared/edit';
import {
  DEPARTMENT_TYPES,
  EXTERNAL_TYPES,
  NODE_KINDS,
  OBJECTIVE_TYPES,
  ROLE_TYPES,
  TASK_TYPES,
  type NodeKind,
} from '../../shared/model/vocabulary';

export type PaletteGroup = 'kinds' | 'departmentTypes' | 'roleTypes' | 'taskTypes' | 'objectiveTypes' | 'externalTypes';

export interface PaletteItem {
  key: string;
  group: PaletteGroup;
  template: NodeTemplate;
  /** i18n keys of the label and the one-line description. */
  labelKey: string;
  descriptionKey: string;
}

const kindItems: PaletteItem[] = NODE_KINDS.map((kind) => ({
  key: `kind:${kind}`,
  group: 'kinds',
  template: { kind } as NodeTemplate,
  labelKey: `kinds.${kind}`,
  descriptionKey: `editor.palette.describe.kinds.${kind}`,
}));

function typed(group: PaletteGroup, kind: NodeKind, types: readonly string[]): PaletteItem[] {
  // "Other …" is what the plain kind item already makes.
  return types
    .filter((type) => type !== 'other')
    .map((type) => ({
      key: `${kind}:${type}`,
      group,
      template: { kind, type } as NodeTemplate,
      labelKey: `${group}.${type}`,
      descriptionKey: `editor.palette.describe.${group}.${type}`,
    }));
}

export const PALETTE_ITEMS: readonly PaletteItem[] = [
  ...kindItems,
  ...typed('departmentTypes', 'department', DEPARTMENT_TYPES),
  ...typed('roleTypes', 'role', ROLE_TYPES),
  ...typed('taskTypes', 'task', TASK_TYPES),
  ...typed('objectiveTypes', 'objective', OBJECTIVE_TYPES),
  ...typed('externalTypes', 'external', EXTERNAL_TYPES),
];

export const PALETTE_GROUPS: readonly PaletteGroup[] = ['kinds', 'departmentTypes', 'roleTypes', 'taskTypes', 'objectiveTypes', 'externalTypes'];

/** Lower case without accents, so "coordinator" finds "coördinator". */
export function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
