/**
 * Where the work sits: not all in one department (002; 003), not all outsourced (004
 * comments; 001), reputation trouble with PR (003), the team's task areas covered (001), and
 * sales involved in B2B (001).
 */
import type { DepartmentNode } from '../../model/board';
import type { TaskType } from '../../model/catalogue';
import { firstInBoardOrder, homeDepartment, inBoardOrder, label } from '../factQueries';
import type { Facts } from '../facts';
import type { Fix, Hint } from '../types';
import { hasTasks, makeHint } from './hint';

/** Departments of 002's three pitfalls; any other department gets the general wording. */
const PITFALLS = new Set(['marketing', 'customer-service', 'communications']);

export function singleDepartmentPitfall(facts: Facts): Hint[] {
  let only: DepartmentNode | undefined;
  let owned = 0;
  for (const task of facts.tasks) {
    const t = facts.task.get(task.id)!;
    for (const owner of t.owners) {
      const department = homeDepartment(facts, owner);
      // An owner outside every department (a team, an agency, a free role) spreads the work.
      if (!department || (only && only.id !== department.id)) return [];
      only = department;
    }
    if (t.owners.length) owned++;
  }
  if (!only || owned === 0) return [];
  const type = only.data.departmentType;
  return [
    makeHint(
      'single-department-pitfall',
      [only.id],
      [only.id],
      { department: only.label, tasks: owned },
      { variant: PITFALLS.has(type) ? type : 'other' },
    ),
  ];
}

export function fullyOutsourced(facts: Facts): Hint[] {
  const isExternal = (id: string) => facts.byId.get(id)?.kind === 'external';
  // Task facts in board order: facts.task is a Map whose order edits change.
  let anyOwned = false;
  let allExternal = true;
  for (const task of facts.tasks) {
    const t = facts.task.get(task.id)!;
    if (t.owners.length === 0) continue;
    anyOwned = true;
    if (!t.owners.every(isExternal)) {
      allExternal = false;
      break;
    }
  }
  if (anyOwned && allExternal) {
    const owned = facts.tasks.map((task) => facts.task.get(task.id)!).filter((t) => t.owners.length > 0);
    const parties = inBoardOrder(facts, owned.flatMap((t) => t.owners));
    return [
      makeHint(
        'fully-outsourced',
        parties,
        [],
        { party: label(facts, parties[0]), count: parties.length },
        { variant: 'all' },
      ),
    ];
  }
  const hints: Hint[] = [];
  for (const task of facts.tasks) {
    const type = task.data.taskType;
    if (type !== 'strategy' && type !== 'engagement') continue;
    const t = facts.task.get(task.id)!;
    const parties = t.owners.filter(isExternal);
    if (parties.length === 0) continue;
    hints.push(
      makeHint(
        'fully-outsourced',
        inBoardOrder(facts, [t.task.id, ...parties]),
        [t.task.id],
        { task: t.task.label, party: label(facts, parties[0]) },
        { variant: 'core' },
      ),
    );
  }
  return hints;
}

/** Who should speak for Communications: a role there that already owns work, else any role, else the department. */
function communicationsHolder(facts: Facts): string | undefined {
  const department = facts.departments.find((d) => d.data.departmentType === 'communications');
  if (!department) return undefined;
  const roles = facts.rolesIn.get(department.id) ?? [];
  return roles.find((r) => facts.owns.has(r)) ?? roles[0] ?? department.id;
}

export function crisisWithoutPr(facts: Facts): Hint[] {
  const hints: Hint[] = [];
  const holder = communicationsHolder(facts);
  for (const task of facts.tasks) {
    const type = task.data.taskType;
    if (type !== 'crisis-management' && type !== 'reputation-monitoring') continue;
    const t = facts.task.get(task.id)!;
    let comms = false;
    for (const d of t.departments) {
      if ((facts.byId.get(d) as DepartmentNode).data.departmentType === 'communications') comms = true;
    }
    if (comms) continue;
    const fixes: Fix[] = [];
    if (holder) {
      const raci = t.owners.length === 0 ? 'A' : 'R';
      fixes.push({ type: 'addResponsible', task: t.task.id, holder, raci, params: { holder: label(facts, holder), task: t.task.label, raci } });
    }
    hints.push(makeHint('crisis-without-pr', [t.task.id], [t.task.id], { task: t.task.label }, { variant: type, fixes }));
  }
  return hints;
}

function addTaskFix(facts: Facts, taskType: TaskType, owner: string | undefined, near: string | undefined): Fix[] {
  if (owner === undefined) return [];
  const fix: Fix = { type: 'addTask', taskType, owner, params: { owner: label(facts, owner) } };
  if (near !== undefined) fix.near = near;
  return [fix];
}

export function monitoringWithoutCrisis(facts: Facts): Hint[] {
  const monitoring = facts.tasks.filter((t) => t.data.taskType === 'reputation-monitoring');
  if (monitoring.length === 0 || facts.tasks.some((t) => t.data.taskType === 'crisis-management')) return [];
  const first = facts.task.get(monitoring[0].id)!;
  const owner = communicationsHolder(facts) ?? first.owners[0];
  return [
    makeHint(
      'monitoring-without-crisis',
      monitoring.map((t) => t.id),
      [],
      { task: monitoring[0].label },
      { fixes: addTaskFix(facts, 'crisis-management', owner, monitoring[0].id) },
    ),
  ];
}

export function salesNotInvolved(facts: Facts): Hint[] {
  if (facts.board.profile.market === 'b2c' || !hasTasks(facts)) return [];
  const sales = facts.departments.filter((d) => d.data.departmentType === 'sales');
  if (sales.some((d) => facts.activeDepartments.has(d.id))) return [];
  const department = sales[0];
  const holder = department ? (facts.rolesIn.get(department.id)?.[0] ?? department.id) : undefined;
  // Social selling is where sales meets social media (001): join it, or start it.
  const selling = facts.tasks.find((t) => t.data.taskType === 'social-selling');
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
}

export function policyMissing(facts: Facts): Hint[] {
  if (facts.board.profile.size === 'small' || !hasTasks(facts)) return [];
  if (facts.tasks.some((t) => t.data.taskType === 'policy')) return [];
  // The policy is the lead's to set; without a lead, lead-missing comes first.
  const strategy = facts.strategyTasks[0];
  const owner = firstInBoardOrder(facts, facts.leads);
  return [makeHint('policy-missing', [], [], {}, { fixes: addTaskFix(facts, 'policy', owner, strategy?.id) })];
}

export function orphanRole(facts: Facts): Hint[] {
  const hints: Hint[] = [];
  for (const role of facts.roles) {
    if (facts.departmentOf.has(role.id) || facts.inTeam.has(role.id) || facts.takesPart.has(role.id)) continue;
    hints.push(makeHint('orphan-role', [role.id], [role.id], { role: role.label }));
  }
  return hints;
}
