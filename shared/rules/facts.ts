/**
 * The derived facts every rule reads, computed in one pass over the board (O(nodes + edges)):
 * who owns each task, which departments take part, who is in which team, who leads, who
 * sponsors. Rules never walk the edges themselves, so adding a rule does not add a pass.
 *
 * Definitions follow ../../../shared/spec/domain.md (rule set v2) and live in
 * ../model/participation.ts, which model detection and the RACI matrix read too (a task's
 * holders and letter masks are its `TaskLetters`; the owners come from `ownersOf`, the rule
 * `taskOwners` applies, here to the `A` and `R` lists the facts keep in board order anyway):
 * - the owner of a task holds `A` on it; with no `A`, the single `R` holder (if exactly one);
 * - a node takes part in a task when it holds any RACI letter on it, and works on it with `R` or `A`;
 * - a department takes part (works) through its own relations and those of the roles inside it;
 * - an active department is one other than the board of directors that works on a task.
 *
 * Facts can also be brought up to date after a small edit (factUpdates.ts, used by the rule
 * engine): edges are kept in buckets per task and per team, so an edge edit recomputes only
 * the tasks or teams it touches, and the whole-board counts below move with each task's
 * facts. Every list that reaches a hint is in board order whichever way the facts were made,
 * so an updated board and a fresh one give identical hints.
 */
import type { Board, BoardEdge, BoardNode, DepartmentNode, ExternalNode, ObjectiveNode, RoleNode, TaskNode, TeamNode } from '../model/board';
import type { DepartmentType, TaskType } from '../model/vocabulary';
import { taskLevel, type TaskLevel } from '../model/vocabulary';
import { A_BIT, countsAsActive, letterBit, ownersOf, R_BIT, WORKS_ON, worksOn } from '../model/participation';
import { BoardOrderList } from './boardOrderList';
import { addToBucket, pull, push } from './edgeBuckets';

export interface TaskFacts {
  task: TaskNode;
  level: TaskLevel;
  /** Distinct nodes holding any letter, in board order. */
  holders: string[];
  /** Distinct `A` holders, in board order. */
  accountable: string[];
  /** Distinct `R` holders, in board order. */
  responsible: string[];
  /** The `A` holders; or the one `R` holder when nobody holds `A`; or nobody. */
  owners: string[];
  /** Holders working on it (`R` or `A`), in board order. */
  workers: string[];
  /** Departments taking part, directly or through their roles (distinct, board order). */
  departments: string[];
  /** Departments working on it (`R` or `A`), directly or through their roles (board order; the board of directors included). */
  workingDepartments: string[];
  /** Objectives this task serves (board order). */
  serves: string[];
}

export interface Facts {
  board: Board;
  byId: Map<string, BoardNode>;
  /** Node id → its index in `board.nodes`, for listing nodes in board order. */
  index: Map<string, number>;
  departments: DepartmentNode[];
  /** Department ids by type, in board order: checks that look for "the" sales or communications department read this, not every department. */
  departmentsOfType: Map<DepartmentType, string[]>;
  roles: RoleNode[];
  teams: TeamNode[];
  tasks: TaskNode[];
  objectives: ObjectiveNode[];
  externals: ExternalNode[];
  /** Task ids by task type, in board order (see factQueries `tasksOfType`). */
  tasksOfType: Map<TaskType, string[]>;
  /** Role (or other child) → the department it sits in. */
  departmentOf: Map<string, string>;
  rolesIn: Map<string, string[]>;
  task: Map<string, TaskFacts>;
  /** Node → tasks it owns (order not meaningful). */
  owns: Map<string, string[]>;
  /** Node → tasks it takes part in, any letter (order not meaningful). */
  takesPart: Map<string, string[]>;
  /** Departments other than the board of directors that work on a task: "active" in domain.md. */
  activeDepartments: Set<string>;
  /** Departments taking part in a task, any letter, the board of directors included. */
  involvedDepartments: Set<string>;
  /** Team → member roles (distinct, board order). */
  members: Map<string, string[]>;
  /** Team → roles that lead it (distinct, board order). */
  teamLeads: Map<string, string[]>;
  /** Roles that are a member or a lead of some team. */
  inTeam: Set<string>;
  /** Roles that lead a team or own a `strategy` task: "the lead" of 000 #3 and #7. */
  leads: Set<string>;
  /** Role → how many memberships and team leads put it in `inTeam` (so one edit updates it). */
  inTeamBy: Map<string, number>;
  /** Role → how many teams led and strategy tasks owned put it in `leads`. */
  leadsBy: Map<string, number>;
  /** Sponsor → targets (team or role). */
  sponsors: Map<string, string[]>;
  /** Objective → tasks serving it (order not meaningful). */
  servedBy: Map<string, string[]>;
  /** Edges by the task they concern (`responsible` by target, `serves` by source). */
  taskEdges: Map<string, BoardEdge[]>;
  /** `member` and `leads` edges by team. */
  teamEdges: Map<string, BoardEdge[]>;
  sponsorEdges: BoardEdge[];
  /** Departments → how many tasks they take part in (keeps `involvedDepartments` current). */
  departmentUse: Map<string, number>;
  /** Departments → how many tasks they work on (with their type, keeps `activeDepartments` current). */
  departmentWork: Map<string, number>;
  /*
   * Counts the whole-board rules test instead of walking every task on every edit; each
   * task's facts add their share and take it back when replaced.
   */
  /** Tasks with an owner. */
  ownedTasks: number;
  /** Owned tasks whose every owner is an external party. */
  outsourcedTasks: number;
  /**
   * Owner's home department id ('' for none: a team, an external, a free role) → owner slots,
   * over owned tasks that are not facilitating (IT facilitates, 000 #4: tooling is no "home").
   */
  ownerHomes: Map<string, number>;
  /** Owned tasks that are not facilitating (those `ownerHomes` counts). */
  ownedCoreTasks: number;
}

