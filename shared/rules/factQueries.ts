/**
 * What the checks ask of the facts (facts.ts builds them): a holder's home department, a
 * node's label, ids in board order (so every hint lists nodes the way the file does), the
 * tasks of a type, and whether the board is fully outsourced.
 */
import type { DepartmentNode } from '../model/board';
import type { DepartmentType, TaskType } from '../model/vocabulary';
import { byIndex, type Facts } from './facts';

/** The department a holder belongs to: itself, or the department a role sits in. */
export function homeDepartment(facts: Facts, nodeId: string): DepartmentNode | undefined {
  const node = facts.byId.get(nodeId);
  if (!node) return undefined;
  if (node.kind === 'department') return node;
  if (node.kind !== 'role') return undefined;
  const parent = facts.departmentOf.get(nodeId);
  return parent === undefined ? undefined : (facts.byId.get(parent) as DepartmentNode);
}

export function label(facts: Facts, nodeId: string): string {
  return facts.byId.get(nodeId)?.label ?? nodeId;
}

/** Sorts ids into board order (duplicates dropped). */
export function inBoardOrder(facts: Facts, ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort(byIndex(facts));
}

/** The first of these ids in board order (sets and maps keep insertion order, which edits change). */
export function firstInBoardOrder(facts: Facts, ids: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestIndex = Infinity;
  for (const id of ids) {
    const i = facts.index.get(id) ?? Infinity;
    if (i < bestIndex) {
      best = id;
      bestIndex = i;
    }
  }
  return best;
}

const NO_TASKS: readonly string[] = [];

/** The ids of the departments of one type, in board order. */
export function departmentsOfType(facts: Facts, type: DepartmentType): readonly string[] {
  return facts.departmentsOfType.get(type) ?? NO_TASKS;
}

/** The ids of the tasks of one type, in board order. */
export function tasksOfType(facts: Facts, type: TaskType): readonly string[] {
  return facts.tasksOfType.get(type) ?? NO_TASKS;
}

/** The tasks of any of these types, in board order. */
export function tasksOfTypes(facts: Facts, types: Iterable<TaskType>): string[] {
  const ids: string[] = [];
  for (const type of types) ids.push(...tasksOfType(facts, type));
  return ids.sort(byIndex(facts));
}

/** Every owned task is owned by externals only (the `fully-outsourced` rule's "all"). */
export function everyTaskOutsourced(facts: Facts): boolean {
  return facts.ownedTasks > 0 && facts.outsourcedTasks === facts.ownedTasks;
}

/** A task owned, and every owner an external party. */
export function isOutsourced(facts: Facts, taskId: string): boolean {
  const owners = facts.task.get(taskId)?.owners;
  if (!owners || owners.length === 0) return false;
  for (const owner of owners) if (facts.byId.get(owner)?.kind !== 'external') return false;
  return true;
}

/** Words that show a task's label already says what type of task it is, in Dutch or English. */
const TYPE_WORDS: Partial<Record<TaskType, readonly string[]>> = {
  'crisis-management': ['crisis'],
  'reputation-monitoring': ['reputat', 'monitor'],
  webcare: ['webcare'],
  tooling: ['tool', 'software'],
};

/**
 * Whether the label names the task's type ("Reputatiemonitoring"), so a message that puts
 * the type before the label would say it twice ("the reputation monitoring “Reputatiemonitoring”").
 */
export function labelNamesType(label: string, type: TaskType): boolean {
  const words = TYPE_WORDS[type];
  if (!words) return false;
  const text = label.toLowerCase();
  return words.some((word) => text.includes(word));
}
