/**
 * Fresh ids for new nodes and edges. Deterministic (kind prefix + the next free number)
 * rather than random, so a test can name what a paste or an add created, and ids stay short
 * enough to read in a saved file.
 */
import type { Board } from '../model/board';
import { mapKinds } from '../model/kinds';

/** Node ids start with their kind's prefix (model/kinds/), edge ids with `e`. */
const PREFIX: Record<string, string> = { ...mapKinds((def) => def.idPrefix), edge: 'e' };

export type IdFactory = (kind: string) => string;

/** An id factory that never hands out an id the board (or this factory) already uses. */
export function idFactory(board: Pick<Board, 'nodes' | 'edges'>): IdFactory {
  const used = new Set<string>();
  for (const node of board.nodes) used.add(node.id);
  for (const edge of board.edges) used.add(edge.id);
  const counters = new Map<string, number>();
  return (kind) => {
    const prefix = PREFIX[kind] ?? kind.slice(0, 2);
    let n = counters.get(prefix) ?? 1;
    while (used.has(`${prefix}${n}`)) n++;
    const id = `${prefix}${n}`;
    used.add(id);
    counters.set(prefix, n + 1);
    return id;
  };
}