export function computeFacts(board: Board): Facts {
  const facts: Facts = {
    board,
    byId: new Map(),
    index: new Map(),
    departments: [],
    departmentsOfType: new Map(),
    roles: [],
    teams: [],
    tasks: [],
    objectives: [],
    externals: [],
    tasksOfType: new Map(),
    departmentOf: new Map(),
    rolesIn: new Map(),
    task: new Map(),
    owns: new Map(),
    takesPart: new Map(),
    activeDepartments: new Set(),
    involvedDepartments: new Set(),
    members: new Map(),
    teamLeads: new Map(),
    inTeam: new Set(),
    leads: new Set(),
    inTeamBy: new Map(),
    leadsBy: new Map(),
    sponsors: new Map(),
    servedBy: new Map(),
    taskEdges: new Map(),
    teamEdges: new Map(),
    sponsorEdges: [],
    departmentUse: new Map(),
    departmentWork: new Map(),
    ownedTasks: 0,
    outsourcedTasks: 0,
    ownerHomes: new Map(),
    ownedCoreTasks: 0,
  };
  const { byId, index } = facts;
  for (let i = 0; i < board.nodes.length; i++) {
    const node = board.nodes[i];
    byId.set(node.id, node);
    index.set(node.id, i);
  }
  sortKinds(facts);
  for (const node of board.nodes) {
    if (node.parentId === undefined) continue;
    if (byId.get(node.parentId)?.kind !== 'department') continue;
    facts.departmentOf.set(node.id, node.parentId);
    if (node.kind === 'role') push(facts.rolesIn, node.parentId, node.id);
  }
  for (const edge of board.edges) addToBucket(facts, edge);
  for (const task of facts.tasks) setTaskFacts(facts, task);
  for (const team of facts.teams) setTeamFacts(facts, team.id);
  setSponsors(facts);
  return facts;
}

/** Kind lists from the board's nodes, in board order. */
function sortKinds(facts: Facts): void {
  const lists = { department: [], role: [], team: [], task: [], objective: [], external: [] } as Record<string, BoardNode[]>;
  for (const node of facts.board.nodes) lists[node.kind]?.push(node);
  facts.departments = lists.department as DepartmentNode[];
  facts.roles = lists.role as RoleNode[];
  facts.teams = lists.team as TeamNode[];
  facts.tasks = lists.task as TaskNode[];
  facts.objectives = lists.objective as ObjectiveNode[];
  facts.externals = lists.external as ExternalNode[];
  sortTaskTypes(facts);
  sortDepartmentTypes(facts);
}

export function sortDepartmentTypes(facts: Facts): void {
  facts.departmentsOfType = new Map();
  for (const d of facts.departments) push(facts.departmentsOfType, d.data.departmentType, d.id);
}

export function sortTaskTypes(facts: Facts): void {
  facts.tasksOfType = new Map();
  for (const task of facts.tasks) push(facts.tasksOfType, task.data.taskType, task.id);
}

