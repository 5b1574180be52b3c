/**
 * The relation table from domain.md, as data. Connect-time checks, the file parser and the
 * palette's connect picker all read this one table.
 */
import type { BoardNode, RelationKind } from './board';
import type { NodeKind, Raci } from './vocabulary';
import { RACI_LETTERS } from './vocabulary';
import { HOLDER_KINDS, KINDS } from './kinds';

interface RelationRule {
  sources: readonly NodeKind[];
  targets: readonly NodeKind[];
  /** An extra condition on the source node, with the reason code when it fails. */
  sourceCheck?: (source: BoardNode) => boolean;
}

export const RELATION_TABLE: Record<RelationKind, RelationRule> = {
  // The kinds that can hold a RACI letter say so in their definition (kinds/).
  responsible: { sources: HOLDER_KINDS, targets: ['task'] },
  member: { sources: ['role'], targets: ['team'] },
  leads: { sources: ['role'], targets: ['team', 'department'] },
  reports: { sources: ['role'], targets: ['role', 'department'] },
  sponsors: {
    sources: ['department', 'role'],
    targets: ['team', 'role'],
    // Sponsorship is board support (000 #7): of all departments only the board sponsors.
    sourceCheck: (source) => source.kind !== 'department' || source.data.departmentType === 'board',
  },
  serves: { sources: ['task'], targets: ['objective'] },
};

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
