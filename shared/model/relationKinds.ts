/**
 * What each relation kind is, in one place, as `kinds/` is for node kinds: the node kinds it
 * runs from and to (domain.md's relation table), a further check on its source where the
 * domain has one, and the look of its line. Held to RELATION_KINDS (board.ts) by `satisfies`:
 * a relation kind without a definition fails `tsc`. The connect-time checks, the parser and
 * the connect picker (relations.ts) and the line styles of the canvas, the legend and the
 * exports (theme.ts) are read off it; its name is in the catalogues (`relation.*`, checked
 * against `Record<RelationKind, string>`).
 */
import type { RelationStyle } from '../theme/theme';
import type { BoardNode, RelationKind } from './board';
import { HOLDER_KINDS } from './kinds';
import type { NodeKind } from './vocabulary';

export interface RelationDef {
  sources: readonly NodeKind[];
  targets: readonly NodeKind[];
  /** A further condition on the source node (relations.ts names the refusal). */
  sourceCheck?: (source: BoardNode) => boolean;
  style: RelationStyle;
}

export const RELATIONS = {
  // The kinds that can hold a RACI letter say so in their definition (kinds/).
  responsible: { sources: HOLDER_KINDS, targets: ['task'], style: { colour: '#2b2f36', width: 3, dash: '', arrow: true } },
  member: { sources: ['role'], targets: ['team'], style: { colour: '#17406b', width: 3, dash: '10 6', arrow: false } },
  leads: { sources: ['role'], targets: ['team', 'department'], style: { colour: '#5b1a86', width: 5, dash: '', arrow: true } },
  reports: { sources: ['role'], targets: ['role', 'department'], style: { colour: '#4a4f57', width: 3, dash: '3 5', arrow: true } },
  sponsors: {
    sources: ['department', 'role'],
    targets: ['team', 'role'],
    // Sponsorship is board support (000 #7): of all departments only the board sponsors.
    sourceCheck: (source) => source.kind !== 'department' || source.data.departmentType === 'board',
    style: { colour: '#7a5a00', width: 4, dash: '16 6 4 6', arrow: true },
  },
  serves: { sources: ['task'], targets: ['objective'], style: { colour: '#1d5e20', width: 3, dash: '', arrow: true } },
} satisfies Record<RelationKind, RelationDef>;

/** One value per relation kind, read off its definition. */
export function mapRelations<V>(read: (def: RelationDef) => V): Record<RelationKind, V> {
  const out = {} as Record<RelationKind, V>;
  for (const kind of Object.keys(RELATIONS) as RelationKind[]) out[kind] = read(RELATIONS[kind]);
  return out;
}
