/**
 * The structural facts model detection reads off a board: who owns the social tasks, how
 * many departments take part, which teams coordinate. Pure and cheap (one pass over the
 * edges), so the hints panel can recompute it on every edit.
 *
 * Words follow ../../../shared/spec/domain.md and are defined once, in
 * ../model/participation.ts, which the rule set and the RACI matrix read too: the owner of a
 * task (`taskOwners`) holds `A`, or, where nobody does, is the single `R` holder; an active
 * department works on a task (`R` or `A`), itself or through its roles, and is never the
 * board of directors.
 */
import type { Board, BoardEdge, BoardNode } from '../model/board';
import { taskLevel, type TaskType } from '../model/vocabulary';
import { countsAsActive, holderDepartment, letterBit, taskLetters, taskOwners, worksOn } from '../model/participation';

export type UnitKind = 'department' | 'team' | 'external' | 'role';

/** Who a task's ownership is credited to: a department (its roles included), a coordinating
 *  team (its leads included), an external party, or a role that sits in no department. */
export interface OwnerUnit {
  id: string;
  kind: UnitKind;
  label: string;
}

export interface HubFacts {
  id: string;
  label: string;
  /** Departments the members and leads of the team come from (the board of directors not counted). */
  memberDepartments: number;
  /** Tasks owned by the team itself or by a role that leads it. */
  ownedTasks: number;
  /** The team or its lead owns the `strategy` or `policy` task: this hub steers. */
  steers: boolean;
}

export interface ModelEvidence {
  tasks: number;
  ownedTasks: number;
  /** Departments on the board, the board of directors not counted: it sponsors, it rarely posts. */
  departments: number;
  /** Of those, how many are active: they work on (`R` or `A`) at least one task. */
  activeDepartments: number;
  /** Of those, how many own at least one task themselves. */
  owningDepartments: number;
  /** The unit owning the most tasks, with its share of all owned tasks (0–1). */
  topUnit?: OwnerUnit & { tasks: number; share: number };
  /** Teams that coordinate: they have members, and a lead or tasks of their own. */
  hubs: HubFacts[];
  /** Departments that own operational work themselves (the spokes of a hub). */
  spokes: number;
  strategyPresent: boolean;
  /** Who owns the `strategy` task, when someone does. */
  strategyOwner?: OwnerUnit;
  policyOwned: boolean;
  awarenessPresent: boolean;
  /** Share of owned tasks owned by external parties (0–1). */
  externalShare: number;
  /**
   * A role leads a team or owns the `strategy` task: "the lead" of 000 #3, whose absence the
   * rule `lead-missing` reports. Hub models need one (a steering group without a chair is no hub).
   */
  leadPresent: boolean;
}

