/** One component per node kind; a module-level constant so React Flow never remounts them. */
import type { NodeTypes } from '@xyflow/react';
import type { NodeKind } from '../../../shared/model/vocabulary';
import { DepartmentNode } from './DepartmentNode';
import { ExternalNode } from './ExternalNode';
import { NoteNode } from './NoteNode';
import { ObjectiveNode } from './ObjectiveNode';
import { RoleNode } from './RoleNode';
import { TaskNode } from './TaskNode';
import { TeamNode } from './TeamNode';

export const nodeTypes = {
  department: DepartmentNode,
  role: RoleNode,
  team: TeamNode,
  task: TaskNode,
  objective: ObjectiveNode,
  external: ExternalNode,
  note: NoteNode,
} satisfies Record<NodeKind, unknown> as NodeTypes;
