/** Who owns each task: someone must finally be accountable (004 comments), and not IT (000 #4). */
import { homeDepartment, inBoardOrder, label } from '../factQueries';
import type { Facts, TaskFacts } from '../facts';
import type { Fix, Hint } from '../types';
import { makeHint } from './hint';

const MAX_FIXES = 3;

/**
 * Task-local hints are kept per TaskFacts object: the engine makes a new one only for a task
 * an edit touched (its edges, its node, or a holder's node), so the rest are reused as is.
 */
const unownedMemo = new WeakMap<TaskFacts, Hint[]>();
const multipleMemo = new WeakMap<TaskFacts, Hint[]>();

function setAccountable(facts: Facts, t: TaskFacts, holder: string): Fix {
  return { type: 'setAccountable', task: t.task.id, holder, params: { holder: label(facts, holder), task: t.task.label } };
}

export function taskUnowned(facts: Facts): Hint[] {
  const hints: Hint[] = [];
  for (const task of facts.tasks) {
    const t = facts.task.get(task.id)!;
    if (t.owners.length > 0) continue;
    const known = unownedMemo.get(t);
    if (known) {
      hints.push(...known);
      continue;
    }
    // Several R and no A is the "hot potato" of 004: everyone's and no one's.
    const variant = t.holders.length === 0 ? 'nobody' : t.responsible.length > 1 ? 'severalResponsible' : 'onlyConsulted';
    const candidates = t.responsible.length > 1 ? t.responsible : t.holders;
    const hint = makeHint(
      'task-unowned',
      [t.task.id],
      [t.task.id],
      { task: t.task.label, count: t.responsible.length },
      { variant, fixes: candidates.slice(0, MAX_FIXES).map((holder) => setAccountable(facts, t, holder)) },
    );
    unownedMemo.set(t, [hint]);
    hints.push(hint);
  }
  return hints;
}

export function taskMultipleAccountable(facts: Facts): Hint[] {
  const hints: Hint[] = [];
  for (const task of facts.tasks) {
    const t = facts.task.get(task.id)!;
    if (t.accountable.length < 2) continue;
    const known = multipleMemo.get(t);
    if (known) {
      hints.push(...known);
      continue;
    }
    const made = [
      makeHint(
        'task-multiple-accountable',
        inBoardOrder(facts, [t.task.id, ...t.accountable]),
        [t.task.id],
        {
          task: t.task.label,
          count: t.accountable.length,
          holders: t.accountable.map((id) => `“${label(facts, id)}”`).join(', '),
        },
        { fixes: t.accountable.slice(0, MAX_FIXES).map((holder) => setAccountable(facts, t, holder)) },
      ),
    ];
    multipleMemo.set(t, made);
    hints.push(...made);
  }
  return hints;
}

function inIt(facts: Facts, nodeId: string): boolean {
  return homeDepartment(facts, nodeId)?.data.departmentType === 'it';
}

export function strategyOwnedByIt(facts: Facts): Hint[] {
  const hints: Hint[] = [];
  for (const task of facts.strategyTasks) {
    const t = facts.task.get(task.id)!;
    const itOwners = t.owners.filter((owner) => inIt(facts, owner));
    if (itOwners.length === 0) continue;
    // Who could take it over: whoever already leads, then the roles outside IT on the task.
    const candidates = facts.teams.flatMap((team) => facts.teamLeads.get(team.id) ?? []).concat(t.holders);
    const fixes = [...new Set(candidates)]
      .filter((id) => facts.byId.get(id)?.kind === 'role' && !inIt(facts, id))
      .slice(0, MAX_FIXES)
      .map((holder) => setAccountable(facts, t, holder));
    hints.push(
      makeHint(
        'strategy-owned-by-it',
        inBoardOrder(facts, [task.id, ...itOwners]),
        [task.id],
        { task: task.label, owner: label(facts, itOwners[0]) },
        { fixes },
      ),
    );
  }
  return hints;
}

export function strategicOperationalMixed(facts: Facts): Hint[] {
  const hints: Hint[] = [];
  for (const role of facts.roles) {
    const owns = facts.owns.get(role.id);
    if (!owns || owns.length < 2 || !mixesLevels(facts, owns)) continue;
    const owned = inBoardOrder(facts, owns);
    const strategic: string[] = [];
    const frontline: string[] = [];
    for (const id of owned) {
      const t = facts.task.get(id)!;
      if (t.level === 'strategic') strategic.push(id);
      const type = t.task.data.taskType;
      if (type === 'webcare' || type === 'engagement') frontline.push(id);
    }
    // A task overridden to "strategic" that is also webcare does not count twice.
    const strategicOnly = strategic.filter((id) => !frontline.includes(id));
    if (strategicOnly.length === 0 || frontline.length === 0) continue;
    hints.push(
      makeHint('strategic-operational-mixed', inBoardOrder(facts, [role.id, ...strategicOnly, ...frontline]), [role.id], {
        role: role.label,
        strategic: label(facts, strategicOnly[0]),
        operational: label(facts, frontline[0]),
      }),
    );
  }
  return hints;
}

/** The cheap test first (most roles own one kind of work), without allocating. */
function mixesLevels(facts: Facts, owned: string[]): boolean {
  let strategic = false;
  let frontline = false;
  for (const id of owned) {
    const t = facts.task.get(id)!;
    const type = t.task.data.taskType;
    if (type === 'webcare' || type === 'engagement') frontline = true;
    else if (t.level === 'strategic') strategic = true;
  }
  return strategic && frontline;
}
