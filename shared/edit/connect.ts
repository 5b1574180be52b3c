/** Connecting two nodes with a relation the table allows, or saying why not. */
import type { Board, BoardEdge } from '../model/board';
import { checkRelation, refusalFor, relationChoices, type RelationChoice, type RelationRefusal } from '../model/relations';

export type ConnectResult =
  | { ok: true; board: Board; edgeId: string }
  | { ok: false; refusal: RelationRefusal | { code: 'missingNode' } };

/**
 * Add the chosen relation. Connecting a pair again with the same relation does not add a
 * second line: a `responsible` edge takes the new RACI letter, anything else is left as is.
 */
export function connect(board: Board, sourceId: string, targetId: string, choice: RelationChoice, edgeId: string): ConnectResult {
  const source = board.nodes.find((n) => n.id === sourceId);
  const target = board.nodes.find((n) => n.id === targetId);
  if (!source || !target) return { ok: false, refusal: { code: 'missingNode' } };
  const check = checkRelation(choice.relation, source, target);
  if (!check.ok) return { ok: false, refusal: check.refusal };
  const existing = board.edges.find((e) => e.kind === choice.relation && e.source === sourceId && e.target === targetId);
  if (existing) {
    if (choice.relation !== 'responsible' || (existing.data?.raci ?? 'R') === (choice.raci ?? 'R')) {
      return { ok: true, board, edgeId: existing.id };
    }
    const edges = board.edges.map((e): BoardEdge => (e === existing ? { ...e, data: { ...e.data, raci: choice.raci ?? 'R' } } : e));
    return { ok: true, board: { ...board, edges }, edgeId: existing.id };
  }
  const edge: BoardEdge = { id: edgeId, kind: choice.relation, source: sourceId, target: targetId };
  if (choice.relation === 'responsible') edge.data = { raci: choice.raci ?? 'R' };
  return { ok: true, board: { ...board, edges: [...board.edges, edge] }, edgeId };
}

/** What a connect gesture from `sourceId` to `targetId` can offer. */
export type ConnectOptions =
  | { kind: 'choices'; source: string; target: string; choices: RelationChoice[] }
  | { kind: 'refused'; refusal: RelationRefusal };

/**
 * The relations offered for a gesture. People drag in whichever direction their hand goes,
 * so when nothing fits from source to target but something fits the other way round (task
 * → role), the reversed pair is offered instead of a refusal.
 */
export function connectOptions(board: Board, sourceId: string, targetId: string): ConnectOptions {
  const source = board.nodes.find((n) => n.id === sourceId);
  const target = board.nodes.find((n) => n.id === targetId);
  if (!source || !target) return { kind: 'refused', refusal: { code: 'selfLoop' } };
  const forward = relationChoices(source, target);
  if (forward.length) return { kind: 'choices', source: sourceId, target: targetId, choices: forward };
  const backward = source.id === target.id ? [] : relationChoices(target, source);
  if (backward.length) return { kind: 'choices', source: targetId, target: sourceId, choices: backward };
  return { kind: 'refused', refusal: refusalFor(source, target) };
}

export type ReconnectResult = { ok: true; board: Board } | { ok: false; refusal: RelationRefusal | { code: 'missingNode' } };

/**
 * Move one end of an edge to another node (draw.io's "drag the end of a line"), keeping its
 * relation and RACI letter. The relation table decides, as for a new connection. Where the
 * same relation already joins the new pair, the moved line replaces it (with its letter)
 * rather than doubling it.
 */
export function reconnect(board: Board, edgeId: string, end: 'source' | 'target', nodeId: string): ReconnectResult {
  const edge = board.edges.find((e) => e.id === edgeId);
  const node = board.nodes.find((n) => n.id === nodeId);
  if (!edge || !node) return { ok: false, refusal: { code: 'missingNode' } };
  const sourceId = end === 'source' ? nodeId : edge.source;
  const targetId = end === 'target' ? nodeId : edge.target;
  if (sourceId === edge.source && targetId === edge.target) return { ok: true, board };
  const source = board.nodes.find((n) => n.id === sourceId)!;
  const target = board.nodes.find((n) => n.id === targetId)!;
  if (source.id === target.id) return { ok: false, refusal: refusalFor(source, target) };
  const check = checkRelation(edge.kind, source, target);
  if (!check.ok) return { ok: false, refusal: check.refusal };
  const twin = board.edges.find((e) => e !== edge && e.kind === edge.kind && e.source === sourceId && e.target === targetId);
  const edges = board.edges
    .filter((e) => e !== twin)
    .map((e): BoardEdge => (e === edge ? { ...e, source: sourceId, target: targetId } : e));
  return { ok: true, board: { ...board, edges } };
}
