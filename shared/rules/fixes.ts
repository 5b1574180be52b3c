/**
 * Turning a suggested fix (an intent, see types.ts) into edits, and applying them. Pure: the
 * store calls `applyFix(board, fix)` and commits the returned board as ONE change, which is
 * one undo step. Unchanged nodes and edges keep their identity, so the rule engine's memo
 * and React's selectors see only what the fix touched.
 */
import type { Board, BoardEdge, BoardNode, Point, RoleNode, TaskNode, TeamNode } from '../model/board';
import type { Raci, TaskType } from '../model/vocabulary';
import { checkRelation } from '../model/relations';
import { domain as enDomain } from '../i18n/en/domain';
import { rules as enRules } from '../i18n/en/rules';
import { DEFAULT_SIZE } from '../theme/theme';
import type { Fix } from './types';

export type PatchOp =
  | { op: 'addNode'; node: BoardNode }
  | { op: 'addEdge'; edge: BoardEdge }
  | { op: 'setRaci'; edge: string; raci: Raci }
  | { op: 'setRoleData'; node: string; data: Partial<RoleNode['data']> };

export interface Patch {
  ops: PatchOp[];
  /** Nodes the fix created or changed: the canvas selects them afterwards. */
  focus: string[];
}

/** Labels for nodes a fix creates, in the reader's language; English when not given. */
export interface FixLabels {
  taskType: (type: TaskType) => string;
  team: string;
}

const ENGLISH_LABELS: FixLabels = { taskType: (type) => enDomain.taskTypes[type], team: enRules.newTeam };

export class FixError extends Error {}

/** How much a letter asks of its holder: an A carries the task, an I only hears about it. */
const WEIGHT: Record<Raci, number> = { I: 0, C: 1, R: 2, A: 3 };

/** The edits a fix makes on this board. Throws FixError when the board no longer fits the fix. */
export function planFix(board: Board, fix: Fix, labels: FixLabels = ENGLISH_LABELS): Patch {
  const ids = new IdAllocator(board);
  const byId = new Map(board.nodes.map((n) => [n.id, n]));
  const need = (id: string): BoardNode => {
    const node = byId.get(id);
    if (!node) throw new FixError(`no node with id "${id}"`);
    return node;
  };
  const edge = (kind: BoardEdge['kind'], source: string, target: string, raci?: Raci): BoardEdge => {
    const check = checkRelation(kind, need(source), need(target));
    if (!check.ok) throw new FixError(`a ${kind} relation cannot go from "${source}" to "${target}"`);
    const made: BoardEdge = { id: ids.next('e'), kind, source, target };
    if (raci) made.data = { raci };
    return made;
  };

  switch (fix.type) {
    case 'setAccountable': {
      need(fix.task);
      need(fix.holder);
      const ops: PatchOp[] = [];
      let holderHasA = false;
      let holderEdge: BoardEdge | undefined;
      for (const e of board.edges) {
        if (e.kind !== 'responsible' || e.target !== fix.task) continue;
        const raci = e.data?.raci ?? 'R';
        if (e.source === fix.holder) {
          if (raci === 'A') holderHasA = true;
          else holderEdge ??= e;
        } else if (raci === 'A') ops.push({ op: 'setRaci', edge: e.id, raci: 'R' });
      }
      if (!holderHasA) {
        if (holderEdge) ops.push({ op: 'setRaci', edge: holderEdge.id, raci: 'A' });
        else ops.push({ op: 'addEdge', edge: edge('responsible', fix.holder, fix.task, 'A') });
      }
      return { ops, focus: [fix.task] };
    }
    case 'addResponsible': {
      need(fix.task);
      need(fix.holder);
      // A holder already on the task with a lighter letter (a C asked to work on it, an I to be
      // consulted) gets that letter raised, not a second relation beside it.
      const lighter = board.edges.find(
        (e) => e.kind === 'responsible' && e.source === fix.holder && e.target === fix.task && WEIGHT[e.data?.raci ?? 'R'] < WEIGHT[fix.raci],
      );
      if (lighter) return { ops: [{ op: 'setRaci', edge: lighter.id, raci: fix.raci }], focus: [fix.task] };
      return { ops: [{ op: 'addEdge', edge: edge('responsible', fix.holder, fix.task, fix.raci) }], focus: [fix.task] };
    }
    case 'addTask': {
      need(fix.owner);
      const near = fix.near ? absolutePosition(byId, need(fix.near)) : rightOf(board, byId, [fix.owner]);
      const task: TaskNode = {
        id: ids.next('task'),
        kind: 'task',
        label: labels.taskType(fix.taskType),
        position: freeSpot(board, byId, { x: near.x, y: near.y + 160 }),
        data: { taskType: fix.taskType },
      };
      byId.set(task.id, task);
      return {
        ops: [{ op: 'addNode', node: task }, { op: 'addEdge', edge: edge('responsible', fix.owner, task.id, 'A') }],
        focus: [task.id],
      };
    }
    case 'createTeam': {
      if (fix.members.length === 0) throw new FixError('a team needs members');
      fix.members.forEach(need);
      const team: TeamNode = {
        id: ids.next('team'),
        kind: 'team',
        label: labels.team,
        position: freeSpot(board, byId, rightOf(board, byId, fix.members)),
        data: {},
      };
      byId.set(team.id, team);
      const ops: PatchOp[] = [{ op: 'addNode', node: team }];
      for (const member of fix.members) ops.push({ op: 'addEdge', edge: edge('member', member, team.id) });
      if (fix.lead) ops.push({ op: 'addEdge', edge: edge('leads', fix.lead, team.id) });
      return { ops, focus: [team.id] };
    }
    case 'addMembers': {
      const present = new Set(board.edges.filter((e) => e.kind === 'member' && e.target === fix.team).map((e) => e.source));
      const ops: PatchOp[] = fix.members
        .filter((m) => !present.has(m))
        .map((m) => ({ op: 'addEdge', edge: edge('member', m, fix.team) }));
      return { ops, focus: [fix.team] };
    }
    case 'addLead':
      return { ops: [{ op: 'addEdge', edge: edge('leads', fix.role, fix.team) }], focus: [fix.team] };
    case 'grantMandate': {
      if (need(fix.role).kind !== 'role') throw new FixError(`"${fix.role}" is not a role`);
      return { ops: [{ op: 'setRoleData', node: fix.role, data: { mandate: true, budget: true } }], focus: [fix.role] };
    }
    case 'addSponsor':
      return { ops: [{ op: 'addEdge', edge: edge('sponsors', fix.sponsor, fix.target) }], focus: [fix.target] };
  }
}

