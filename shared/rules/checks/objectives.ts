/** Objectives come first (000 #1): they decide who should own the work (004 comments, 003). */
import type { ObjectiveNode } from '../../model/board';
import type { DepartmentType, ObjectiveType } from '../../model/vocabulary';
import { everyTaskOutsourced, homeDepartment, inBoardOrder, isOutsourced, label } from '../factQueries';
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

/**
 * Whether the objective's work is owned away from its natural department, while one of that
 * type is on the board (without one there is nowhere to move it). Undefined when it is not.
 */
export function ownerMisfit(facts: Facts, id: string): readonly string[] | undefined {
  const serving = facts.servedBy.get(id);
  if (!serving) return undefined; // objective-unserved speaks for it
  const natural = NATURAL_DEPARTMENTS[(facts.byId.get(id) as ObjectiveNode).data.objectiveType];
  if (!natural.some((type) => facts.departmentsOfType.has(type))) return undefined;
  if (servedFromNaturalHome(facts, serving, natural)) return undefined;
  return serving;
}

/** The board is fully outsourced and so is all this objective's work: `fully-outsourced` names it (domain.md, Folding). */
export function foldedObjective(facts: Facts, serving: readonly string[]): boolean {
  return everyTaskOutsourced(facts) && serving.every((task) => isOutsourced(facts, task));
}

export const objectiveOwnerFit: Check = {
  subject: {
    kind: 'objective',
    hint(facts, id) {
      const serving = ownerMisfit(facts, id);
      if (!serving || foldedObjective(facts, serving)) return undefined;
      const objective = facts.byId.get(id) as ObjectiveNode;
      return makeHint(
        'objective-owner-fit',
        [id],
        [id],
        { objective: objective.label, tasks: inBoardOrder(facts, serving).map((task) => `“${label(facts, task)}”`).join(', ') },
        { variant: objective.data.objectiveType },
      );
    },
    // Folded into the outsourcing hint, or back out of it.
    rereads: (_facts, changes) => changes.outsourced,
  },
};

/** Plain loops: this runs for every served objective on a full pass (no closures per objective). */
function servedFromNaturalHome(facts: Facts, serving: readonly string[], natural: readonly DepartmentType[]): boolean {
  for (const taskId of serving) {
    for (const owner of facts.task.get(taskId)!.owners) {
      const department = homeDepartment(facts, owner);
      if (department !== undefined && natural.includes(department.data.departmentType)) return true;
    }
  }
  return false;
}
