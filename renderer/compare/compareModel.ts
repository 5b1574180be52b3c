/**
 * The compare view's data, pure so it is tested without a browser: which two scenarios it
 * opens on, each scenario's design as a plain board, and the differences diagram (the after
 * design, the before design's removed boxes added as faint ghosts where they stood, and a
 * mark per changed node for shared/export's scene builder).
 */
import type { TFunction } from 'i18next';
import type { ChangePlan } from '../../shared/changePlan';
import { changeMarks } from '../../shared/export/marks';
import type { NodeHighlight, NodeMark } from '../../shared/export/options';
import type { ReportChangePlan } from '../../shared/export/reportChangePlan';
import { absoluteRects } from '../../shared/geometry/geometry';
import type { Board, BoardNode } from '../../shared/model/board';
import { activeScenarioId, scenarioBoard, scenarioList, scenarioName } from '../../shared/model/scenarios';

/**
 * The pair the view opens on: the first scenario as before; the one on screen as after, or
 * the second when the first is on screen. Undefined when the board has one scenario.
 */
export function defaultPair(board: Board): { before: string; after: string } | undefined {
  const list = scenarioList(board);
  if (list.length < 2) return undefined;
  const first = list[0]!.id;
  const active = activeScenarioId(board);
  return { before: first, after: active === first ? list[1]!.id : active };
}

/** A scenario's design as the comparison reads it: a plain board, without the room's sticky notes. */
export function designOf(board: Board, id: string): Board {
  const design = scenarioBoard(board, id);
  const notes = new Set(design.nodes.filter((node) => node.kind === 'note').map((node) => node.id));
  return { ...design, nodes: design.nodes.filter((node) => !notes.has(node.id)), edges: design.edges.filter((edge) => !notes.has(edge.source) && !notes.has(edge.target)) };
}

export interface Differences {
  board: Board;
  highlights: Map<string, NodeHighlight>;
}

/**
 * The after design with every change marked. A removed box comes back as a ghost where it
 * stood on the before board (taken out of its department, which may be gone or elsewhere);
 * a task whose RACI letters changed is marked `raci` unless it changed itself. With
 * `changedOnly`, every unmarked box is faded.
 */
export function differences(before: Board, after: Board, plan: ChangePlan, changedOnly: boolean): Differences {
  const marks = changeMarks(plan);

  const removed = new Set(plan.changes.filter((change) => change.type === 'removed').map((change) => change.id));
  const beforeRects = absoluteRects(before);
  const ghosts: BoardNode[] = before.nodes
    .filter((node) => removed.has(node.id))
    .map((node) => {
      const rect = beforeRects.get(node.id)!;
      const { parentId: _parentId, ...rest } = node;
      return { ...rest, position: { x: rect.x, y: rect.y } };
    });
  // Ghost departments first, so a ghost container sits under the boxes drawn over it.
  const nodes = [...ghosts.filter((node) => node.kind === 'department'), ...after.nodes, ...ghosts.filter((node) => node.kind !== 'department')];

  const highlights = new Map<string, NodeHighlight>();
  for (const node of nodes) {
    const mark = marks.get(node.id);
    if (mark) highlights.set(node.id, { mark, ...(mark === 'removed' && { faded: true }) });
    else if (changedOnly) highlights.set(node.id, { faded: true });
  }
  return { board: { ...after, nodes }, highlights };
}

/** How many boxes carry each mark: the legend shows only the marks in use, with their counts. */
export function markCounts(highlights: ReadonlyMap<string, NodeHighlight>): Partial<Record<NodeMark, number>> {
  const counts: Partial<Record<NodeMark, number>> = {};
  for (const { mark } of highlights.values()) if (mark) counts[mark] = (counts[mark] ?? 0) + 1;
  return counts;
}

/** The report's change-plan section for scenarios `pair` of the board, with their names as shown; undefined if either is gone. */
export function reportPair(board: Board, pair: { before: string; after: string }, t: TFunction): ReportChangePlan | undefined {
  const list = scenarioList(board);
  const before = list.find((entry) => entry.id === pair.before);
  const after = list.find((entry) => entry.id === pair.after);
  if (!before || !after || before.id === after.id) return undefined;
  return { before: scenarioBoard(board, before.id), after: scenarioBoard(board, after.id), beforeName: scenarioName(before, t), afterName: scenarioName(after, t) };
}
