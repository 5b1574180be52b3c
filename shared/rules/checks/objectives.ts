/** Objectives come first (000 #1): they decide who should own the work (004 comments, 003). */
import type { ObjectiveNode } from '../../model/board';
import type { DepartmentType, ObjectiveType } from '../../model/catalogue';
import { homeDepartment, inBoardOrder, label } from '../factQueries';
import type { Facts } from '../facts';
import type { Check } from './check';
import { hasTasks, makeHint } from './hint';

export const objectivesMissing: Check = {
  board(facts) {
    if (!hasTasks(facts) || facts.objectives.length > 0) return [];
    return [makeHint('objectives-missing', [], [], { tasks: facts.tasks.length })];
  },
};

export const objectiveUnserved: Check = {
  subject: {
    kind: 'objective',
    hint(facts, id) {
      if (facts.servedBy.has(id)) return undefined;
      return makeHint('objective-unserved', [id], [id], { objective: label(facts, id) });
    },
  },
};

/** The department that naturally carries each objective (004 comments; 003 "aha / oh-oh"). */
export const NATURAL_DEPARTMENTS: Record<ObjectiveType, readonly DepartmentType[]> = {
  'customer-care': ['customer-service', 'webcare'],
  reputation: ['communications'],
  'sales-marketing': ['sales', 'marketing'],
  'product-innovation': ['rnd'],
  recruitment: ['hr'],
  'market-research': ['marketing', 'rnd'],
};

export const objectiveOwnerFit: Check = {
  subject: {
    kind: 'objective',
    hint(facts, id) {
      const serving = facts.servedBy.get(id);
      if (!serving) return undefined; // objective-unserved speaks for it
      const objective = facts.byId.get(id) as ObjectiveNode;
      if (servedFromNaturalHome(facts, serving, NATURAL_DEPARTMENTS[objective.data.objectiveType])) return undefined;
      return makeHint(
        'objective-owner-fit',
        [id],
        [id],
        { objective: objective.label, tasks: inBoardOrder(facts, serving).map((task) => `“${label(facts, task)}”`).join(', ') },
        { variant: objective.data.objectiveType },
      );
    },
  },
};

/** Plain loops: this runs for every served objective on a full pass (no closures per objective). */
function servedFromNaturalHome(facts: Facts, serving: string[], natural: readonly DepartmentType[]): boolean {
  for (const taskId of serving) {
    for (const owner of facts.task.get(taskId)!.owners) {
      const department = homeDepartment(facts, owner);
      if (department !== undefined && natural.includes(department.data.departmentType)) return true;
    }
  }
  return false;
}
