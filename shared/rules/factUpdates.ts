/**
 * Brings the facts up to date after a small edit, and says what the edit reached, so the rule
 * engine judges again only those subjects (see engine.ts). "Reached" is drawn generously:
 * a subject is listed when anything its hints may read changed — its own node, its edges,
 * the facts of the tasks it owns, serves or holds, a holder's label — because a subject
 * judged once too often costs a little and one judged too rarely shows a wrong hint.
 */
import type { Board, BoardEdge, BoardNode, TaskNode } from '../model/board';
import { everyTaskOutsourced } from './factQueries';
import { addToBucket, removeFromBucket } from './edgeBuckets';
import { setDepartmentStanding, setSponsors, setTaskFacts, setTeamFacts, sortDepartmentTypes, sortTaskTypes, type Facts } from './facts';

/** What changed between the board the facts describe and the next one (see engine.ts `diffBoards`). */
export interface BoardChange {
  /** Nodes replaced by a version with the same id, kind and parent (data or label edits). */
  nodes: BoardNode[];
  removedEdges: BoardEdge[];
  addedEdges: BoardEdge[];
}

/** What an update reached, by subject kind; the engine judges these subjects again. */
export interface FactChanges {
  /**
   * Judge everything again: the facts were rebuilt, or a department was edited (its type and
   * label reach the hints of every task, role, team and objective with someone in it).
   */
  all: boolean;
  /** Nodes renamed: hints about other subjects name them (a lead, a representative, a holder). */
  labels: Set<string>;
  /** Tasks whose facts were recomputed: the node, its edges, or a holder's label changed. */
  tasks: Set<string>;
  /** Roles edited, holding a changed task (before or after the edit), or gaining or losing lead or team standing. */
  roles: Set<string>;
  /** Teams edited or whose member and lead edges changed. */
  teams: Set<string>;
  /** Objectives edited or served by a changed task (before or after the edit). */
  objectives: Set<string>;
  /** Nodes that began or stopped owning anything, or taking part in anything. */
  participation: Set<string>;
  /** A department became active or idle. */
  active: boolean;
  /** A task's type changed (hints that read the tasks of a type elsewhere on the board). */
  types: boolean;
  /** Roles whose type changed. */
  retyped: Set<string>;
  /** Tasks whose holders changed (someone began or stopped holding a letter on it; a letter changed alone does not count). */
  holders: Set<string>;
  /** Someone began or stopped leading (a team's lead, a strategy task's role owner). */
  leads: boolean;
  /** Whether every owned task is owned by externals flipped. */
  outsourced: boolean;
}

/**
 * Brings `facts` (owned by the caller, changed in place) up to `board`. Only for changes that
 * keep every node's id, kind and parent — anything structural goes through `computeFacts`.
 */
export function updateFacts(facts: Facts, board: Board, change: BoardChange): FactChanges {
  facts.board = board;
  const changes: FactChanges = {
    all: false,
    labels: new Set(),
    tasks: new Set(),
    roles: new Set(),
    teams: new Set(),
    objectives: new Set(),
    participation: new Set(),
    active: false,
    types: false,
    retyped: new Set(),
    holders: new Set(),
    leads: false,
    outsourced: false,
  };
  const { tasks, teams } = changes;
  let typesChanged = false;
  let departmentsChanged = false;
  for (const node of change.nodes) {
    const before = facts.byId.get(node.id)!;
    facts.byId.set(node.id, node);
    replaceInKindList(facts, node);
    if (before.label !== node.label) changes.labels.add(node.id);
    if (node.kind === 'department') {
      changes.all = true;
      departmentsChanged = true;
      setDepartmentStanding(facts, node.id);
    }
    else if (node.kind === 'task') {
      tasks.add(node.id);
      if (before.kind === 'task' && before.data.taskType !== node.data.taskType) typesChanged = true;
    } else if (node.kind === 'role') changes.roles.add(node.id);
    else if (node.kind === 'team') teams.add(node.id);
    else if (node.kind === 'objective') changes.objectives.add(node.id);
    // A holder's new label reaches the hints of the tasks it holds (fix labels name it), and so
    // does a role's type (`tooling-without-users` asks whether a social media role takes part);
    // other data does not (a department's type reaches further, see `all`).
    const retyped = node.kind === 'role' && before.kind === 'role' && before.data.roleType !== node.data.roleType;
    if (retyped) changes.retyped.add(node.id);
    if (before.label !== node.label || retyped) for (const task of facts.takesPart.get(node.id) ?? []) tasks.add(task);
  }
  if (typesChanged) sortTaskTypes(facts);
  if (departmentsChanged) sortDepartmentTypes(facts);
  changes.types = typesChanged;
  let sponsorsDirty = false;
  const mark = (where: string | undefined, edge: BoardEdge) => {
    if (where === undefined) return;
    if (where === 'sponsors') sponsorsDirty = true;
    else if (edge.kind === 'member' || edge.kind === 'leads') teams.add(where);
    else tasks.add(where);
  };
  for (const edge of change.removedEdges) mark(removeFromBucket(facts, edge), edge);
  for (const edge of change.addedEdges) mark(addToBucket(facts, edge), edge);

  const wasOutsourced = everyTaskOutsourced(facts);
  const before = snapshot(facts, tasks, teams);
  for (const id of tasks) setTaskFacts(facts, facts.byId.get(id) as TaskNode, id);
  for (const id of teams) setTeamFacts(facts, id);
  if (sponsorsDirty) setSponsors(facts);
  compare(facts, before, changes);
  changes.outsourced = wasOutsourced !== everyTaskOutsourced(facts);
  return changes;
}

