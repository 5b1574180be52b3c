/** Objectives come first (000 #1): they decide who should own the work (004 comments, 003). */
import type { ObjectiveNode } from '../../model/board';
import type { DepartmentType, ObjectiveType } from '../../model/catalogue';
import { homeDepartment, inBoardOrder, label } from '../factQueries';
import type { Facts, TaskFacts } from '../facts';
import type { Hint } from '../types';
import { hasTasks, makeHint } from './hint';

export function objectivesMissing(facts: Facts): Hint[] {
  if (!hasTasks(facts) || facts.objectives.length > 0) return [];
  return [makeHint('objectives-missing', [], [], { tasks: facts.tasks.length })];
}

export function objectiveUnserved(facts: Facts): Hint[] {
  const hints: Hint[] = [];
  for (const objective of facts.objectives) {
    if (facts.servedBy.has(objective.id)) continue;
    hints.push(makeHint('objective-unserved', [objective.id], [objective.id], { objective: objective.label }));
  }
  return hints;
}

/** The department that naturally carries each objective (004 comments; 003 "aha / oh-oh"). */
export const NATURAL_DEPARTMENTS: Record<ObjectiveType, readonly DepartmentType[]> = {
  'customer-care': ['customer-service', 'webcare'],
  reputation: ['communications'],
  'sales-marketing': ['sales', 'marketing'],
  'product-innovation': ['rnd'],
  recruitment: ['hr'],
  'market-research': ['marketing', 'rnd'],
};

/*
 * The hint's words (every serving task by label, in board order) cost far more than the
 * test itself, on every pass. They depend only on the objective node and the serving tasks'
 * TaskFacts, which the engine replaces whenever a task or its edges change (and rebuilds,
 * with the board order, on any structural change), so the hint is kept per objective and
 * reused while the same TaskFacts serve it, in the same order. The test itself always runs:
 * it also reads departments, which a TaskFacts does not track.
 */
const ownerFitMemo = new WeakMap<ObjectiveNode, { serving: (TaskFacts | undefined)[]; hint: Hint }>();

function ownerFitHint(facts: Facts, objective: ObjectiveNode, serving: string[]): Hint {
  const known = ownerFitMemo.get(objective);
  if (known && known.serving.length === serving.length && serving.every((id, i) => facts.task.get(id) === known.serving[i])) return known.hint;
  const hint = makeHint(
    'objective-owner-fit',
    [objective.id],
    [objective.id],
    { objective: objective.label, tasks: inBoardOrder(facts, serving).map((id) => `“${label(facts, id)}”`).join(', ') },
    { variant: objective.data.objectiveType },
  );
  ownerFitMemo.set(objective, { serving: serving.map((id) => facts.task.get(id)), hint });
  return hint;
}

export function objectiveOwnerFit(facts: Facts): Hint[] {
  const hints: Hint[] = [];
  for (const objective of facts.objectives) {
    const serving = facts.servedBy.get(objective.id);
    if (!serving) continue; // objective-unserved speaks for it
    if (!servedFromNaturalHome(facts, serving, NATURAL_DEPARTMENTS[objective.data.objectiveType])) hints.push(ownerFitHint(facts, objective, serving));
  }
  return hints;
}

/** Plain loops: this runs for every objective on every pass (no closures per objective). */
function servedFromNaturalHome(facts: Facts, serving: string[], natural: readonly DepartmentType[]): boolean {
  for (const taskId of serving) {
    for (const owner of facts.task.get(taskId)!.owners) {
      const department = homeDepartment(facts, owner);
      if (department !== undefined && natural.includes(department.data.departmentType)) return true;
    }
  }
  return false;
}
