/**
 * Where the work sits: not all in one department (002; 003), not all outsourced (004
 * comments; 001), reputation trouble with PR (003), the team's task areas covered (001), and
 * sales involved in B2B (001).
 */
import type { DepartmentNode } from '../../model/board';
import type { TaskType } from '../../model/vocabulary';
import { departmentsOfType, everyTaskOutsourced, firstInBoardOrder, homeDepartment, inBoardOrder, isOutsourced, label, labelNamesType, tasksOfType, tasksOfTypes } from '../factQueries';
import type { Facts } from '../facts';
import type { Fix } from '../types';
import type { Check } from './check';
import { hasTasks, makeHint } from './hint';
import { foldedObjective, ownerMisfit } from './objectives';

/** Departments of 002's three pitfalls; any other department gets the general wording. */
const PITFALLS = new Set(['marketing', 'customer-service', 'communications']);

export const singleDepartmentPitfall: Check = {
  board(facts) {
    // A pitfall of a growing organisation (002): a one-room start-up has only one room.
    if (facts.board.profile.size === 'small') return [];
    // One home among all owners of work that is not facilitating (IT facilitates, 000 #4), and
    // a department at that: '' stands for owners outside every department (a team, an agency,
    // a free role), which spread the work.
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
        { department: only.label, tasks: facts.ownedCoreTasks },
        { variant: PITFALLS.has(type) ? type : 'other' },
      ),
    ];
  },
};

const isExternal = (facts: Facts, id: string) => facts.byId.get(id)?.kind === 'external';

/** Dialogue and crisis need a mandate and fast lines that an agency lacks (004, AJ). */
const CORE_TASKS: ReadonlySet<TaskType> = new Set(['strategy', 'engagement', 'webcare', 'crisis-management']);

const quoted = (facts: Facts, ids: readonly string[]) => ids.map((id) => `“${label(facts, id)}”`).join(', ');

export const fullyOutsourced: Check = {
  board(facts) {
    if (!everyTaskOutsourced(facts)) return [];
    const parties = inBoardOrder(facts, facts.tasks.flatMap((task) => facts.task.get(task.id)!.owners));
    // Folding (domain.md): the owner-fit and PR hints about this outsourced work are said here, once.
    const objectives = facts.objectives.filter((o) => {
      const serving = ownerMisfit(facts, o.id);
      return serving !== undefined && foldedObjective(facts, serving);
    });
    const reputation = [...tasksOfType(facts, 'reputation-monitoring'), ...tasksOfType(facts, 'crisis-management')].filter(
      (id) => prMissing(facts, id) && isOutsourced(facts, id),
    );
    const tasks = inBoardOrder(facts, reputation);
    const variant = objectives.length ? (tasks.length ? 'allBoth' : 'allObjectives') : tasks.length ? 'allReputation' : 'all';
    const params = {
      party: label(facts, parties[0]),
      count: parties.length,
      objectives: quoted(facts, objectives.map((o) => o.id)),
      tasks: quoted(facts, tasks),
    };
    return [makeHint('fully-outsourced', parties, [], params, { variant })];
  },
  // The core tasks, one by one, when the board as a whole is not outsourced (that hint says it all).
  subject: {
    kind: 'task',
    among: (facts) => tasksOfTypes(facts, CORE_TASKS),
    hint(facts, id) {
      const t = facts.task.get(id)!;
      if (!CORE_TASKS.has(t.task.data.taskType)) return undefined;
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

/** Who speaks for Communications: a role there that already owns work, else any role, else the department; else a PR agency. */
function communicationsHolder(facts: Facts): string | undefined {
  const department = departmentsOfType(facts, 'communications')[0];
  if (department === undefined) return facts.externals.find((x) => x.data.externalType === 'pr-agency')?.id;
  const roles = facts.rolesIn.get(department) ?? [];
  return roles.find((r) => facts.owns.has(r)) ?? roles[0] ?? department;
}

/** Communications: the department, a role in it, or a PR agency (003: "de oh-oh vraag hoort bij pr-mensen thuis"). */
function speaksForPr(facts: Facts, id: string): boolean {
  const node = facts.byId.get(id);
  if (node?.kind === 'external') return node.data.externalType === 'pr-agency';
  return homeDepartment(facts, id)?.data.departmentType === 'communications';
}

/**
 * Whether PR is missing from a crisis task (nobody of communications *works* on it) or a
 * reputation monitoring task (nobody of it *takes part*); false for other tasks.
 */
export function prMissing(facts: Facts, id: string): boolean {
  const t = facts.task.get(id)!;
  const type = t.task.data.taskType;
  if (type !== 'crisis-management' && type !== 'reputation-monitoring') return false;
  const people = type === 'crisis-management' ? t.workers : t.holders;
  for (const holder of people) if (speaksForPr(facts, holder)) return false;
  return true;
}

/** The only task types `prMissing` is ever true for. */
const REPUTATION_TASKS: ReadonlySet<TaskType> = new Set(['crisis-management', 'reputation-monitoring']);

export const crisisWithoutPr: Check = {
  subject: {
    kind: 'task',
    // Judging every task again when Communications changes cost 3–4 ms on a 5,000-node board.
    among: (facts) => tasksOfTypes(facts, REPUTATION_TASKS),
    hint(facts, id) {
      if (!prMissing(facts, id)) return undefined;
      // Folded into the outsourcing hint when everything is outsourced (domain.md).
      if (everyTaskOutsourced(facts) && isOutsourced(facts, id)) return undefined;
      const t = facts.task.get(id)!;
      const type = t.task.data.taskType;
      const holder = communicationsHolder(facts);
      const fixes: Fix[] = [];
      if (holder) {
        const raci = t.owners.length === 0 ? 'A' : 'R';
        fixes.push({ type: 'addResponsible', task: id, holder, raci, params: { holder: label(facts, holder), task: t.task.label, raci } });
      }
      const variant = labelNamesType(t.task.label, type) ? `${type}-named` : type;
      return makeHint('crisis-without-pr', [id], [id], { task: t.task.label }, { variant, fixes });
    },
    // The fix names who speaks for Communications: that changes with its roles' work and names.
    rereads: (facts, changes) =>
      changes.outsourced || inCommunications(facts, changes.participation) || inCommunications(facts, changes.labels),
  },
};

function inCommunications(facts: Facts, ids: Set<string>): boolean {
  for (const id of ids) if (speaksForPr(facts, id)) return true;
  return false;
}

export function addTaskFix(facts: Facts, taskType: TaskType, owner: string | undefined, near: string | undefined): Fix[] {
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
    const sales = departmentsOfType(facts, 'sales');
    // Takes part: any letter counts, a consulted account manager included.
    if (sales.some((d) => facts.involvedDepartments.has(d))) return [];
    const department = sales[0];
    const holder = department !== undefined ? (facts.rolesIn.get(department)?.[0] ?? department) : undefined;
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
        [...sales],
        [],
        { market: facts.board.profile.market },
        // One wording per market: "the customers are businesses too" is wrong for a pure B2B one.
        { variant: `${department !== undefined ? 'idle' : 'absent'}-${facts.board.profile.market}`, fixes },
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
