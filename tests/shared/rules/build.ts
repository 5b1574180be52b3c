/** A compact way to write the small boards rule tests need. */
import { readFileSync } from 'node:fs';
import type { Board, BoardEdge, BoardNode, Profile } from '../../../shared/model/board';
import type { DepartmentType, ExternalType, ObjectiveType, Raci, RoleType, TaskLevel, TaskType } from '../../../shared/model/vocabulary';
import { parseBoard } from '../../../shared/model/parse';
import { evaluateBoard } from '../../../shared/rules/engine';
import type { RuleId } from '../../../shared/rules/ruleCatalogue';
import type { Hint } from '../../../shared/rules/types';

const at = { x: 0, y: 0 };

export const dept = (id: string, departmentType: DepartmentType, label = id): BoardNode => ({
  id,
  kind: 'department',
  label,
  position: at,
  data: { departmentType },
});
export const role = (
  id: string,
  roleType: RoleType,
  parentId?: string,
  { mandate = false, budget = false }: { mandate?: boolean; budget?: boolean } = {},
): BoardNode => ({
  id,
  kind: 'role',
  label: id,
  position: at,
  ...(parentId ? { parentId } : {}),
  data: { roleType, mandate, budget },
});
export const task = (id: string, taskType: TaskType, { label, ...extra }: { kpi?: string; level?: TaskLevel; label?: string } = {}): BoardNode => ({
  id,
  kind: 'task',
  label: label ?? id,
  position: at,
  data: { taskType, ...extra },
});
export const team = (id: string): BoardNode => ({ id, kind: 'team', label: id, position: at, data: {} });
export const objective = (id: string, objectiveType: ObjectiveType): BoardNode => ({
  id,
  kind: 'objective',
  label: id,
  position: at,
  data: { objectiveType },
});
export const external = (id: string, externalType: ExternalType = 'social-media-agency'): BoardNode => ({
  id,
  kind: 'external',
  label: id,
  position: at,
  data: { externalType },
});
export const note = (id: string): BoardNode => ({ id, kind: 'note', label: id, position: at, data: {} });

let edgeCount = 0;
const rel = (kind: BoardEdge['kind'], source: string, target: string, raci?: Raci): BoardEdge => ({
  id: `e${++edgeCount}`,
  kind,
  source,
  target,
  ...(raci ? { data: { raci } } : {}),
});
export const A = (s: string, t: string) => rel('responsible', s, t, 'A');
export const R = (s: string, t: string) => rel('responsible', s, t, 'R');
export const C = (s: string, t: string) => rel('responsible', s, t, 'C');
export const I = (s: string, t: string) => rel('responsible', s, t, 'I');
export const member = (s: string, t: string) => rel('member', s, t);
export const leads = (s: string, t: string) => rel('leads', s, t);
export const sponsors = (s: string, t: string) => rel('sponsors', s, t);
export const serves = (s: string, t: string) => rel('serves', s, t);
export const reports = (s: string, t: string) => rel('reports', s, t);

export function board(profile: Partial<Profile>, nodes: BoardNode[], edges: BoardEdge[] = []): Board {
  return {
    format: 'orgcanvas',
    version: 2,
    profile: { name: 'Test', size: 'medium', market: 'b2c', culture: 'hierarchical', ...profile },
    nodes,
    edges,
  };
}

export function hintsOf(b: Board, rule: RuleId): Hint[] {
  return evaluateBoard(b).filter((h) => h.rule === rule);
}

/** The node lists of a rule's hints: what "fires on exactly these nodes" compares. */
export function fired(b: Board, rule: RuleId): string[][] {
  return hintsOf(b, rule).map((h) => h.nodes);
}

/** A board from tests/fixtures/rules, through the real parser. */
export function fixture(name: string): Board {
  const result = parseBoard(readFileSync(`tests/fixtures/rules/${name}`, 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}