/** A new board with the patch applied; everything the patch does not touch is shared. */
export function applyPatch(board: Board, patch: Patch): Board {
  let nodes = board.nodes;
  let edges = board.edges;
  const raci = new Map<string, Raci>();
  const roleData = new Map<string, Partial<RoleNode['data']>>();
  const newNodes: BoardNode[] = [];
  const newEdges: BoardEdge[] = [];
  for (const op of patch.ops) {
    if (op.op === 'addNode') newNodes.push(op.node);
    else if (op.op === 'addEdge') newEdges.push(op.edge);
    else if (op.op === 'setRaci') raci.set(op.edge, op.raci);
    else roleData.set(op.node, { ...roleData.get(op.node), ...op.data });
  }
  if (roleData.size) {
    nodes = nodes.map((n) => (n.kind === 'role' && roleData.has(n.id) ? { ...n, data: { ...n.data, ...roleData.get(n.id) } } : n));
  }
  if (raci.size) edges = edges.map((e) => (raci.has(e.id) ? { ...e, data: { ...e.data, raci: raci.get(e.id)! } } : e));
  if (newNodes.length) nodes = [...nodes, ...newNodes];
  if (newEdges.length) edges = [...edges, ...newEdges];
  return { ...board, nodes, edges };
}

export function applyFix(board: Board, fix: Fix, labels?: FixLabels): Board {
  return applyPatch(board, planFix(board, fix, labels));
}

/** Fresh ids like `task-3`, never one the board (or this fix) already uses. */
class IdAllocator {
  private readonly used: Set<string>;
  private readonly counters = new Map<string, number>();
  constructor(board: Board) {
    this.used = new Set([...board.nodes.map((n) => n.id), ...board.edges.map((e) => e.id)]);
  }
  next(prefix: string): string {
    let n = this.counters.get(prefix) ?? 1;
    while (this.used.has(`${prefix}-fix-${n}`)) n++;
    const id = `${prefix}-fix-${n}`;
    this.used.add(id);
    this.counters.set(prefix, n + 1);
    return id;
  }
}

function absolutePosition(byId: Map<string, BoardNode>, node: BoardNode): Point {
  const parent = node.parentId ? byId.get(node.parentId) : undefined;
  return parent ? { x: parent.position.x + node.position.x, y: parent.position.y + node.position.y } : { ...node.position };
}

/** Just right of the rightmost of these nodes, at the height of the highest. */
function rightOf(board: Board, byId: Map<string, BoardNode>, ids: string[]): Point {
  let x = -Infinity;
  let y = Infinity;
  for (const id of ids) {
    const node = byId.get(id);
    if (!node) continue;
    const p = absolutePosition(byId, node);
    x = Math.max(x, p.x + (node.width ?? DEFAULT_SIZE[node.kind].width));
    y = Math.min(y, p.y);
  }
  return Number.isFinite(x) ? { x: x + 80, y } : { x: 0, y: 0 };
}

/** The first spot at or below `start` where a new node overlaps no top-level node. */
function freeSpot(board: Board, byId: Map<string, BoardNode>, start: Point): Point {
  const { width, height } = DEFAULT_SIZE.team;
  const boxes = board.nodes
    .filter((n) => !n.parentId)
    .map((n) => ({ ...absolutePosition(byId, n), w: n.width ?? DEFAULT_SIZE[n.kind].width, h: n.height ?? DEFAULT_SIZE[n.kind].height }));
  const spot = { ...start };
  for (let tries = 0; tries < 100; tries++) {
    const hit = boxes.find((b) => spot.x < b.x + b.w + 20 && spot.x + width + 20 > b.x && spot.y < b.y + b.h + 20 && spot.y + height + 20 > b.y);
    if (!hit) return spot;
    spot.y = hit.y + hit.h + 40;
  }
  return spot;
}
