/**
 * Every node kind's definition, by kind. The compiler holds this to `NODE_KINDS`
 * (vocabulary.ts): a kind in the list without a definition, or the other way round, fails
 * `tsc`. The node types (board.ts), the board schema, ids, theme, relations, the RACI
 * matrix, new nodes and the export drawing read it. Recipe for a new kind: ../../README.md.
 */
import type { NodeKind } from '../vocabulary';
import { department } from './department';
import { external } from './external';
import type { DataOf, KindDef } from './kindDef';
import { note } from './note';
import { objective } from './objective';
import { role } from './role';
import { task } from './task';
import { team } from './team';

export const KINDS = { department, role, team, task, objective, external, note } satisfies {
  [K in NodeKind]: KindDef<K>;
};
export type Kinds = typeof KINDS;

/** A kind's `data`, derived from its zod shape. */
export type KindData<K extends NodeKind> = DataOf<ReturnType<Kinds[K]['data']>>;
/** The palette type a new node of kind K can be given (`never` for untyped kinds). */
export type KindType<K extends NodeKind> = NonNullable<Parameters<Kinds[K]['newData']>[0]>;

/** The kinds that can hold a RACI letter on a task (and are the matrix's columns). */
export type HolderKind = { [K in NodeKind]: Kinds[K]['raciHolder'] extends true ? K : never }[NodeKind];
export const HOLDER_KINDS = (Object.keys(KINDS) as NodeKind[]).filter((kind) => KINDS[kind].raciHolder) as HolderKind[];

/** One value per kind, read off its definition. */
export function mapKinds<V>(read: (def: KindDef) => V): Record<NodeKind, V> {
  const out = {} as Record<NodeKind, V>;
  for (const kind of Object.keys(KINDS) as NodeKind[]) out[kind] = read(KINDS[kind]);
  return out;
}

export { defineKind, textFields, type KindDef, type TextFields } from './kindDef';
