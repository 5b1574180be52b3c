/** fast-check arbitraries: any valid board (kinds, data, parents, relations the table allows). */
import fc from 'fast-check';
import { RELATION_KINDS, type Board, type BoardEdge, type BoardNode } from '../../shared/model/board';
import {
  CULTURES,
  DEPARTMENT_TYPES,
  EXTERNAL_TYPES,
  MARKETS,
  OBJECTIVE_TYPES,
  ORG_SIZES,
  RACI_LETTERS,
  ROLE_TYPES,
  TASK_LEVELS,
  TASK_TYPES,
} from '../../shared/model/vocabulary';
import { FORBIDDEN_KEYS } from '../../shared/model/limits';
import { checkRelation } from '../../shared/model/relations';

const text = (max: number) => fc.string({ maxLength: max, unit: 'grapheme' });
const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

/** True when a key the parser refuses anywhere (`__proto__`, `prototype`…) sits somewhere in `value`. */
function hasForbiddenKey(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  return Object.keys(value).some((key) => FORBIDDEN_KEYS.has(key)) || Object.values(value).some(hasForbiddenKey);
}
/** Extra fields a later app version might write: any JSON, but only what a valid file can hold. */
const extraValue = fc.jsonValue({ maxDepth: 2 }).filter((value) => !hasForbiddenKey(value));

const nodeBody = fc.record(
  {
    label: text(40),
    position: fc.record({ x: coordinate, y: coordinate }),
    width: fc.integer({ min: 1, max: 2000 }),
    notes: text(80),
  },
  { requiredKeys: ['label', 'position'] },
);

const nodeData = fc.oneof(
  fc.record({ kind: fc.constant('department' as const), data: fc.record({ departmentType: fc.constantFrom(...DEPARTMENT_TYPES) }) }),
  fc.record({
    kind: fc.constant('role' as const),
    data: fc.record(
      { roleType: fc.constantFrom(...ROLE_TYPES), mandate: fc.boolean(), budget: fc.boolean(), person: text(20) },
      { requiredKeys: ['roleType', 'mandate', 'budget'] },
    ),
  }),
  fc.record({ kind: fc.constant('team' as const), data: fc.constant({}) }),
  fc.record({
    kind: fc.constant('task' as const),
    data: fc.record(
      { taskType: fc.constantFrom(...TASK_TYPES), level: fc.constantFrom(...TASK_LEVELS), kpi: text(30) },
      { requiredKeys: ['taskType'] },
    ),
  }),
  fc.record({ kind: fc.constant('objective' as const), data: fc.record({ objectiveType: fc.constantFrom(...OBJECTIVE_TYPES) }) }),
  fc.record({ kind: fc.constant('external' as const), data: fc.record({ externalType: fc.constantFrom(...EXTERNAL_TYPES) }) }),
  fc.record({ kind: fc.constant('note' as const), data: fc.constant({}) }),
);

export const arbitraryBoard: fc.Arbitrary<Board> = fc
  .record({
    profile: fc.record({
      name: text(30),
      size: fc.constantFrom(...ORG_SIZES),
      market: fc.constantFrom(...MARKETS),
      culture: fc.constantFrom(...CULTURES),
    }),
    nodes: fc.array(fc.tuple(nodeBody, nodeData, fc.nat()), { maxLength: 25 }),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...RELATION_KINDS), fc.constantFrom(...RACI_LETTERS)), { maxLength: 40 }),
    extra: fc.option(fc.dictionary(fc.constantFrom('viewport', 'appFutureField'), extraValue), { nil: undefined }),
  })
  .map(({ profile, nodes, edges, extra }) => {
    const built = nodes.map(([body, kindData], i) => ({ id: `n${i}`, ...body, ...kindData }) as BoardNode);
    const departments = built.filter((n) => n.kind === 'department');
    // Any non-department may sit in a department (picked by the third number).
    nodes.forEach(([, , pick], i) => {
      if (built[i].kind !== 'department' && departments.length && pick % 3 === 0) built[i].parentId = departments[pick % departments.length].id;
    });
    const boardEdges: BoardEdge[] = [];
    if (built.length) {
      edges.forEach(([s, t, kind, raci], i) => {
        const source = built[s % built.length];
        const target = built[t % built.length];
        if (!checkRelation(kind, source, target).ok) return;
        boardEdges.push({ id: `e${i}`, kind, source: source.id, target: target.id, ...(kind === 'responsible' ? { data: { raci } } : {}) });
      });
    }
    return { format: 'orgcanvas', version: 2, profile, nodes: built, edges: boardEdges, ...extra } as Board;
  });
