/**
 * The derived facts every rule reads, computed in one pass over the board (O(nodes + edges)):
 * who owns each task, which departments take part, who is in which team, who leads, who
 * sponsors. Rules never walk the edges themselves, so adding a rule does not add a pass.
 *
 * Definitions follow ../../../shared/spec/domain.md:
 * - the owner of a task holds `A` on it; with no `A`, the single `R` holder (if exactly one);
 * - a node takes part in a task when it holds any RACI letter on it;
 * - a department takes part through its own relations and those of the roles inside it;
 * - an active department takes part in at least one task.
 */
import type { Board, BoardNode, DepartmentNode, ExternalNode, ObjectiveNode, RoleNode, TaskNode, TeamNode } from '../model/board';
import type { Raci } from '../model/catalogue';
import { taskLevel, type TaskLevel } from '../model/catalogue';

export interface TaskFacts {
  task: TaskNode;
  level: TaskLevel;
  /** Distinct nodes holding any letter, in edge order. */
  holders: string[];
  /** Distinct `A` holders. */
  accountable: string[];
  /** Distinct `R` holders. */
  responsible: string[];
  /** The `A` holders; or the one `R` holder when nobody holds `A`; or nobody. */
  owners: string[];
  /** Departments taking part, directly or through their roles (distinct; usually one to three). */
  departments: string[];
  /** Objectives this task serves. */
  serves: string[];
}

