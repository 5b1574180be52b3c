/**
 * Where the facts file each edge: a task's RACI and `serves` lines, a team's `member` and
 * `leads` lines, the `sponsors` lines. Shared by the full build (facts.ts) and the
 * incremental update (factUpdates.ts), so both file an edge the same way.
 */
import type { BoardEdge } from '../model/board';
import { KINDS } from '../model/kinds';
import type { Facts } from './facts';

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Removes one occurrence; drops the key when its list empties (rules test `has`). */
export function pull<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) return;
  const i = list.indexOf(value);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) map.delete(key);
}

/** Files an edge under what it concerns; edges that cannot count (a store board is not parsed) are skipped. */
export function addToBucket(facts: Facts, edge: BoardEdge): string | undefined {
  const source = facts.byId.get(edge.source);
  const target = facts.byId.get(edge.target);
  if (!source || !target) return undefined;
  switch (edge.kind) {
    case 'responsible':
      // Only kinds that can hold a RACI letter (model/kinds/) count; a new kind does not by default.
      if (target.kind !== 'task' || !KINDS[source.kind].raciHolder) return undefined;
      push(facts.taskEdges, target.id, edge);
      return target.id;
    case 'serves':
      if (source.kind !== 'task' || target.kind !== 'objective') return undefined;
      push(facts.taskEdges, source.id, edge);
      return source.id;
    case 'member':
    case 'leads':
      if (source.kind !== 'role' || target.kind !== 'team') return undefined;
      push(facts.teamEdges, target.id, edge);
      return target.id;
    case 'sponsors':
      if (target.kind !== 'team' && target.kind !== 'role') return undefined;
      facts.sponsorEdges.push(edge);
      return 'sponsors';
    default:
      return undefined; // `reports` carries no rule yet
  }
}

export function removeFromBucket(facts: Facts, edge: BoardEdge): string | undefined {
  const where = edge.kind === 'responsible' ? edge.target : edge.kind === 'serves' ? edge.source : edge.target;
  const bucket =
    edge.kind === 'responsible' || edge.kind === 'serves'
      ? facts.taskEdges
      : edge.kind === 'member' || edge.kind === 'leads'
        ? facts.teamEdges
        : undefined;
  if (bucket) {
    const list = bucket.get(where);
    if (!list || !list.includes(edge)) return undefined;
    pull(bucket, where, edge);
    return where;
  }
  if (edge.kind === 'sponsors') {
    const i = facts.sponsorEdges.indexOf(edge);
    if (i < 0) return undefined;
    facts.sponsorEdges.splice(i, 1);
    return 'sponsors';
  }
  return undefined;
}
