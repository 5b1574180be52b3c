import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../shared/boards/demo';
import { createI18n } from '../../shared/i18n';
import { formatProblem } from '../../shared/i18n/format';
import { BOARD_VERSION } from '../../shared/model/board';
import { parseBoard, parseBoardValue } from '../../shared/model/parse';
import { serializeBoard } from '../../shared/model/serialize';
import { LIMITS } from '../../shared/model/limits';

/** The example from ../shared/spec/domain.md, verbatim. */
const DOMAIN_EXAMPLE = `{
  "format": "orgcanvas",
  "version": 1,
  "profile": { "name": "Acme BV", "size": "large", "market": "b2c", "culture": "hierarchical" },
  "nodes": [
    { "id": "d1", "kind": "department", "label": "Marketing", "position": { "x": 0, "y": 0 },
      "data": { "departmentType": "marketing" } },
    { "id": "r1", "kind": "role", "label": "Social media strateeg", "parentId": "d1",
      "position": { "x": 20, "y": 40 }, "data": { "roleType": "strategist", "mandate": true, "budget": false } },
    { "id": "t1", "kind": "task", "label": "Strategie", "position": { "x": 300, "y": 0 },
      "data": { "taskType": "strategy" } }
  ],
  "edges": [
    { "id": "e1", "kind": "responsible", "source": "r1", "target": "t1", "data": { "raci": "A" } }
  ]
}`;

const en = createI18n('en');
function messages(text: string): string[] {
  const result = parseBoard(text);
  if (result.ok) throw new Error('expected the board to be refused');
  return result.problems.map((p) => formatProblem(p, en.t));
}
function withExample(change: (board: Record<string, any>) => void): string {
  const board = JSON.parse(DOMAIN_EXAMPLE);
  change(board);
  return JSON.stringify(board);
}