export interface Facts {
  board: Board;
  byId: Map<string, BoardNode>;
  departments: DepartmentNode[];
  roles: RoleNode[];
  teams: TeamNode[];
  tasks: TaskNode[];
  objectives: ObjectiveNode[];
  externals: ExternalNode[];
  /** Role (or other child) → the department it sits in. */
  departmentOf: Map<string, string>;
  rolesIn: Map<string, string[]>;
  task: Map<string, TaskFacts>;
  /** Node → tasks it owns. */
  owns: Map<string, string[]>;
  /** Node → tasks it takes part in (any letter). */
  takesPart: Map<string, string[]>;
  activeDepartments: Set<string>;
  /** Team → member roles (distinct). */
  members: Map<string, string[]>;
  /** Team → roles that lead it. */
  teamLeads: Map<string, string[]>;
  /** Roles that are a member or a lead of some team. */
  inTeam: Set<string>;
  /** Roles that lead a team or own a `strategy` task: "the lead" of 000 #3 and #7. */
  leads: Set<string>;
  /** Sponsor → targets (team or role). */
  sponsors: Map<string, string[]>;
  /** Objective → tasks serving it. */
  servedBy: Map<string, string[]>;
  strategyTasks: TaskNode[];
  /** Node id → its index in `board.nodes`, for listing nodes in board order. */
  index: Map<string, number>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function pushDistinct<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

export function computeFacts(board: Board): Facts {
  const byId = new Map<string, BoardNode>();
  const index = new Map<string, number>();
  const departments: DepartmentNode[] = [];
  const roles: RoleNode[] = [];
  const teams: TeamNode[] = [];
  const tasks: TaskNode[] = [];
  const objectives: ObjectiveNode[] = [];
  const externals: ExternalNode[] = [];
  for (let i = 0; i < board.nodes.length; i++) {
    const node = board.nodes[i];
    byId.set(node.id, node);
    index.set(node.id, i);
    switch (node.kind) {
      case 'department':
        departments.push(node);
        break;
      case 'role':
        roles.push(node);
        break;
      case 'team':
        teams.push(node);
        break;
      case 'task':
        tasks.push(node);
        break;
      case 'objective':
        objectives.push(node);
        break;
      case 'external':
        externals.push(node);
        break;
      default:
        break; // notes are workshop scribbles; rules ignore them
    }
  }

  const departmentOf = new Map<string, string>();
  const rolesIn = new Map<string, string[]>();
  for (const node of board.nodes) {
    if (node.parentId === undefined) continue;
    if (byId.get(node.parentId)?.kind !== 'department') continue;
    departmentOf.set(node.id, node.parentId);
    if (node.kind === 'role') push(rolesIn, node.parentId, node.id);
  }

  const task = new Map<string, TaskFacts>();
  const strategyTasks: TaskNode[] = [];
  for (const t of tasks) {
    task.set(t.id, {
      task: t,
      level: taskLevel(t.data.taskType, t.data.level),
      holders: [],
      accountable: [],
      responsible: [],
      owners: [],
      departments: [],
      serves: [],
    });
    if (t.data.taskType === 'strategy') strategyTasks.push(t);
  }

  const takesPart = new Map<string, string[]>();
  const members = new Map<string, string[]>();
  const teamLeads = new Map<string, string[]>();
  const sponsors = new Map<string, string[]>();
  const servedBy = new Map<string, string[]>();
  for (const edge of board.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    // A board straight from the store has not been through parseBoard: skip what cannot be.
    if (!source || !target) continue;
    switch (edge.kind) {
      case 'responsible': {
        const facts = task.get(target.id);
        if (!facts || source.kind === 'note' || source.kind === 'task' || source.kind === 'objective') break;
        const raci: Raci = edge.data?.raci ?? 'R';
        // Holder lists are short (a handful per task), so arrays beat Sets here.
        if (!facts.holders.includes(source.id)) {
          facts.holders.push(source.id);
          push(takesPart, source.id, target.id);
        }
        if (raci === 'A' && !facts.accountable.includes(source.id)) facts.accountable.push(source.id);
        if (raci === 'R' && !facts.responsible.includes(source.id)) facts.responsible.push(source.id);
        const department = source.kind === 'department' ? source.id : departmentOf.get(source.id);
        if (department !== undefined && (source.kind === 'department' || source.kind === 'role') && !facts.departments.includes(department)) {
          facts.departments.push(department);
        }
        break;
      }
      case 'member':
        if (source.kind === 'role' && target.kind === 'team') pushDistinct(members, target.id, source.id);
        break;
      case 'leads':
        if (source.kind === 'role' && target.kind === 'team') pushDistinct(teamLeads, target.id, source.id);
        break;
      case 'sponsors':
        if (target.kind === 'team' || target.kind === 'role') pushDistinct(sponsors, source.id, target.id);
        break;
      case 'serves': {
        const facts = task.get(source.id);
        if (facts && target.kind === 'objective' && !facts.serves.includes(target.id)) {
          facts.serves.push(target.id);
          push(servedBy, target.id, source.id);
        }
        break;
      }
      default:
        break; // `reports` carries no rule yet
    }
  }

  const owns = new Map<string, string[]>();
  const activeDepartments = new Set<string>();
  const leads = new Set<string>();
  for (const facts of task.values()) {
    facts.owners = facts.accountable.length > 0 ? facts.accountable : facts.responsible.length === 1 ? facts.responsible : [];
    for (const owner of facts.owners) {
      push(owns, owner, facts.task.id);
      if (facts.task.data.taskType === 'strategy' && byId.get(owner)?.kind === 'role') leads.add(owner);
    }
    for (const department of facts.departments) activeDepartments.add(department);
  }

  const inTeam = new Set<string>();
  for (const list of members.values()) for (const role of list) inTeam.add(role);
  for (const list of teamLeads.values()) {
    for (const role of list) {
      inTeam.add(role);
      leads.add(role);
    }
  }

  return {
    board,
    byId,
    departments,
    roles,
    teams,
    tasks,
    objectives,
    externals,
    departmentOf,
    rolesIn,
    task,
    owns,
    takesPart,
    activeDepartments,
    members,
    teamLeads,
    inTeam,
    leads,
    sponsors,
    servedBy,
    strategyTasks,
    index,
  };
}

/** The department a holder belongs to: itself, or the department a role sits in. */
export function homeDepartment(facts: Facts, nodeId: string): DepartmentNode | undefined {
  const node = facts.byId.get(nodeId);
  if (!node) return undefined;
  if (node.kind === 'department') return node;
  if (node.kind !== 'role') return undefined;
  const parent = facts.departmentOf.get(nodeId);
  return parent === undefined ? undefined : (facts.byId.get(parent) as DepartmentNode);
}

export function label(facts: Facts, nodeId: string): string {
  return facts.byId.get(nodeId)?.label ?? nodeId;
}

/** Sorts ids into board order, so hints list nodes the way the file does. */
export function inBoardOrder(facts: Facts, ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort((a, b) => (facts.index.get(a) ?? 0) - (facts.index.get(b) ?? 0));
}
