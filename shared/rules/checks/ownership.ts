/** Who owns each task: someone must finally be accountable (004 comments), and not IT (000 #4). */
import type { TaskType } from '../../model/vocabulary';
import { homeDepartment, inBoardOrder, label, tasksOfType } from '../factQueries';
import type { Facts, TaskFacts } from '../facts';
import type { Fix } from '../types';
import type { Check } from './check';
import { makeHint } from './hint';

const MAX_FIXES = 3;

function setAccountable(facts: Facts, t: TaskFacts, holder: string): Fix {
  return { type: 'setAccountable', task: t.task.id, holder, params: { holder: label(facts, holder), task: t.task.label } };
}

export const taskUnowned: Check = {
  subject: {
    kind: 'task',
    hint(facts, id) {
      const t = facts.task.get(id)!;
      if (t.owners.length > 0) return undefined;
      // Several R and no A is the "hot potato" of 004: everyone's and no one's.
      const variant = t.holders.length === 0 ? 'nobody' : t.responsible.length > 1 ? 'severalResponsible' : 'onlyConsulted';
      const candidates = t.responsible.length > 1 ? t.responsible : t.holders;
      return makeHint(
        'task-unowned',
        [id],
        [id],
        { task: t.task.label, count: t.responsible.length },
        { variant, fixes: candidates.slice(0, MAX_FIXES).map((holder) => setAccountable(facts, t, holder)) },
      );
    },
  },
};

export const taskMultipleAccountable: Check = {
  subject: {
    kind: 'task',
    hint(facts, id) {
      const t = facts.task.get(id)!;
      if (t.accountable.length < 2) return undefined;
      return makeHint(
        'task-multiple-accountable',
        inBoardOrder(facts, [id, ...t.accountable]),
        [id],
        {
          task: t.task.label,
          count: t.accountable.length,
          holders: t.accountable.map((holder) => `“${label(facts, holder)}”`).join(', '),
        },
        { fixes: t.accountable.slice(0, MAX_FIXES).map((holder) => setAccountable(facts, t, holder)) },
      );
    },
  },
};

function inIt(facts: Facts, nodeId: string): boolean {
  return homeDepartment(facts, nodeId)?.data.departmentType === 'it';
}

export const strategyOwnedByIt: Check = {
  subject: {
    kind: 'task',
    among: (facts) => tasksOfType(facts, 'strategy'),
    hint(facts, id) {
      const t = facts.task.get(id)!;
      if (t.task.data.taskType !== 'strategy') return undefined;
      const itOwners = t.owners.filter((owner) => inIt(facts, owner));
      if (itOwners.length === 0) return undefined;
      // Who could take it over: whoever already leads a team, then the roles outside IT on the task.
      const fixes: Fix[] = [];
      const seen = new Set<string>();
      const consider = (holder: string) => {
        if (fixes.length === MAX_FIXES || seen.has(holder)) return;
        seen.add(holder);
        if (facts.byId.get(holder)?.kind === 'role' && !inIt(facts, holder)) fixes.push(setAccountable(facts, t, holder));
      };
      for (const team of facts.teams) for (const lead of facts.teamLeads.get(team.id) ?? []) consider(lead);
      for (const holder of t.holders) consider(holder);
      return makeHint('strategy-owned-by-it', inBoardOrder(facts, [id, ...itOwners]), [id], { task: t.task.label, owner: label(facts, itOwners[0]) }, { fixes });
    },
    // The fixes name team leads: a lead drawn, cut or renamed reaches every such hint.
    rereads: (facts, changes) => changes.teams.size > 0 || [...changes.labels].some((id) => facts.leads.has(id)),
  },
};

/**
 * Strategic work in 000 #5's sense: the strategy and the policy (unless the room set them to
 * another level). Crisis management is not counted: who owns it is `crisis-without-pr`'s question.
 */
const isSteering = (t: TaskFacts) => (t.task.data.taskType === 'strategy' || t.task.data.taskType === 'policy') && t.level === 'strategic';
const isFrontline = (type: TaskType) => type === 'webcare' || type === 'engagement';

export const strategicOperationalMixed: Check = {
  subject: {
    kind: 'role',
    hint(facts, id) {
      const owns = facts.owns.get(id);
      if (!owns || owns.length < 2 || !mixesLevels(facts, owns)) return undefined;
      const owned = inBoardOrder(facts, owns);
      const strategic: string[] = [];
      const frontline: string[] = [];
      for (const task of owned) {
        const t = facts.task.get(task)!;
        if (isFrontline(t.task.data.taskType)) frontline.push(task);
        else if (isSteering(t)) strategic.push(task);
      }
      return makeHint('strategic-operational-mixed', inBoardOrder(facts, [id, ...strategic, ...frontline]), [id], {
        role: label(facts, id),
        strategic: label(facts, strategic[0]),
        operational: label(facts, frontline[0]),
      });
    },
  },
};

/** The cheap test first (most roles own one kind of work), without allocating. */
function mixesLevels(facts: Facts, owned: string[]): boolean {
  let strategic = false;
  let frontline = false;
  for (const id of owned) {
    const t = facts.task.get(id)!;
    if (isFrontline(t.task.data.taskType)) frontline = true;
    else if (isSteering(t)) strategic = true;
  }
  return strategic && frontline;
}
