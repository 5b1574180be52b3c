/** Objectives come first (000 #1): they decide who should own the work (004 comments, 003). */
import type { DepartmentType, ObjectiveType } from '../../model/catalogue';
import { homeDepartment, inBoardOrder, label, type Facts } from '../facts';
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

export function objectiveOwnerFit(facts: Facts): Hint[] {
  const hints: Hint[] = [];
  for (const objective of facts.objectives) {
    const serving = facts.servedBy.get(objective.id);
    if (!serving) continue; // objective-unserved speaks for it
    const natural = NATURAL_DEPARTMENTS[objective.data.objectiveType];
    const fits = serving.some((taskId) =>
      facts.task.get(taskId)!.owners.some((owner) => {
        const department = homeDepartment(facts, owner);
        return department !== undefined && natural.includes(department.data.departmentType);
      }),
    );
    if (fits) continue;
    hints.push(
      makeHint(
        'objective-owner-fit',
        [objective.id],
        [objective.id],
        { objective: objective.label, tasks: inBoardOrder(facts, serving).map((id) => `“${label(facts, id)}”`).join(', ') },
        { variant: objective.data.objectiveType },
      ),
    );
  }
  return hints;
}
