/**
 * The RACI change list: per task, the letters each holder gains and loses between two
 * boards. Letters are read with the words every other part of the app uses
 * (../model/participation.ts, `taskLetters`), so two relations from one holder are one
 * holder with both letters and a relation without a letter counts as R.
 */
import type { Board, BoardEdge } from '../model/board';
import { KINDS } from '../model/kinds';
import { lettersIn, taskLetters } from '../model/participation';
import type { Raci } from '../model/vocabulary';

/** One letter and who holds it: `holder` is a node id. */
export interface LetterChange {
  holder: string;
  letter: Raci;
}

export interface TaskRaciChange {
  task: string;
  /** Letters held after and not before, in the after board's holder order, R A C I per holder. */
  gained: LetterChange[];
  /** Letters held before and not after, in the before board's holder order. */
  lost: LetterChange[];
}

/** Each task's letters on one board: holder id → letter mask, in the order of their first relation. */
function lettersByTask(board: Board): { tasks: string[]; masks: Map<string, Map<string, number>> } {
  const kindOf = new Map(board.nodes.map((node) => [node.id, node.kind] as const));
  const tasks = board.nodes.filter((node) => node.kind === 'task').map((node) => node.id);
  const edges = new Map<string, BoardEdge[]>();
  for (const edge of board.edges) {
    if (edge.kind !== 'responsible' || kindOf.get(edge.target) !== 'task') continue;
    const list = edges.get(edge.target);
    if (list) list.push(edge);
    else edges.set(edge.target, [edge]);
  }
  const holds = (id: string) => {
    const kind = kindOf.get(id);
    return kind !== undefined && KINDS[kind].raciHolder;
  };
  const masks = new Map<string, Map<string, number>>();
  for (const task of tasks) {
    const { holders, masks: bits } = taskLetters(edges.get(task) ?? [], holds);
    masks.set(task, new Map(holders.map((holder, k) => [holder, bits[k]] as const)));
  }
  return { tasks, masks };
}

/** The letters in `from` that `to` does not have, holder by holder. */
function missing(from: Map<string, number>, to: Map<string, number>): LetterChange[] {
  const out: LetterChange[] = [];
  for (const [holder, mask] of from) {
    for (const letter of lettersIn(mask & ~(to.get(holder) ?? 0))) out.push({ holder, letter });
  }
  return out;
}

/**
 * Every task whose letters differ, the after board's tasks in its order, then the tasks
 * only the before board has (their letters are all lost). Tasks without a change are left out.
 */
export function diffRaci(before: Board, after: Board): TaskRaciChange[] {
  const was = lettersByTask(before);
  const is = lettersByTask(after);
  const none = new Map<string, number>();
  const tasks = [...is.tasks, ...was.tasks.filter((task) => !is.masks.has(task))];
  const out: TaskRaciChange[] = [];
  for (const task of tasks) {
    const old = was.masks.get(task) ?? none;
    const now = is.masks.get(task) ?? none;
    const gained = missing(now, old);
    const lost = missing(old, now);
    if (gained.length || lost.length) out.push({ task, gained, lost });
  }
  return out;
}