describe('parseBoard', () => {
  it('accepts the example from domain.md', () => {
    const result = parseBoard(DOMAIN_EXAMPLE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.nodes.map((n) => n.id)).toEqual(['d1', 'r1', 't1']);
    expect(result.value.edges[0]).toMatchObject({ kind: 'responsible', data: { raci: 'A' } });
  });

  it('accepts the demo board, with every node kind and relation kind', () => {
    const board = demoBoard();
    expect(new Set(board.nodes.map((n) => n.kind))).toEqual(
      new Set(['department', 'role', 'team', 'task', 'objective', 'external', 'note']),
    );
    expect(new Set(board.edges.map((e) => e.kind))).toEqual(
      new Set(['responsible', 'member', 'leads', 'reports', 'sponsors', 'serves']),
    );
    expect(board.nodes.length).toBeGreaterThanOrEqual(25);
    expect(board.nodes.length).toBeLessThanOrEqual(40);
  });

  // demoBoard() hands out the shipped JSON unparsed; this is what makes that safe.
  it('parses the demo board to exactly the board demoBoard() returns: valid, nothing repaired, added or reordered', () => {
    const result = parseBoardValue(demoBoard());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.repairs).toEqual([]);
    // The same text, keys in the same order: a saved demo is byte for byte what it was when
    // the demo was parsed at start.
    expect(serializeBoard(result.value)).toBe(serializeBoard(demoBoard()));
  });

  it('round-trips: parseBoard(serializeBoard(b)) equals b', () => {
    const board = demoBoard();
    const again = parseBoard(serializeBoard(board));
    expect(again.ok && again.value).toEqual(board);
  });

  it('keeps fields it does not know, for newer apps', () => {
    const text = withExample((b) => {
      b.viewport = { x: 1, y: 2, zoom: 1.5 };
      b.nodes[0].colour = '#ff0000';
    });
    const result = parseBoard(text);
    expect(result.ok && result.value.viewport).toEqual({ x: 1, y: 2, zoom: 1.5 });
    expect(result.ok && (result.value.nodes[0] as unknown as Record<string, unknown>).colour).toBe('#ff0000');
  });

  it('fills defaults: a responsible edge without a letter is R, a role without mandate has none', () => {
    const text = withExample((b) => {
      delete b.edges[0].data;
      b.edges[0].data = {};
      delete b.nodes[1].data.mandate;
    });
    const result = parseBoard(text);
    expect(result.ok && result.value.edges[0].data?.raci).toBe('R');
    expect(result.ok && result.value.nodes[1].data).toMatchObject({ mandate: false });
  });

  it('names a dangling edge by its place', () => {
    expect(messages(withExample((b) => (b.edges[0].target = 't9')))).toEqual([
      'edges[0].target: no node with id "t9"',
    ]);
  });

  it('refuses duplicate ids', () => {
    expect(messages(withExample((b) => (b.nodes[2].id = 'd1')))).toContain('nodes[2].id: the id "d1" is used twice');
  });

  it('refuses a relation the table forbids', () => {
    const text = withExample((b) => b.edges.push({ id: 'e2', kind: 'member', source: 'd1', target: 't1' }));
    expect(messages(text)).toEqual(['edges[1]: a “member of” relation cannot go from a department to a task']);
  });

  it('refuses sponsorship by a department that is not the board', () => {
    const text = withExample((b) => {
      b.nodes.push({ id: 'tm', kind: 'team', label: 'Team', position: { x: 0, y: 0 }, data: {} });
      b.edges.push({ id: 'e2', kind: 'sponsors', source: 'd1', target: 'tm' });
    });
    expect(messages(text)[0]).toMatch(/^edges\[1\]: a “sponsors” relation cannot go from a department to a team/);
  });

  it('refuses a parent that is missing or not a department', () => {
    expect(messages(withExample((b) => (b.nodes[1].parentId = 'zz')))).toEqual([
      'nodes[1].parentId: no department with id "zz"',
    ]);
    expect(messages(withExample((b) => (b.nodes[1].parentId = 't1')))[0]).toMatch(/^nodes\[1\]\.parentId: "t1" is not a department/);
  });

  it('refuses non-finite numbers', () => {
    const text = DOMAIN_EXAMPLE.replace('"x": 300', '"x": 1e999');
    expect(messages(text)).toEqual(['nodes[2].position.x: should be a finite number']);
  });

  it('refuses unknown vocabulary with the allowed values', () => {
    expect(messages(withExample((b) => (b.nodes[0].data.departmentType = 'finance')))[0]).toMatch(
      /^nodes\[0\]\.data\.departmentType: "finance" is not one of: marketing, communications/,
    );
    expect(messages(withExample((b) => (b.nodes[0].kind = 'robot')))[0]).toMatch(/^nodes\[0\]\.kind: "robot" is not one of/);
  });

  it('refuses a newer format version, saying it was made by a newer OrgCanvas', () => {
    expect(messages(withExample((b) => (b.version = BOARD_VERSION + 1)))[0]).toMatch(/^version: made by a newer OrgCanvas/);
  });

  it('refuses what is not an OrgCanvas board', () => {
    expect(messages(withExample((b) => (b.format = 'drawio')))).toEqual(['format: not an OrgCanvas board (format is drawio)']);
    expect(messages('[1,2,3]')[0]).toMatch(/not an OrgCanvas board/);
  });

  it('refuses __proto__ keys before the schema runs', () => {
    const text = DOMAIN_EXAMPLE.replace('"data": { "taskType": "strategy" }', '"data": { "__proto__": { "polluted": 1 }, "taskType": "strategy" }');
    expect(messages(text)).toEqual(['nodes[2].data.__proto__: the key "__proto__" is not allowed']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses absurd nesting before JSON.parse', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    expect(messages(deep)[0]).toMatch(/nested more than 32 levels/);
  });

  it('refuses input over the size limit before JSON.parse', () => {
    const big = ' '.repeat(LIMITS.maxChars + 1) + '{}';
    expect(messages(big)[0]).toMatch(/more than the \d+ a board can have/);
  });

  it('refuses empty, NUL-filled and non-JSON text with a clear message', () => {
    expect(messages('')).toEqual(['the file is empty']);
    expect(messages('\u0000'.repeat(64))[0]).toMatch(/NUL bytes.*damaged/);
    expect(messages('{"format": "orgcanvas", ')[0]).toMatch(/^not valid JSON/);
  });

  it('removes a byte-order mark and says so', () => {
    const result = parseBoard(`\uFEFF${DOMAIN_EXAMPLE}`);
    expect(result.ok && result.repairs.map((r) => r.code)).toEqual(['bomRemoved']);
  });

  it('never throws on odd values', () => {
    for (const value of [null, 1, 'x', [], {}, { format: 'orgcanvas', version: 'one' }]) {
      expect(parseBoardValue(value).ok).toBe(false);
    }
  });
});