export function modelEvidence(board: Board): ModelEvidence {
  const byId = new Map<string, BoardNode>(board.nodes.map((n) => [n.id, n]));
  const departmentOf = (id: string): string | undefined => holderDepartment(byId.get(id), byId);

  const tasks = board.nodes.filter((n) => n.kind === 'task');
  // One pass over the edges: a 5,000-node board is read in milliseconds, not per task.
  const holders = new Map<string, BoardEdge[]>();
  for (const edge of board.edges) {
    if (edge.kind !== 'responsible') continue;
    const list = holders.get(edge.target);
    if (list) list.push(edge);
    else holders.set(edge.target, [edge]);
  }
  const owners = new Map(tasks.map((t) => [t.id, taskOwners(taskLetters(holders.get(t.id) ?? []))]));
  const allOwners = new Set([...owners.values()].flat());

  // Teams with people in them; a team is a hub when someone leads it or it owns work itself.
  const teamPeople = new Map<string, Set<string>>();
  const teamLeads = new Map<string, string[]>();
  for (const edge of board.edges) {
    if ((edge.kind === 'member' || edge.kind === 'leads') && byId.get(edge.target)?.kind === 'team') {
      if (!teamPeople.has(edge.target)) teamPeople.set(edge.target, new Set());
      teamPeople.get(edge.target)!.add(edge.source);
      if (edge.kind === 'leads') teamLeads.set(edge.target, [...(teamLeads.get(edge.target) ?? []), edge.source]);
    }
  }
  const hubIds = new Set([...teamPeople.keys()].filter((id) => teamLeads.has(id) || allOwners.has(id)));
  // A lead's ownership is credited to the hub it leads: the hub, not its home department, does it.
  const hubOfLead = new Map<string, string>();
  for (const hubId of hubIds) for (const lead of teamLeads.get(hubId) ?? []) if (!hubOfLead.has(lead)) hubOfLead.set(lead, hubId);

  const unitOf = (ownerId: string): OwnerUnit | undefined => {
    const node = byId.get(ownerId);
    if (!node) return undefined;
    const hubId = node.kind === 'team' && hubIds.has(node.id) ? node.id : hubOfLead.get(node.id);
    if (hubId) return { id: hubId, kind: 'team', label: byId.get(hubId)!.label };
    const department = departmentOf(node.id);
    if (department) return { id: department, kind: 'department', label: byId.get(department)!.label };
    if (node.kind === 'team' || node.kind === 'external' || node.kind === 'role') {
      return { id: node.id, kind: node.kind, label: node.label };
    }
    return undefined;
  };

  const unitTasks = new Map<string, { unit: OwnerUnit; tasks: number }>();
  const owningDepartments = new Set<string>();
  const spokeDepartments = new Set<string>();
  let ownedTasks = 0;
  let externalTasks = 0;
  let strategyOwner: OwnerUnit | undefined;
  for (const task of tasks) {
    const units = dedupe((owners.get(task.id) ?? []).map(unitOf).filter((u): u is OwnerUnit => !!u));
    if (!units.length) continue;
    ownedTasks++;
    if (units.some((u) => u.kind === 'external')) externalTasks++;
    const operational = task.kind === 'task' && taskLevel(task.data.taskType, task.data.level) === 'operational';
    for (const unit of units) {
      const entry = unitTasks.get(unit.id) ?? { unit, tasks: 0 };
      entry.tasks++;
      unitTasks.set(unit.id, entry);
      if (unit.kind === 'department') {
        owningDepartments.add(unit.id);
        if (operational) spokeDepartments.add(unit.id);
      }
    }
    if (isType(task, 'strategy') && !strategyOwner) strategyOwner = units[0];
  }

  // Each hub's own work: tasks owned by the team or by one of its leads, in one pass.
  const hubsOfOwner = new Map<string, string[]>();
  for (const hubId of hubIds) {
    for (const owner of [hubId, ...(teamLeads.get(hubId) ?? [])]) hubsOfOwner.set(owner, [...(hubsOfOwner.get(owner) ?? []), hubId]);
  }
  const hubWork = new Map<string, { owned: number; steers: boolean }>([...hubIds].map((id) => [id, { owned: 0, steers: false }]));
  for (const task of tasks) {
    const hubsHere = new Set((owners.get(task.id) ?? []).flatMap((o) => hubsOfOwner.get(o) ?? []));
    for (const hubId of hubsHere) {
      const work = hubWork.get(hubId)!;
      work.owned++;
      if (isType(task, 'strategy') || isType(task, 'policy')) work.steers = true;
    }
  }
  const countedDepartments = board.nodes.filter((n) => n.kind === 'department' && countsAsActive(n.data.departmentType));
  const counted = new Set(countedDepartments.map((d) => d.id));
  const hubs: HubFacts[] = [...hubIds].map((id) => {
    const people = [...(teamPeople.get(id) ?? [])];
    const departments = new Set(people.map(departmentOf).filter((d) => d !== undefined && counted.has(d)));
    const work = hubWork.get(id)!;
    return { id, label: byId.get(id)!.label, memberDepartments: departments.size, ownedTasks: work.owned, steers: work.steers };
  });

  const active = new Set<string>();
  for (const edge of board.edges) {
    if (edge.kind !== 'responsible' || !worksOn(letterBit(edge.data?.raci))) continue;
    const department = departmentOf(edge.source);
    if (department && counted.has(department)) active.add(department);
  }
  const isRole = (id: string) => byId.get(id)?.kind === 'role';
  const leadPresent =
    [...teamLeads.values()].some((leads) => leads.some(isRole)) ||
    tasks.some((t) => isType(t, 'strategy') && (owners.get(t.id) ?? []).some(isRole));

  let top: ModelEvidence['topUnit'];
  for (const { unit, tasks: count } of unitTasks.values()) {
    if (!top || count > top.tasks) top = { ...unit, tasks: count, share: count / ownedTasks };
  }

  return {
    tasks: tasks.length,
    ownedTasks,
    departments: counted.size,
    activeDepartments: active.size,
    owningDepartments: [...owningDepartments].filter((id) => counted.has(id)).length,
    topUnit: top,
    hubs,
    spokes: [...spokeDepartments].filter((id) => counted.has(id)).length,
    strategyPresent: tasks.some((t) => isType(t, 'strategy')),
    strategyOwner,
    policyOwned: tasks.some((t) => isType(t, 'policy') && (owners.get(t.id) ?? []).length > 0),
    awarenessPresent: tasks.some((t) => isType(t, 'internal-awareness')),
    externalShare: ownedTasks ? externalTasks / ownedTasks : 0,
    leadPresent,
  };
}

function isType(node: BoardNode, type: TaskType): boolean {
  return node.kind === 'task' && node.data.taskType === type;
}

function dedupe(units: OwnerUnit[]): OwnerUnit[] {
  const seen = new Set<string>();
  return units.filter((u) => !seen.has(u.id) && seen.add(u.id));
}
