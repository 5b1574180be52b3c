/**
 * The RACI matrix, derived from the board's `responsible` relations: tasks as rows, and as
 * columns the roles grouped by department (plus a department itself where it holds a
 * letter), then teams and external parties. Pure: the RACI view, the CSV and the PDF
 * report all read this one derivation.
 */
import type { Board, BoardNode } from '../model/board';
import type { Raci, TaskLevel, TaskType } from '../model/catalogue';
import { RACI_LETTERS, taskLevel } from '../model/catalogue';
import { HOLDER_KINDS as KIND_HOLDERS, type HolderKind } from '../model/kinds';

/** Rule ids from domain.md: the matrix flags exactly what the hints call these. */
export type RaciFlag = 'task-unowned' | 'task-multiple-accountable';

/** The kinds that can hold a letter, from their definitions (model/kinds/). */
export type { HolderKind };

export interface RaciColumn {
  /** The holder's node id. */
  id: string;
  kind: HolderKind;
  label: string;
}

export interface RaciGroup {
  kind: 'department' | 'unplaced' | 'teams' | 'externals';
  /** For a department group: the department's id and label. */
  departmentId?: string;
  label?: string;
  columns: RaciColumn[];
}

export interface RaciRow {
  taskId: string;
  label: string;
  taskType: TaskType;
  level: TaskLevel;
  /**
   * Letters per holder id, in R, A, C, I order; a holder without letters is absent. A
   * null-prototype object: an id such as `constructor` or `toString` is a valid node id, and
   * must not find Object.prototype's function where a holder has no letters (issue 23).
   */
  cells: Record<string, Raci[]>;
  /** Whoever holds A; else the single R holder; else undefined (domain.md "owner"). */
  ownerIds: string[];
  flags: RaciFlag[];
}

export interface RaciMatrix {
  groups: RaciGroup[];
  rows: RaciRow[];
}

export interface RaciOptions {
  /**
   * Show a column for every department, not only those holding a letter themselves. The
   * editable view wants them (to assign a task to a department); the report does not.
   */
  allDepartmentColumns?: boolean;
}

const HOLDER_KINDS = new Set<BoardNode['kind']>(KIND_HOLDERS);

export function isHolder(node: BoardNode | undefined): node is Extract<BoardNode, { kind: HolderKind }> {
  return !!node && HOLDER_KINDS.has(node.kind);
}

export function deriveRaci(board: Board, options: RaciOptions = {}): RaciMatrix {
  const byId = new Map(board.nodes.map((n) => [n.id, n]));
  const tasks = board.nodes.filter((n): n is Extract<BoardNode, { kind: 'task' }> => n.kind === 'task');
  const cells = new Map<string, Map<string, Set<Raci>>>(tasks.map((t) => [t.id, new Map()]));
  for (const edge of board.edges) {
    if (edge.kind !== 'responsible') continue;
    const row = cells.get(edge.target);
    if (!row || !isHolder(byId.get(edge.source))) continue;
    const letters = row.get(edge.source) ?? new Set<Raci>();
    letters.add(edge.data?.raci ?? 'R');
    row.set(edge.source, letters);
  }
  const holding = new Set<string>();
  for (const row of cells.values()) for (const id of row.keys()) holding.add(id);

  const rows: RaciRow[] = tasks.map((task) => {
    const row = cells.get(task.id)!;
    const out = Object.create(null) as Record<string, Raci[]>;
    const accountable: string[] = [];
    const responsible: string[] = [];
    for (const [holder, letters] of row) {
      out[holder] = RACI_LETTERS.filter((l) => letters.has(l));
      if (letters.has('A')) accountable.push(holder);
      if (letters.has('R')) responsible.push(holder);
    }
    const ownerIds = accountable.length ? accountable : responsible.length === 1 ? responsible : [];
    const flags: RaciFlag[] = [];
    if (!ownerIds.length) flags.push('task-unowned');
    // Counted per holder: two A edges from one role are one accountable party.
    if (accountable.length > 1) flags.push('task-multiple-accountable');
    return { taskId: task.id, label: task.label, taskType: task.data.taskType, level: taskLevel(task.data.taskType, task.data.level), cells: out, ownerIds, flags };
  });

  const groups: RaciGroup[] = [];
  const column = (node: BoardNode): RaciColumn => ({ id: node.id, kind: node.kind as HolderKind, label: node.label });
  const rolesIn = new Map<string, BoardNode[]>();
  const unplaced: BoardNode[] = [];
  for (const node of board.nodes) {
    if (node.kind !== 'role') continue;
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent?.kind === 'department') rolesIn.set(parent.id, [...(rolesIn.get(parent.id) ?? []), node]);
    else unplaced.push(node);
  }
  for (const department of board.nodes) {
    if (department.kind !== 'department') continue;
    const columns = (rolesIn.get(department.id) ?? []).map(column);
    if (options.allDepartmentColumns || holding.has(department.id)) columns.unshift(column(department));
    if (columns.length) groups.push({ kind: 'department', departmentId: department.id, label: department.label, columns });
  }
  if (unplaced.length) groups.push({ kind: 'unplaced', columns: unplaced.map(column) });
  const teams = board.nodes.filter((n) => n.kind === 'team');
  if (teams.length) groups.push({ kind: 'teams', columns: teams.map(column) });
  const externals = board.nodes.filter((n) => n.kind === 'external');
  if (externals.length) groups.push({ kind: 'externals', columns: externals.map(column) });
  return { groups, rows };
}

/** Every column in display order. */
export function raciColumns(matrix: RaciMatrix): RaciColumn[] {
  return matrix.groups.flatMap((g) => g.columns);
}
