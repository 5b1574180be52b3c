/**
 * Lines between the people doing the work (rule set v2): webcare needs someone with the
 * final say to escalate to (004, AJ), content and conversation from several departments
 * need aligning, if only "qua timing" (000 #2), and IT chooses tools with the people who
 * will use them (000 #4: IT facilitates; 001: assessing and buying software).
 */
import type { RoleNode } from '../../model/board';
import type { RoleType } from '../../model/vocabulary';
import { homeDepartment, inBoardOrder, label, tasksOfType } from '../factQueries';
import type { FactChanges } from '../factUpdates';
import type { Facts } from '../facts';
import type { Fix } from '../types';
import type { Check } from './check';
import { makeHint } from './hint';

/**
 * Whether "the lead" (a fix names it) may have changed: someone began or stopped leading (a
 * team's lead drawn or cut, a strategy task's owner changed), a task's type changed, or a
 * lead renamed or retyped.
 */
function leadMayHaveChanged(facts: Facts, changes: FactChanges): boolean {
  if (changes.types || changes.leads) return true;
  for (const id of changes.labels) if (facts.leads.has(id)) return true;
  for (const id of changes.retyped) if (facts.leads.has(id)) return true;
  return false;
}

const isCrisis = (facts: Facts, task: string) => facts.task.get(task)!.task.data.taskType === 'crisis-management';

/** Whether `node` takes part in a crisis task (its own few tasks, not the board's crisis tasks). */
function inCrisis(facts: Facts, node: string): boolean {
  for (const task of facts.takesPart.get(node) ?? []) if (isCrisis(facts, task)) return true;
  return false;
}

/** Whether `holder`, or its department (itself or any role in it), takes part in a crisis task. */
function escalates(facts: Facts, holder: string): boolean {
  if (inCrisis(facts, holder)) return true;
  const home = homeDepartment(facts, holder);
  if (!home) return false;
  if (inCrisis(facts, home.id)) return true;
  for (const role of facts.rolesIn.get(home.id) ?? []) if (inCrisis(facts, role)) return true;
  return false;
}

export const webcareNoEscalation: Check = {
  subject: {
    kind: 'task',
    among: (facts) => tasksOfType(facts, 'webcare'),
    hint(facts, id) {
      const t = facts.task.get(id)!;
      if (t.task.data.taskType !== 'webcare' || t.owners.length === 0) return undefined; // task-unowned first
      for (const owner of t.owners) if (escalates(facts, owner)) return undefined;
      const crisis = tasksOfType(facts, 'crisis-management');
      const owner = t.owners[0];
      const params = { task: t.task.label, owner: label(facts, owner) };
      // No fix without a crisis task: who owns it is crisis-without-pr's question (003), and
      // monitoring-without-crisis offers the task where monitoring exists. A fix must resolve
      // its hint in one step, and a new task owned by anyone else would not.
      if (crisis.length === 0) return makeHint('webcare-no-escalation', [id], [id], params, { variant: 'noCrisis' });
      const first = facts.task.get(crisis[0])!.task;
      const fixes: Fix[] = [
        { type: 'addResponsible', task: first.id, holder: owner, raci: 'C', params: { holder: params.owner, task: first.label, raci: 'C' } },
      ];
      // The first crisis task stands for them all: there are few, and the fix consults on it.
      return makeHint('webcare-no-escalation', inBoardOrder(facts, [id, first.id]), [id], { ...params, crisis: first.label }, { variant: 'outside', fixes });
    },
    // It reads who holds the crisis tasks (not their letters: taking part is enough) and their
    // labels. A letter changed on a crisis task, the commonest edit, leaves every hint as it was.
    rereads(facts, changes) {
      if (changes.types) return true;
      for (const id of changes.holders) if (isCrisis(facts, id)) return true;
      // Of the crisis tasks' labels, a hint names only the first's.
      const first = tasksOfType(facts, 'crisis-management')[0];
      return first !== undefined && changes.labels.has(first);
    },
  },
};

