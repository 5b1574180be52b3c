/** Issue 23, weak points: problems say what is wrong, name the right limit, and never echo a huge value. */
import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { createI18n } from '../../../shared/i18n';
import { formatProblem } from '../../../shared/i18n/format';
import { LIMITS } from '../../../shared/model/limits';
import { parseBoard } from '../../../shared/model/parse';
import { PATH_CHARS, QUOTE_CHARS } from '../../../shared/model/problems';

const en = createI18n('en').t;
const nl = createI18n('nl').t;

function refused(change: (board: Record<string, any>) => void): { en: string[]; nl: string[] } {
  const board = JSON.parse(JSON.stringify(demoBoard()));
  change(board);
  const result = parseBoard(JSON.stringify(board));
  if (result.ok) throw new Error('expected the board to be refused');
  return { en: result.problems.map((p) => formatProblem(p, en)), nl: result.problems.map((p) => formatProblem(p, nl)) };
}

describe('problem messages (issue 23)', () => {
  it('a self-loop says a node cannot be connected to itself, not "from a role to a role"', () => {
    const messages = refused((b) => {
      const role = b.nodes.find((n: { kind: string }) => n.kind === 'role');
      b.edges.push({ id: 'loop', kind: 'reports', source: role.id, target: role.id });
    });
    expect(messages.en.at(-1)).toMatch(/relation cannot connect a node to itself/);
    expect(messages.en.at(-1)).not.toMatch(/from a role to a role/);
    expect(messages.nl.at(-1)).toMatch(/niet met zichzelf verbinden/);
  });

  it('a department that is its own parent says it cannot contain itself, not that it is no department', () => {
    const messages = refused((b) => {
      const department = b.nodes.find((n: { kind: string }) => n.kind === 'department');
      department.parentId = department.id;
    });
    expect(messages.en).toEqual([expect.stringMatching(/parentId: a node cannot contain itself$/)]);
    expect(messages.nl).toEqual([expect.stringMatching(/zichzelf niet bevatten/)]);
  });

  it('a department inside another department says so', () => {
    const messages = refused((b) => {
      const [first, second] = b.nodes.filter((n: { kind: string }) => n.kind === 'department');
      second.parentId = first.id;
    });
    expect(messages.en[0]).toMatch(/is a department, and a department cannot sit inside another department/);
  });

  it('too many nodes names the board limit', () => {
    const messages = refused((b) => {
      b.nodes = Array.from({ length: LIMITS.maxNodes + 1 }, (_, i) => ({ id: `n${i}`, kind: 'note', label: '', position: { x: 0, y: 0 }, data: {} }));
      b.edges = [];
    });
    expect(messages.en[0]).toBe(`the board has ${(LIMITS.maxNodes + 1).toLocaleString('en')} nodes, more than the ${LIMITS.maxNodes.toLocaleString('en')} a board can have`);
  });

  it('too many relations, and too many at one node, name their limits', () => {
    const tooMany = refused((b) => {
      b.edges = Array.from({ length: LIMITS.maxEdges + 1 }, (_, i) => ({ id: `x${i}`, kind: 'serves', source: 'k-strat', target: 'o-rep' }));
    });
    expect(tooMany.en[0]).toBe(`the board has ${(LIMITS.maxEdges + 1).toLocaleString('en')} relations, more than the ${LIMITS.maxEdges.toLocaleString('en')} a board can have`);
    const atOneNode = refused((b) => {
      const holders = Array.from({ length: LIMITS.maxEdgesPerNode + 1 }, (_, i) => ({ id: `h${i}`, kind: 'role', label: '', position: { x: 0, y: 0 }, data: { roleType: 'other', mandate: false, budget: false } }));
      b.nodes.push(...holders, { id: 'hub', kind: 'task', label: 'Hub', position: { x: 0, y: 0 }, data: { taskType: 'other' } });
      b.edges = holders.map((h, i) => ({ id: `x${i}`, kind: 'responsible', source: h.id, target: 'hub', data: { raci: 'C' } }));
    });
    expect(atOneNode.en).toEqual([`edges[${LIMITS.maxEdgesPerNode}]: "hub" has more than ${LIMITS.maxEdgesPerNode.toLocaleString('en')} relations, the most one node can have`]);
    expect(atOneNode.nl[0]).toMatch(/"hub" heeft meer dan 2\.500 relaties/);
  });

  it('a 5 MB format string and a 5,000-character key are quoted cut short', () => {
    const format = parseBoard(JSON.stringify({ format: 'x'.repeat(5_000_000), version: 1 }));
    expect(format.ok).toBe(false);
    if (format.ok) return;
    const message = formatProblem(format.problems[0], en);
    expect(message.length).toBeLessThan(QUOTE_CHARS + 100);
    expect(message).toMatch(/^format: not an OrgCanvas board \(format is x+ … x+\)$/);

    const key = parseBoard(JSON.stringify({ ...demoBoard(), profile: { ...demoBoard().profile, size: { ['k'.repeat(5_000)]: { constructor: 1 } } } }));
    expect(key.ok).toBe(false);
    if (key.ok) return;
    for (const p of key.problems) {
      expect(p.path.length).toBeLessThanOrEqual(PATH_CHARS);
      expect(formatProblem(p, nl).length).toBeLessThan(PATH_CHARS + QUOTE_CHARS + 100);
    }
  });

  it('formatting cuts a problem that did not come from problem() (main, over IPC)', () => {
    const text = formatProblem({ path: 'p'.repeat(10_000), code: 'notOrgcanvas', params: { found: 'f'.repeat(10_000) } }, en);
    expect(text.length).toBeLessThan(PATH_CHARS + QUOTE_CHARS + 100);
  });
});