/** Nodes keep their place in the board, so their place in their kind's list is found by bisection. */
function replaceInKindList(facts: Facts, node: BoardNode): void {
  const list: BoardNode[] | undefined =
    node.kind === 'task' ? facts.tasks
    : node.kind === 'role' ? facts.roles
    : node.kind === 'department' ? facts.departments
    : node.kind === 'team' ? facts.teams
    : node.kind === 'objective' ? facts.objectives
    : node.kind === 'external' ? facts.externals
    : undefined;
  if (!list) return;
  const at = facts.index.get(node.id)!;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const i = facts.index.get(list[mid].id)!;
    if (i === at) {
      list[mid] = node;
      return;
    }
    if (i < at) lo = mid + 1;
    else hi = mid - 1;
  }
}

interface Snapshot {
  /** Holders of the changed tasks (before and after) → their standing (see `standing`). */
  holders: Map<string, number>;
  /** Members and leads of the changed teams (before and after) → their standing. */
  teamRoles: Map<string, number>;
  /** Their home departments → whether they were active. */
  departments: Map<string, boolean>;
  /** Objectives the changed tasks served before. */
  served: string[];
  /** The changed tasks' holder lists before (absent for a task that had no facts yet). */
  taskHolders: Map<string, readonly string[]>;
}

/** The standing of everyone the changed tasks and teams reach, before their facts are recomputed. */
function snapshot(facts: Facts, tasks: Set<string>, teams: Set<string>): Snapshot {
  const holders = new Map<string, number>();
  const teamRoles = new Map<string, number>();
  const departments = new Map<string, boolean>();
  const served: string[] = [];
  const taskHolders = new Map<string, readonly string[]>();
  const note = (id: string) => {
    if (holders.has(id)) return;
    holders.set(id, standing(facts, id));
    const home = facts.byId.get(id)?.kind === 'department' ? id : facts.departmentOf.get(id);
    if (home !== undefined && !departments.has(home)) departments.set(home, facts.activeDepartments.has(home));
  };
  for (const id of tasks) {
    const old = facts.task.get(id);
    if (old) {
      taskHolders.set(id, old.holders);
      for (const h of old.holders) note(h);
      served.push(...old.serves);
    }
    for (const edge of facts.taskEdges.get(id) ?? []) if (edge.kind === 'responsible') note(edge.source);
  }
  const noteRole = (role: string) => {
    if (!teamRoles.has(role)) teamRoles.set(role, standing(facts, role));
  };
  for (const id of teams) {
    for (const role of facts.members.get(id) ?? []) noteRole(role);
    for (const role of facts.teamLeads.get(id) ?? []) noteRole(role);
    for (const edge of facts.teamEdges.get(id) ?? []) noteRole(edge.source);
  }
  return { holders, teamRoles, departments, served, taskHolders };
}

const OWNS = 1;
const TAKES_PART = 2;
const PARTICIPATION = OWNS | TAKES_PART;
const LEADS = 4;
const IN_TEAM = 8;

/** What a node does: owns, takes part, works on, leads, is in a team (bits). */
function standing(facts: Facts, id: string): number {
  // Working on a task (R/A rather than C/I) is left out on purpose: only whether a department
  // is active reads it, and that has its own flag (`active`); a letter raised from C to R
  // then reaches no team's recruits.
  return (facts.owns.has(id) ? OWNS : 0) | (facts.takesPart.has(id) ? TAKES_PART : 0) | (facts.leads.has(id) ? LEADS : 0) | (facts.inTeam.has(id) ? IN_TEAM : 0);
}

function compare(facts: Facts, before: Snapshot, changes: FactChanges): void {
  for (const [id, was] of before.holders) {
    const now = standing(facts, id);
    if ((now & PARTICIPATION) !== (was & PARTICIPATION)) changes.participation.add(id);
    if ((now & LEADS) !== (was & LEADS)) changes.leads = true;
    // Even with its standing unchanged, a holder's owned tasks may have changed.
    if (facts.byId.get(id)!.kind === 'role') changes.roles.add(id);
  }
  for (const [id, was] of before.teamRoles) {
    const now = standing(facts, id);
    if (now !== was) changes.roles.add(id);
    if ((now & LEADS) !== (was & LEADS)) changes.leads = true;
  }
  // Holder lists are in board order, so an unchanged list compares element by element.
  for (const id of changes.tasks) {
    const was = before.taskHolders.get(id);
    const now = facts.task.get(id)?.holders;
    if (!was || !now || was.length !== now.length || was.some((h, i) => h !== now[i])) changes.holders.add(id);
  }
  for (const [id, was] of before.departments) if (facts.activeDepartments.has(id) !== was) changes.active = true;
  for (const id of before.served) changes.objectives.add(id);
  for (const id of changes.tasks) for (const o of facts.task.get(id)?.serves ?? []) changes.objectives.add(o);
}