const isSpreadWork = (facts: Facts, id: string) => {
  const type = facts.task.get(id)!.task.data.taskType;
  return type === 'content-marketing' || type === 'engagement';
};

export const contentNotCoordinated: Check = {
  board(facts) {
    const tasks = [...tasksOfType(facts, 'content-marketing'), ...tasksOfType(facts, 'engagement')];
    if (tasks.length === 0) return [];
    const departments = new Set<string>();
    const owners = new Set<string>();
    let onlyRoles = true;
    for (const id of tasks) {
      const t = facts.task.get(id)!;
      // The lead taking part in any of them aligns them (000 #3).
      for (const holder of t.holders) if (facts.leads.has(holder)) return [];
      for (const owner of t.owners) {
        owners.add(owner);
        if (facts.byId.get(owner)!.kind !== 'role') onlyRoles = false;
        const home = homeDepartment(facts, owner);
        if (home) departments.add(home.id);
      }
    }
    if (departments.size < 2) return [];
    // One team whose members (or lead) are all the owners aligns them too.
    if (onlyRoles) {
      for (const team of facts.teams) {
        let inIt = 0;
        for (const role of facts.members.get(team.id) ?? []) if (owners.has(role)) inIt++;
        for (const role of facts.teamLeads.get(team.id) ?? []) if (owners.has(role) && !facts.members.get(team.id)?.includes(role)) inIt++;
        if (inIt === owners.size) return [];
      }
    }
    const listed = inBoardOrder(facts, departments);
    return [
      makeHint('content-not-coordinated', inBoardOrder(facts, tasks.filter((id) => isSpreadWork(facts, id))), [], {
        count: listed.length,
        departments: listed.map((d) => `“${label(facts, d)}”`).join(', '),
      }),
    ];
  },
};

/** The roles that use social media tools every day (domain.md, `tooling-without-users`). */
const SOCIAL_MEDIA_ROLES: ReadonlySet<RoleType> = new Set([
  'strategist',
  'social-media-manager',
  'community-manager',
  'webcare-coordinator',
  'webcare-agent',
  'content-creator',
  'analyst',
  'conversation-manager',
]);

const isSocialMediaRole = (facts: Facts, id: string) => {
  const node = facts.byId.get(id);
  return node?.kind === 'role' && SOCIAL_MEDIA_ROLES.has(node.data.roleType);
};

/** The first lead in board order who is a social media role (a loop: judged for every tooling task). */
function firstSocialMediaLead(facts: Facts): string | undefined {
  let best: string | undefined;
  let bestAt = Infinity;
  for (const role of facts.leads) {
    const at = facts.index.get(role)!;
    if (at < bestAt && isSocialMediaRole(facts, role)) {
      best = role;
      bestAt = at;
    }
  }
  return best;
}

export const toolingWithoutUsers: Check = {
  subject: {
    kind: 'task',
    among: (facts) => tasksOfType(facts, 'tooling'),
    hint(facts, id) {
      const t = facts.task.get(id)!;
      if (t.task.data.taskType !== 'tooling') return undefined;
      const it = t.owners.find((owner) => homeDepartment(facts, owner)?.data.departmentType === 'it');
      if (it === undefined) return undefined;
      for (const holder of t.holders) if (isSocialMediaRole(facts, holder)) return undefined;
      // Consult the lead when the lead is a social media role: the users' voice.
      const fixes: Fix[] = [];
      const lead = firstSocialMediaLead(facts);
      if (lead !== undefined) {
        const role = facts.byId.get(lead) as RoleNode;
        fixes.push({ type: 'addResponsible', task: id, holder: lead, raci: 'C', params: { holder: role.label, task: t.task.label, raci: 'C' } });
      }
      return makeHint('tooling-without-users', inBoardOrder(facts, [id, it]), [id], { task: t.task.label, owner: label(facts, it) }, { fixes });
    },
    rereads: leadMayHaveChanged,
  },
};
