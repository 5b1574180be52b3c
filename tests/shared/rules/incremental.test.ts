/**
 * The engine updates its facts after small edits instead of rebuilding them. Whatever edits
 * a session makes, its hints must equal a fresh evaluation of the same board: checked here
 * on random boards under random edit sequences (fast-check), plus the cases that matter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import type { Board, BoardEdge, BoardNode } from '../../../shared/model/board';
import { DEPARTMENT_TYPES, OBJECTIVE_TYPES, RACI_LETTERS, ROLE_TYPES, TASK_TYPES } from '../../../shared/model/vocabulary';
import { RELATION_KINDS } from '../../../shared/model/board';
import { checkRelation } from '../../../shared/model/relations';
import { createRuleEngine, diffBoards, evaluateBoard, type RuleEngine } from '../../../shared/rules/engine';
import { generateBoard } from '../../bench/fixtures';
import { A, C, I, R, board as boardOf, dept, external, fixture, leads, member, objective, role, serves, sponsors, task, team } from './build';

type Edit =
  | { op: 'raci'; pick: number; raci: (typeof RACI_LETTERS)[number] }
  | { op: 'connect'; from: number; to: number; kind: number; raci: (typeof RACI_LETTERS)[number]; at: number }
  | { op: 'disconnect'; pick: number }
  | { op: 'disconnectKind'; kind: number }
  | { op: 'data'; pick: number; value: number }
  | { op: 'label'; pick: number }
  | { op: 'move'; pick: number }
  | { op: 'addNode'; kind: number; value: number }
  | { op: 'removeNode'; pick: number }
  | { op: 'profile'; value: number }
  | { op: 'copyEdge'; pick: number };

let serial = 0;

function apply(board: Board, edit: Edit): Board {
  const { nodes, edges } = board;
  const nodeAt = (i: number) => nodes[i % nodes.length];
  switch (edit.op) {
    case 'raci': {
      const responsible = edges.filter((e) => e.kind === 'responsible');
      if (!responsible.length) return board;
      const target = responsible[edit.pick % responsible.length];
      return { ...board, edges: edges.map((e) => (e === target ? { ...e, data: { raci: edit.raci } } : e)) };
    }
    case 'connect': {
      if (!nodes.length) return board;
      const source = nodeAt(edit.from);
      const target = nodeAt(edit.to);
      const kind = RELATION_KINDS[edit.kind % RELATION_KINDS.length];
      if (!checkRelation(kind, source, target).ok) return board;
      const edge: BoardEdge = { id: `n${serial++}`, kind, source: source.id, target: target.id, ...(kind === 'responsible' ? { data: { raci: edit.raci } } : {}) };
      const at = edit.at % (edges.length + 1);
      return { ...board, edges: [...edges.slice(0, at), edge, ...edges.slice(at)] };
    }
    case 'disconnect':
      if (!edges.length) return board;
      return { ...board, edges: edges.filter((_, i) => i !== edit.pick % edges.length) };
    case 'disconnectKind': {
      // Every relation kind gets cut now and then, the rare ones (sponsors, leads) included.
      const kind = RELATION_KINDS[edit.kind % RELATION_KINDS.length];
      const victim = edges.find((e) => e.kind === kind);
      return victim ? { ...board, edges: edges.filter((e) => e !== victim) } : board;
    }
    case 'copyEdge': {
      if (!edges.length) return board;
      const i = edit.pick % edges.length;
      return { ...board, edges: edges.map((e, k) => (k === i ? { ...e } : e)) };
    }
    case 'data': {
      if (!nodes.length) return board;
      const node = nodeAt(edit.pick);
      const v = edit.value;
      const data =
        node.kind === 'role'
          ? { ...node.data, mandate: v % 2 === 0, budget: v % 3 === 0, roleType: ROLE_TYPES[v % ROLE_TYPES.length] }
          : node.kind === 'task'
            ? { ...node.data, taskType: TASK_TYPES[v % TASK_TYPES.length], kpi: v % 2 ? 'meer volgers' : 'leads' }
            : node.kind === 'department'
              ? { departmentType: DEPARTMENT_TYPES[v % DEPARTMENT_TYPES.length] }
              : node.kind === 'objective'
                ? { objectiveType: OBJECTIVE_TYPES[v % OBJECTIVE_TYPES.length] }
                : node.data;
      return { ...board, nodes: nodes.map((n) => (n === node ? ({ ...n, data } as BoardNode) : n)) };
    }
    case 'label': {
      if (!nodes.length) return board;
      const node = nodeAt(edit.pick);
      return { ...board, nodes: nodes.map((n) => (n === node ? { ...n, label: `${n.label}!` } : n)) };
    }
    case 'move': {
      if (!nodes.length) return board;
      const node = nodeAt(edit.pick);
      return { ...board, nodes: nodes.map((n) => (n === node ? { ...n, position: { x: n.position.x + 5, y: n.position.y } } : n)) };
    }
    case 'addNode': {
      const id = `new${serial++}`;
      const kinds: BoardNode[] = [
        { id, kind: 'task', label: id, position: { x: 0, y: 0 }, data: { taskType: TASK_TYPES[edit.value % TASK_TYPES.length] } },
        { id, kind: 'role', label: id, position: { x: 0, y: 0 }, data: { roleType: 'other', mandate: false, budget: true } },
        { id, kind: 'department', label: id, position: { x: 0, y: 0 }, data: { departmentType: DEPARTMENT_TYPES[edit.value % DEPARTMENT_TYPES.length] } },
        { id, kind: 'team', label: id, position: { x: 0, y: 0 }, data: {} },
        { id, kind: 'objective', label: id, position: { x: 0, y: 0 }, data: { objectiveType: 'reputation' } },
      ];
      return { ...board, nodes: [...nodes, kinds[edit.kind % kinds.length]] };
    }
    case 'removeNode': {
      if (!nodes.length) return board;
      const node = nodeAt(edit.pick);
      return {
        ...board,
        nodes: nodes.filter((n) => n !== node && n.parentId !== node.id),
        edges: edges.filter((e) => e.source !== node.id && e.target !== node.id),
      };
    }
    case 'profile': {
      const v = edit.value;
      return { ...board, profile: { ...board.profile, size: (['small', 'medium', 'large'] as const)[v % 3], market: (['b2b', 'b2c', 'both'] as const)[v % 3], culture: v % 2 ? 'informal' : 'hierarchical' } };
    }
  }
}

const small = fc.nat({ max: 1000 });
const raci = fc.constantFrom(...RACI_LETTERS);
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('raci' as const), pick: small, raci }) },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('connect' as const), from: small, to: small, kind: small, raci, at: small }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('disconnect' as const), pick: small }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('disconnectKind' as const), kind: small }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('data' as const), pick: small, value: small }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('label' as const), pick: small }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('move' as const), pick: small }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('addNode' as const), kind: small, value: small }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('removeNode' as const), pick: small }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('profile' as const), value: small }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('copyEdge' as const), pick: small }) },
);

/** Feeds `edits` to an engine that has seen `start`, checking every answer against a fresh evaluation. */
function replay(start: Board, edits: Edit[]): RuleEngine {
  const engine = createRuleEngine();
  let board = start;
  engine.evaluate(board);
  for (const edit of edits) {
    board = apply(board, edit);
    expect(engine.evaluate(board)).toEqual(evaluateBoard(board));
  }
  return engine;
}

