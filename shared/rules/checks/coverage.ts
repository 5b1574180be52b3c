/**
 * Where the work sits: not all in one department (002; 003), not all outsourced (004
 * comments; 001), reputation trouble with PR (003), the team's task areas covered (001), and
 * sales involved in B2B (001).
 */
import type { DepartmentNode } from '../../model/board';
import type { TaskType } from '../../model/catalogue';
import { everyTaskOutsourced, firstInBoardOrder, homeDepartment, inBoardOrder, label, tasksOfType } from '../factQueries';
import type { Facts } from '../facts';
import type { Fix } from '../types';
import type { Check } from './check';
import { hasTasks, makeHint } from './hint';

/** Departments of 002's three pitfalls; any other department gets the general wording. */
const PITFALLS = new Set(['marketing', 'customer-service', 'communications']);

export const singleDepartmentPitfall: Check = {
  board(facts) {
    // One home among all owners, and a department at that: '' stands for owners outside every
    // department (a team, an agency, a free role), which spread the work.
    if (facts.ownerHomes.size !== 1) return [];
    const [home] = facts.ownerHomes.keys();
    if (home === '') return [];
    const only = facts.byId.get(home) as DepartmentNode;
    const type = only.data.departmentType;
    return [
      makeHint(
        'single-department-pitfall',
        [only.id],
        [only.id],
        { department: only.label, tasks: facts.ownedTasks },
        { variant: PITFALLS.has(type) ? type : 'other' },
      ),
    ];
  },
};

const isExternal = (facts: Facts, id: string) => facts.byId.get(id)?.kind === 'external';

export const fullyOutsourced: Check = {
  board(facts) {
    if (!everyTaskOutsourced(facts)) return [];
    const parties = inBoardOrder(facts, facts.tasks.flatMap((task) => facts.task.get(task.id)!.owners));
    return [makeHint('fully-outsourced', parties, [], { party: label(facts, parties[0]), count: parties.length }, { variant: 'all' })];
  },
  // The core tasks, one by one, when the board as a whole is not outsourced (that hint says it all).
  subject: {
    kind: 'task',
    hint(facts, id) {
      const t = facts.task.get(id)!;
      const type = t.task.data.taskType;
      if (type !== 'strategy' && type !== 'engagement') return undefined;
      const parties = t.owners.filter((owner) => isExternal(facts, owner));
      if (parties.length === 0 || everyTaskOutsourced(facts)) return undefined;
      return makeHint(
        'fully-outsourced',
        inBoardOrder(facts, [id, ...parties]),
        [id],
        { task: t.task.label, party: label(facts, parties[0]) },
        { variant: 'core' },
      );
    },
    rereads: (_facts, changes) => changes.outsourced,
  },
};

/** Who should speak for Communications: a role there that already owns work, else any role, else the department. */
function communicationsHolder(facts: Facts): string | undefined {
  const department = facts.departments.find((d) => d.data.departmentType === 'communications');
  if (!department) return undefined;
  const roles = facts.rolesIn.get(department.id) ?? [];
  return roles.find((r) => facts.owns.has(r)) ?? roles[0] ?? department.id;
}

export const crisisWithoutPr: Check = {
  subject: {
    kind: 'task',
    hint(facts, id) {
      const t = facts.task.get(id)!;
      const type = t.task.data.taskType;
      if (type !== 'crisis-management' && type !== 'reputation-monitoring') return undefined;
      for (const d of t.departments) {
        if ((facts.byId.get(d) as DepartmentNode).data.departmentType === 'communications') return undefined;
      }
      const holder = communicationsHolder(facts);
      const fixes: Fix[] = [];
      if (holder) {
        const raci = t.owners.length === 0 ? 'A' : 'R';
        fixes.push({ type: 'addResponsible', task: id, holder, raci, params: { holder: label(facts, holder), task: t.task.label, raci } });
      }
      return makeHint('crisis-without-pr', [id], [id], { task: t.task.label }, { variant: type, fixes });
    },
    // The fix names who speaks for Communications: that changes with its roles' work and names.
    rereads: (facts, changes) => inCommunications(facts, changes.participation) || inCommunications(facts, changes.labels),
  },
};

function inCommunications(facts: Facts, ids: Set<string>): boolean {
  for (const id of ids) if (homeDepartment(facts, id)?.data.departmentType === 'communications') return true;
  return false;
}

function addTaskFix(facts: Facts, taskType: TaskType, owner: string | undefined, near: string | undefined): Fix[] {
  if (owner === undefined) return [];
  const fix: Fix = { type: 'addTask', taskType, owner, params: { owner: label(facts, owner) } };
  if (near !== undefined) fix.near = near;
  return [fix];
}

export const monitoringWithoutCrisis: Check = {
  board(facts) {
    const monitoring = tasksOfType(facts, 'reputation-monitoring');
    if (monitoring.length === 0 || tasksOfType(facts, 'crisis-management').length > 0) return [];
    const first = facts.task.get(monitoring[0])!;
    const owner = communicationsHolder(facts) ?? first.owners[0];
    return [
      makeHint(
        'monitoring-without-crisis',
        [...monitoring],
        [],
        { task: first.task.label },
        { fixes: addTaskFix(facts, 'crisis-management', owner, monitoring[0]) },
      ),
    ];
  },
};

export const salesNotInvolved: Check = {
  board(facts) {
    if (facts.board.profile.market === 'b2c' || !hasTasks(facts)) return [];
    const sales = facts.departments.filter((d) => d.data.departmentType === 'sales');
    if (sales.some((d) => facts.activeDepartments.has(d.id))) return [];
    const department = sales[0];
    const holder = department ? (facts.rolesIn.get(department.id)?.[0] ?? department.id) : undefined;
    // Social selling is where sales meets social media (001): join it, or start it.
    const sellingId = tasksOfType(facts, 'social-selling')[0];
    const selling = sellingId === undefined ? undefined : facts.task.get(sellingId)!.task;
    const fixes: Fix[] =
      holder && selling
        ? [{ type: 'addResponsible', task: selling.id, holder, raci: 'R', params: { holder: label(facts, holder), task: selling.label, raci: 'R' } }]
        : addTaskFix(facts, 'social-selling', holder, undefined);
    return [
      makeHint(
        'sales-not-involved',
        sales.map((d) => d.id),
        [],
        { market: facts.board.profile.market },
        { variant: department ? 'idle' : 'absent', fixes },
      ),
    ];
  },
};

export const policyMissing: Check = {
  board(facts) {
    if (facts.board.profile.size === 'small' || !hasTasks(facts)) return [];
    if (tasksOfType(facts, 'policy').length > 0) return [];
    // The policy is the lead's to set; without a lead, lead-missing comes first.
    const strategy = tasksOfType(facts, 'strategy')[0];
    const owner = firstInBoardOrder(facts, facts.leads);
    return [makeHint('policy-missing', [], [], {}, { fixes: addTaskFix(facts, 'policy', owner, strategy) })];
  },
};

export const orphanRole: Check = {
  subject: {
    kind: 'role',
    hint(facts, id) {
      if (facts.departmentOf.has(id) || facts.inTeam.has(id) || facts.takesPart.has(id)) return undefined;
      return makeHint('orphan-role', [id], [id], { role: label(facts, id) });
    },
  },
};