/** Reused for every task (single-threaded, never re-entered): see boardOrderList.ts. */
const scratch = new BoardOrderList();
/** The working departments' list, filled beside `scratch`'s. */
const scratchWorking = new BoardOrderList();
const scratchMasks: number[] = [];
const NO_EDGES: readonly BoardEdge[] = [];

/** The holders whose letters include `bit`, in board order (they are already). */
function withLetter(holders: readonly string[], masks: readonly number[], bit: number): string[] {
  const list = scratch.clear();
  for (let k = 0; k < holders.length; k++) if (masks[k] & bit) list.add(holders[k], k);
  return list.toArray();
}

/** Compares ids by their place in the board (hints list nodes the way the file does). */
export function byIndex(facts: Facts): (a: string, b: string) => number {
  return (a, b) => (facts.index.get(a) ?? 0) - (facts.index.get(b) ?? 0);
}

/** (Re)computes one task's facts from its bucket, moving its contributions to the totals. */
export function setTaskFacts(facts: Facts, task: TaskNode | undefined, id = task?.id): void {
  const old = id === undefined ? undefined : facts.task.get(id);
  if (old) {
    for (const h of old.holders) pull(facts.takesPart, h, old.task.id);
    for (const o of old.owners) pull(facts.owns, o, old.task.id);
    for (const s of old.serves) pull(facts.servedBy, s, old.task.id);
    count(facts, old, -1);
    if (old.task.data.taskType === 'strategy') for (const o of old.owners) if (facts.byId.get(o)!.kind === 'role') tally(facts.leadsBy, facts.leads, o, -1);
    for (const d of old.departments) use(facts, facts.departmentUse, facts.involvedDepartments, d, -1, false);
    for (const d of old.workingDepartments) use(facts, facts.departmentWork, facts.activeDepartments, d, -1, true);
    facts.task.delete(old.task.id);
  }
  if (!task) return;
  // Holder lists are short (a handful per task): kept in board order by insertion, so no
  // sort and no Set. Then each holder's letters as a bit mask.
  const { index } = facts;
  const edges = facts.taskEdges.get(task.id) ?? NO_EDGES;
  const list = scratch.clear();
  for (const edge of edges) if (edge.kind !== 'serves') list.add(edge.source, index.get(edge.source)!);
  const holders = list.toArray();
  const masks = scratchMasks;
  for (let k = 0; k < holders.length; k++) masks[k] = 0;
  for (const edge of edges) if (edge.kind !== 'serves') masks[holders.indexOf(edge.source)] |= letterBit(edge.data?.raci);
  const accountable = withLetter(holders, masks, A_BIT);
  const responsible = withLetter(holders, masks, R_BIT);
  let allWork = true;
  for (let k = 0; k < holders.length; k++) if (!worksOn(masks[k])) allWork = false;
  // Where every holder works on the task (the usual case), the lists are the same: shared, not copied.
  const workers = allWork ? holders : withLetter(holders, masks, WORKS_ON);
  // Departments taking part, and those working, in one walk of the holders.
  const taking = scratch.clear();
  const working = scratchWorking.clear();
  for (let k = 0; k < holders.length; k++) {
    const department = departmentOfHolder(facts, holders[k]);
    if (department === undefined) continue;
    const at = index.get(department)!;
    taking.add(department, at);
    if (!allWork && worksOn(masks[k])) working.add(department, at);
  }
  const departments = taking.toArray();
  const workingDepartments = allWork ? departments : working.toArray();
  scratch.clear();
  for (const edge of edges) if (edge.kind === 'serves') scratch.add(edge.target, index.get(edge.target)!);
  const serves = scratch.toArray();
  const owners = ownersOf(accountable, responsible) as string[];
  const level = taskLevel(task.data.taskType, task.data.level);
  const next: TaskFacts = { task, level, holders, accountable, responsible, owners, workers, departments, workingDepartments, serves };
  facts.task.set(task.id, next);
  for (const h of holders) push(facts.takesPart, h, task.id);
  for (const o of owners) push(facts.owns, o, task.id);
  for (const s of serves) push(facts.servedBy, s, task.id);
  count(facts, next, 1);
  if (task.data.taskType === 'strategy') for (const o of owners) if (facts.byId.get(o)!.kind === 'role') tally(facts.leadsBy, facts.leads, o, 1);
  for (const d of departments) use(facts, facts.departmentUse, facts.involvedDepartments, d, 1, false);
  for (const d of workingDepartments) use(facts, facts.departmentWork, facts.activeDepartments, d, 1, true);
}

