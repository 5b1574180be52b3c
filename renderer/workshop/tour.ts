/**
 * The presentation tour: the order in which arrow keys walk a room through a board. First the
 * whole board, then each department in turn, then each team with its people, then the tasks
 * grouped by the objective they serve, and last the tasks that serve none. Pure: board in,
 * steps out; the presentation view frames and highlights each step.
 */
import { absoluteRects, bounds, type Rect } from '../../shared/geometry/geometry';
import type { Board, BoardNode } from '../../shared/model/board';

export type TourStepKind = 'overview' | 'department' | 'team' | 'objective' | 'unserved';

export interface TourStep {
  kind: TourStepKind;
  /** The department, team or objective the step is about; absent for overview and unserved. */
  id?: string;
  /** What the step is called on screen (node label), empty for overview and unserved. */
  label: string;
  /** Nodes to highlight. */
  nodeIds: string[];
  /** The board area to frame, in board coordinates. */
  frame: Rect;
}

/** Reading order, as a room reads a wall: rows from top to bottom, left to right within a row. */
function readingOrder(rects: Map<string, Rect>) {
  return (a: BoardNode, b: BoardNode) => {
    const ra = rects.get(a.id)!;
    const rb = rects.get(b.id)!;
    // Nodes whose tops are within half a node of each other are on one row.
    if (Math.abs(ra.y - rb.y) > Math.min(ra.height, rb.height) / 2) return ra.y - rb.y;
    return ra.x - rb.x || a.id.localeCompare(b.id);
  };
}

export function planTour(board: Board): TourStep[] {
  const rects = absoluteRects(board);
  const order = readingOrder(rects);
  const frameOf = (ids: string[]) => bounds(ids.map((id) => rects.get(id)!).filter(Boolean))!;
  const byKind = <K extends BoardNode['kind']>(kind: K) =>
    board.nodes.filter((n): n is Extract<BoardNode, { kind: K }> => n.kind === kind).sort(order);

  const steps: TourStep[] = [];
  const everything = board.nodes.map((n) => n.id);
  if (everything.length) steps.push({ kind: 'overview', label: '', nodeIds: [], frame: frameOf(everything) });

  for (const department of byKind('department')) {
    const ids = [department.id, ...board.nodes.filter((n) => n.parentId === department.id).map((n) => n.id)];
    steps.push({ kind: 'department', id: department.id, label: department.label, nodeIds: ids, frame: frameOf(ids) });
  }

  for (const team of byKind('team')) {
    const people = board.edges
      .filter((e) => (e.kind === 'member' || e.kind === 'leads') && e.target === team.id)
      .map((e) => e.source);
    const ids = [team.id, ...new Set(people)];
    steps.push({ kind: 'team', id: team.id, label: team.label, nodeIds: ids, frame: frameOf(ids) });
  }

  const taskIds = new Set(byKind('task').map((t) => t.id));
  const served = new Set<string>();
  for (const objective of byKind('objective')) {
    const tasks = board.edges
      .filter((e) => e.kind === 'serves' && e.target === objective.id && taskIds.has(e.source))
      .map((e) => e.source);
    tasks.forEach((t) => served.add(t));
    const ids = [objective.id, ...new Set(tasks)];
    steps.push({ kind: 'objective', id: objective.id, label: objective.label, nodeIds: ids, frame: frameOf(ids) });
  }
  const unserved = byKind('task').filter((t) => !served.has(t.id)).map((t) => t.id);
  if (unserved.length) steps.push({ kind: 'unserved', label: '', nodeIds: unserved, frame: frameOf(unserved) });
  return steps;
}

/** The next step index, clamped to the tour (no wrap-around: the room should see the end). */
export function stepIndex(current: number, delta: number, length: number): number {
  if (length === 0) return 0;
  return Math.max(0, Math.min(length - 1, current + delta));
}
