/**
 * The RACI matrix, derived from the board's `responsible` relations: tasks as rows, and as
 * columns the roles grouped by department (plus a department itself where it holds a
 * letter), then teams and external parties. Pure: the RACI view, the CSV and the PDF
 * report all read this one derivation.
 *
 * Who owns a task is ../model/participation.ts's `taskOwners`, as for the rules and model
 * detection. A row's flags are the rule engine's own hints about the task, never worked out
 * here: the caller's hints when it has them (the RACI view reads the hints store's), else
 * the engine's two checks run for the matrix (`evaluateRules`).
 */
import type { Board, BoardEdge, BoardNode } from '../model/board';
import type { Raci, TaskLevel, TaskType } from '../model/vocabulary';
import { taskLevel } from '../model/vocabulary';
import { lettersIn, taskLetters, taskOwners } from '../model/participation';
import type { RuleId } from '../rules/ruleCatalogue';
import { hintKey } from '../rules/checks/hint';
import { evaluateRules } from '../rules/engine';
import type { Hint } from '../rules/types';
import { HOLDER_KINDS as KIND_HOLDERS, type HolderKind } from '../model/kinds';

/** The rules whose hints the matrix shows on a task's row, in the order it shows them. */
export const RACI_FLAGS = ['task-unowned', 'task-multiple-accountable'] as const satisfies readonly RuleId[];
export type RaciFlag = (typeof RACI_FLAGS)[number];

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
  /** Whoever holds A; else the single R holder; else nobody (domain.md "owner", `taskOwners`). */
  ownerIds: string[];
  /** The rule engine's hints about this task among `RACI_FLAGS`, dismissed ones included. */
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
  /**
   * The rule engine's hints for this board, dismissed ones included (a dismissal hides a
   * hint from the panel, not the problem from the matrix). Without them the matrix runs the
   * engine's checks for its flags itself.
   */
  hints?: readonly Hint[];
}

const HOLDER_KINDS = new Set<BoardNode['kind']>(KIND_HOLDERS);

export function isHolder(node: BoardNode | undefined): node is Extract<BoardNode, { kind: HolderKind }> {
  return !!node && HOLDER_KINDS.has(node.kind);
}

export function deriveRaci(board: Board, options: RaciOptions = {}): RaciMatrix {
  const byId = new Map(board.nodes.map((n) => [n.id, n]));
  const tasks = board.nodes.filter((n): n is Extract<BoardNode, { kind: 'task' }> => n.kind === 'task');
  const edgesOf = new Map<string, BoardEdge[]>(tasks.map((t) => [t.id, []]));
  for (const edge of board.edges) if (edge.kind === 'responsible') edgesOf.get(edge.target)?.push(edge);
  const holds = (id: string) => isHolder(byId.get(id));
  const hinted = new Set((options.hints ?? evaluateRules(board, RACI_FLAGS)).map((hint) => hint.key));
  const holding = new Set<string>();

  const rows: RaciRow[] = tasks.map((task) => {
    const letters = taskLetters(edgesOf.get(task.id)!, holds);
    const cells = Object.create(null) as Record<string, Raci[]>;
    letters.holders.forEach((holder, k) => {
      cells[holder] = lettersIn(letters.masks[k]);
      holding.add(holder);
    });
    const flags = RACI_FLAGS.filter((rule) => hinted.has(hintKey(rule, [task.id])));
    return { taskId: task.id, label: task.label, taskType: task.data.taskType, level: taskLevel(task.data.taskType, task.data.level), cells, ownerIds: taskOwners(letters), flags };
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