/** The department a holder stands for: itself, or the department a role sits in. */
function departmentOfHolder(facts: Facts, holder: string): string | undefined {
  const kind = facts.byId.get(holder)!.kind;
  return kind === 'department' ? holder : kind === 'role' ? facts.departmentOf.get(holder) : undefined;
}

/** Whether a department can count as active (domain.md: never the board of directors). */
function counts(facts: Facts, department: string): boolean {
  return countsAsActive((facts.byId.get(department) as DepartmentNode).data.departmentType);
}

/**
 * One more (or one fewer) task for a department, keeping `set` to those with any (and, for
 * `activeOnly`, of a type that `counts`). The set changes only when the count leaves or
 * reaches zero: this runs for every department of every task on a full pass.
 */
function use(facts: Facts, uses: Map<string, number>, set: Set<string>, department: string, sign: 1 | -1, activeOnly: boolean): void {
  const n = (uses.get(department) ?? 0) + sign;
  if (n === 0) {
    uses.delete(department);
    set.delete(department);
    return;
  }
  uses.set(department, n);
  // A department's type changes through setDepartmentStanding, so its standing holds meanwhile.
  if (n === 1 && sign === 1 && (!activeOnly || counts(facts, department))) set.add(department);
}

/**
 * After a department's type was edited: whether its work counts as active may have changed
 * (every department's work is counted, so this needs no walk of its tasks).
 */
export function setDepartmentStanding(facts: Facts, department: string): void {
  if ((facts.departmentWork.get(department) ?? 0) > 0 && counts(facts, department)) facts.activeDepartments.add(department);
  else facts.activeDepartments.delete(department);
}

export function setTeamFacts(facts: Facts, team: string): void {
  standings(facts, facts.members.get(team), facts.teamLeads.get(team), -1);
  const members: string[] = [];
  const leads: string[] = [];
  for (const edge of facts.teamEdges.get(team) ?? []) {
    const list = edge.kind === 'member' ? members : leads;
    if (!list.includes(edge.source)) list.push(edge.source);
  }
  const order = byIndex(facts);
  if (members.length) facts.members.set(team, members.sort(order));
  else facts.members.delete(team);
  if (leads.length) facts.teamLeads.set(team, leads.sort(order));
  else facts.teamLeads.delete(team);
  standings(facts, members, leads, 1);
}

/** A team's members and leads add to (1) or take back from (-1) who is in a team and who leads. */
function standings(facts: Facts, members: string[] | undefined, leads: string[] | undefined, sign: 1 | -1): void {
  for (const role of members ?? []) tally(facts.inTeamBy, facts.inTeam, role, sign);
  for (const role of leads ?? []) {
    tally(facts.inTeamBy, facts.inTeam, role, sign);
    tally(facts.leadsBy, facts.leads, role, sign);
  }
}

/** Counts one more (or one fewer) reason for `role` to be in `set`, keeping the set to those with any. */
function tally(reasons: Map<string, number>, set: Set<string>, role: string, sign: 1 | -1): void {
  const n = (reasons.get(role) ?? 0) + sign;
  if (n === 0) {
    reasons.delete(role);
    set.delete(role);
  } else {
    reasons.set(role, n);
    set.add(role);
  }
}

export function setSponsors(facts: Facts): void {
  facts.sponsors = new Map();
  for (const edge of facts.sponsorEdges) {
    const list = facts.sponsors.get(edge.source);
    if (!list) facts.sponsors.set(edge.source, [edge.target]);
    else if (!list.includes(edge.target)) list.push(edge.target);
  }
}

/** Adds (`sign` 1) or takes back (-1) one task's owners in the whole-board counts. */
function count(facts: Facts, t: TaskFacts, sign: 1 | -1): void {
  const { owners } = t;
  if (owners.length === 0) return;
  facts.ownedTasks += sign;
  const facilitating = t.level === 'facilitating';
  if (!facilitating) facts.ownedCoreTasks += sign;
  let external = true;
  for (const owner of owners) {
    const node = facts.byId.get(owner)!;
    if (node.kind !== 'external') external = false;
    if (facilitating) continue;
    const home = departmentOfHolder(facts, owner) ?? '';
    const slots = (facts.ownerHomes.get(home) ?? 0) + sign;
    if (slots === 0) facts.ownerHomes.delete(home);
    else facts.ownerHomes.set(home, slots);
  }
  if (external) facts.outsourcedTasks += sign;
}