describe('the incremental engine', () => {
  it('gives exactly the hints of a fresh evaluation after any sequence of edits (demo board)', () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 40 }), (edits) => void replay(demoBoard(), edits)),
      { numRuns: 150, seed: 20261122 },
    );
  });

  it('… and from an empty board built up edit by edit', () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 60 }), (edits) => {
        const engine = createRuleEngine();
        let board: Board = { format: 'orgcanvas', version: 2, profile: { name: '', size: 'medium', market: 'both', culture: 'hierarchical' }, nodes: [], edges: [] };
        for (const edit of [{ op: 'addNode', kind: 0, value: 1 }, { op: 'addNode', kind: 1, value: 2 }, { op: 'addNode', kind: 2, value: 3 }, ...edits] as Edit[]) {
          board = apply(board, edit);
          expect(engine.evaluate(board)).toEqual(evaluateBoard(board));
        }
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('… and on a generated 100-node board with teams, leads, sponsors, IT and Communications', () => {
    // The shape of a real organisation's board, every kind of relation in it.
    const start = generateBoard('S');
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 30 }), (edits) => void replay(start, edits)),
      { numRuns: 80, seed: 9 },
    );
  });

  it('… and on a small board where hints name each other\'s nodes, under edits that never rebuild', () => {
    // Every rule that names a node other than its subject fires here at the start, and with
    // few nodes a random label, data or edge edit lands on those other nodes often.
    const start = crossroads();
    expect(new Set(evaluateBoard(start).map((h) => h.rule))).toEqual(
      new Set([
        ...['task-unowned', 'task-multiple-accountable', 'strategy-owned-by-it', 'strategic-operational-mixed', 'lead-without-mandate'],
        ...['fully-outsourced', 'team-not-cross-functional', 'objective-owner-fit', 'crisis-without-pr', 'vanity-kpi'],
        ...['policy-missing', 'sales-not-involved'],
        ...['webcare-no-escalation', 'content-not-coordinated', 'reporting-missing', 'tooling-without-users'],
      ]),
    );
    const mix = fc.oneof(
      { weight: 3, arbitrary: fc.record({ op: fc.constant('label' as const), pick: small }) },
      { weight: 3, arbitrary: fc.record({ op: fc.constant('data' as const), pick: small, value: small }) },
      { weight: 3, arbitrary: fc.record({ op: fc.constant('raci' as const), pick: small, raci }) },
      { weight: 4, arbitrary: fc.record({ op: fc.constant('connect' as const), from: small, to: small, kind: small, raci, at: small }) },
      { weight: 3, arbitrary: fc.record({ op: fc.constant('disconnect' as const), pick: small }) },
      { weight: 1, arbitrary: fc.record({ op: fc.constant('profile' as const), value: small }) },
    ) as fc.Arbitrary<Edit>;
    fc.assert(
      fc.property(fc.array(mix, { minLength: 1, maxLength: 30 }), (edits) => {
        expect(replay(start, edits).fullPasses).toBe(1);
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('updates instead of rebuilding for edge and data edits; rebuilds for added or removed nodes', () => {
    const engine = createRuleEngine();
    let board = demoBoard();
    engine.evaluate(board);
    board = apply(board, { op: 'raci', pick: 3, raci: 'C' });
    engine.evaluate(board);
    board = apply(board, { op: 'data', pick: 3, value: 1 });
    engine.evaluate(board);
    board = apply(board, { op: 'disconnect', pick: 5 });
    engine.evaluate(board);
    expect([engine.passes, engine.fullPasses]).toEqual([4, 1]);
    board = apply(board, { op: 'addNode', kind: 0, value: 0 });
    engine.evaluate(board);
    expect(engine.fullPasses).toBe(2);
  });

  it('follows sponsorship and team edges cut and drawn again', () => {
    const engine = createRuleEngine();
    let board = demoBoard();
    engine.evaluate(board);
    const steps: Edit[] = [
      { op: 'disconnectKind', kind: RELATION_KINDS.indexOf('sponsors') },
      { op: 'disconnectKind', kind: RELATION_KINDS.indexOf('sponsors') },
      { op: 'disconnectKind', kind: RELATION_KINDS.indexOf('leads') },
      { op: 'disconnectKind', kind: RELATION_KINDS.indexOf('leads') },
      { op: 'disconnectKind', kind: RELATION_KINDS.indexOf('member') },
    ];
    const seen = new Set<string>();
    for (const step of steps) {
      board = apply(board, step);
      const hints = engine.evaluate(board);
      expect(hints).toEqual(evaluateBoard(board));
      for (const h of hints) seen.add(h.rule);
    }
    expect(seen).toContain('no-board-sponsor');
    const sponsor: BoardEdge = { id: 'back', kind: 'sponsors', source: 'd-board', target: 't-smt' };
    board = { ...board, edges: [...board.edges, sponsor] };
    expect(engine.evaluate(board)).toEqual(evaluateBoard(board));
    expect(engine.fullPasses).toBe(1);
  });

  it('renaming a holder renames it in the fixes of the tasks it holds', () => {
    const engine = createRuleEngine();
    let board = fixture('hot-potato.orgcanvas');
    engine.evaluate(board);
    board = { ...board, nodes: board.nodes.map((n) => (n.id === 'r-wcc' ? { ...n, label: 'Teamleider webcare' } : n)) };
    const hints = engine.evaluate(board);
    expect(hints).toEqual(evaluateBoard(board));
    expect(hints.find((h) => h.rule === 'task-unowned')!.fixes.map((f) => f.params.holder)).toContain('Teamleider webcare');
  });

  it('an edge replaced by an equal copy changes nothing a rule reads', () => {
    const board = demoBoard();
    const copy = apply(board, { op: 'copyEdge', pick: 4 });
    expect(diffBoards(board, copy)).toMatchObject({ semantic: false, removedEdges: [board.edges[4]], addedEdges: [copy.edges[4]] });
    const engine = createRuleEngine();
    const first = engine.evaluate(board);
    expect(engine.evaluate(copy)).toBe(first);
    // …and the engine still tracks the copy: removing it later is seen.
    const without = { ...copy, edges: copy.edges.filter((e) => e !== copy.edges[4]) };
    expect(engine.evaluate(without)).toEqual(evaluateBoard(without));
  });
});

/** IT owns the strategy, crisis work without Communications, a one-department team, outsourced engagement… */
function crossroads(): Board {
  return boardOf({ size: 'large', market: 'b2b' }, [
    dept('d-it', 'it'),
    role('r-it', 'other', 'd-it'),
    dept('d-com', 'communications'),
    role('r-pr', 'other', 'd-com'),
    role('r-woord', 'other', 'd-com'),
    dept('d-cs', 'customer-service'),
    role('r-cs1', 'other', 'd-cs'),
    role('r-cs2', 'other', 'd-cs'),
    dept('d-mkt', 'marketing'),
    role('r-mkt', 'social-media-manager', 'd-mkt'),
    dept('d-board', 'board'),
    role('r-ceo', 'other', 'd-board'),
    role('r-free', 'strategist'),
    external('x-agency'),
    team('tm'),
    task('k-strat', 'strategy'),
    task('k-crisis', 'crisis-management'),
    task('k-mon', 'reputation-monitoring', { kpi: 'meer volgers' }),
    task('k-web', 'webcare'),
    task('k-engage', 'engagement'),
    // v2: webcare with no line to the crisis task, IT choosing tools alone, content from two departments.
    task('k-web2', 'webcare'),
    task('k-tool', 'tooling'),
    task('k-content', 'content-marketing'),
    task('k-content2', 'content-marketing'),
    objective('o-rep', 'reputation'),
    objective('o-care', 'customer-care'),
  ], [
    A('r-it', 'k-strat'),
    C('r-mkt', 'k-strat'),
    A('r-mkt', 'k-crisis'),
    R('r-cs2', 'k-mon'),
    R('r-mkt', 'k-mon'),
    A('r-mkt', 'k-web'),
    A('r-it', 'k-web'),
    I('r-cs1', 'k-web'),
    A('x-agency', 'k-engage'),
    member('r-mkt', 'tm'),
    member('r-cs2', 'tm'),
    leads('r-free', 'tm'),
    sponsors('r-ceo', 'r-free'),
    serves('k-crisis', 'o-rep'),
    serves('k-web', 'o-care'),
    A('r-cs1', 'k-web2'),
    A('r-it', 'k-tool'),
    C('r-ceo', 'k-tool'),
    A('r-cs1', 'k-content'),
    A('r-woord', 'k-content2'),
  ]);
}
