/**
 * The relation table from domain.md, read off the relation kinds' definitions
 * (relationKinds.ts). Connect-time checks, the file parser and the palette's connect picker
 * all read this one table.
 */
import type { BoardNode, RelationKind } from './board';
import type { NodeKind, Raci } from './vocabulary';
import { RACI_LETTERS } from './vocabulary';
import { KINDS } from './kinds';
import { RELATIONS, type RelationDef } from './relationKinds';

/** Which kinds a relation runs between: its definition (relationKinds.ts). */
export type RelationRule = Pick<RelationDef, 'sources' | 'targets' | 'sourceCheck'>;

/** The relation table from domain.md, read off the relation kinds' definitions. */
export const RELATION_TABLE: Readonly<Record<RelationKind, RelationRule>> = RELATIONS;

/** Why a relation is refused; each code has a translated message in the catalogues. */
export type RelationRefusal =
  | { code: 'selfLoop' }
  | { code: 'noteCannotConnect' }
  | { code: 'wrongSource'; relation: RelationKind; sourceKind: NodeKind; allowed: readonly NodeKind[] }
  | { code: 'wrongTarget'; relation: RelationKind; targetKind: NodeKind; allowed: readonly NodeKind[] }
  | { code: 'sponsorNotBoard' }
  | { code: 'noRelationFits'; sourceKind: NodeKind; targetKind: NodeKind };

export type RelationCheck = { ok: true } | { ok: false; refusal: RelationRefusal };

type Endpoint = Pick<BoardNode, 'id' | 'kind'> & Partial<Pick<BoardNode, 'data'>>;

/** Whether any relation may touch this end: a sticky note's kind says no. */
function connects(end: Endpoint): boolean {
  return KINDS[end.kind].connects;
}

/** Is `relation` allowed from `source` to `target`? */
export function checkRelation(relation: RelationKind, source: Endpoint, target: Endpoint): RelationCheck {
  if (source.id === target.id) return { ok: false, refusal: { code: 'selfLoop' } };
  if (!connects(source) || !connects(target)) return { ok: false, refusal: { code: 'noteCannotConnect' } };
  const rule = RELATION_TABLE[relation];
  if (!rule.sources.includes(source.kind)) {
    return { ok: false, refusal: { code: 'wrongSource', relation, sourceKind: source.kind, allowed: rule.sources } };
  }
  if (!rule.targets.includes(target.kind)) {
    return { ok: false, refusal: { code: 'wrongTarget', relation, targetKind: target.kind, allowed: rule.targets } };
  }
  if (rule.sourceCheck && source.data && !rule.sourceCheck(source as BoardNode)) {
    return { ok: false, refusal: { code: 'sponsorNotBoard' } };
  }
  return { ok: true };
}

/** One entry of the connect picker: a relation, and for `responsible` its RACI letter. */
export interface RelationChoice {
  relation: RelationKind;
  raci?: Raci;
}

/**
 * Every relation the pair allows, in the order the picker shows them. `responsible` expands
 * to its four RACI letters because the room thinks in "who is Accountable", not in edge kinds.
 */
export function relationChoices(source: Endpoint, target: Endpoint): RelationChoice[] {
  const choices: RelationChoice[] = [];
  for (const relation of Object.keys(RELATION_TABLE) as RelationKind[]) {
    if (!checkRelation(relation, source, target).ok) continue;
    if (relation === 'responsible') for (const raci of RACI_LETTERS) choices.push({ relation, raci });
    else choices.push({ relation });
  }
  return choices;
}

/** Why nothing fits this pair: the most specific refusal the table gives. */
export function refusalFor(source: Endpoint, target: Endpoint): RelationRefusal {
  if (source.id === target.id) return { code: 'selfLoop' };
  if (!connects(source) || !connects(target)) return { code: 'noteCannotConnect' };
  const sponsorCheck = checkRelation('sponsors', source, target);
  if (!sponsorCheck.ok && sponsorCheck.refusal.code === 'sponsorNotBoard') return sponsorCheck.refusal;
  return { code: 'noRelationFits', sourceKind: source.kind, targetKind: target.kind };
}
