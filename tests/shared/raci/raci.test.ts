import { describe, expect, it } from 'vitest';
import { emptyBoard, type Board, type BoardNode } from '../../../shared/model/board';
import { createI18n } from '../../../shared/i18n';
import { csvField, raciCsv } from '../../../shared/raci/csv';
import { deriveRaci, raciColumns } from '../../../shared/raci/matrix';
import { setRaciCell } from '../../../shared/raci/setCell';
import { demoBoard } from '../../../shared/boards/demo';

const en = createI18n('en').t;

function board(): Board {
  const b = emptyBoard({ name: 'Acme' });
  const at = { x: 0, y: 0 };
  const nodes: BoardNode[] = [
    { id: 'd1', kind: 'department', label: 'Marketing', position: at, data: { departmentType: 'marketing' } },
    { id: 'r1', kind: 'role', label: 'Strateeg', parentId: 'd1', position: at, data: { roleType: 'strategist', mandate: true, budget: true } },
    { id: 'r2', kind: 'role', label: 'Contentmaker', parentId: 'd1', position: at, data: { roleType: 'content-creator', mandate: false, budget: false } },
    { id: 'd2', kind: 'department', label: 'Klantenservice', position: at, data: { departmentType: 'customer-service' } },
    { id: 'r3', kind: 'role', label: 'Webcare', parentId: 'd2', position: at, data: { roleType: 'webcare-agent', mandate: false, budget: false } },
    { id: 'r4', kind: 'role', label: 'Freelance adviseur', position: at, data: { roleType: 'other', mandate: false, budget: false } },
    { id: 'tm', kind: 'team', label: 'Social media team', position: at, data: {} },
    { id: 'x1', kind: 'external', label: 'PR-bureau', position: at, data: { externalType: 'pr-agency' } },
    { id: 't1', kind: 'task', label: 'Strategie', position: at, data: { taskType: 'strategy' } },
    { id: 't2', kind: 'task', label: 'Webcare', position: at, data: { taskType: 'webcare' } },
    { id: 't3', kind: 'task', label: 'Crisis', position: at, data: { taskType: 'crisis-management' } },
    { id: 't4', kind: 'task', label: 'Content', position: at, data: { taskType: 'content-marketing', level: 'strategic' } },
  ];
  b.nodes = nodes;
  b.edges = [
    { id: 'e1', kind: 'responsible', source: 'r1', target: 't1', data: { raci: 'A' } },
    { id: 'e2', kind: 'responsible', source: 'd2', target: 't1', data: { raci: 'C' } },
    { id: 'e3', kind: 'responsible', source: 'r3', target: 't2', data: { raci: 'R' } },
    { id: 'e4', kind: 'responsible', source: 'r1', target: 't3', data: { raci: 'A' } },
    { id: 'e5', kind: 'responsible', source: 'x1', target: 't3', data: { raci: 'A' } },
    { id: 'e6', kind: 'responsible', source: 'tm', target: 't4', data: { raci: 'R' } },
    { id: 'e7', kind: 'responsible', source: 'r2', target: 't4', data: { raci: 'R' } },
    { id: 'e8', kind: 'member', source: 'r1', target: 'tm' },
  ];
  return b;
}

describe('RACI matrix', () => {
  it('groups roles by department, then roles outside one, teams and external parties', () => {
    const m = deriveRaci(board());
    expect(m.groups.map((g) => [g.kind, g.label, g.columns.map((c) => c.id)])).toEqual([
      ['department', 'Marketing', ['r1', 'r2']],
      // Klantenservice holds a letter itself, so it has a column of its own.
      ['department', 'Klantenservice', ['d2', 'r3']],
      ['unplaced', undefined, ['r4']],
      ['teams', undefined, ['tm']],
      ['externals', undefined, ['x1']],
    ]);
    expect(raciColumns(deriveRaci(board(), { allDepartmentColumns: true })).map((c) => c.id)).toEqual(['d1', 'r1', 'r2', 'd2', 'r3', 'r4', 'tm', 'x1']);
  });

  it('reads the letters from responsible relations and finds owners as domain.md defines them', () => {
    const rows = new Map(deriveRaci(board()).rows.map((r) => [r.taskId, r]));
    expect(rows.get('t1')!.cells).toEqual({ r1: ['A'], d2: ['C'] });
    expect(rows.get('t1')!.ownerIds).toEqual(['r1']);
    // A single R holder counts as owner when nobody holds A.
    expect(rows.get('t2')!.ownerIds).toEqual(['r3']);
    expect(rows.get('t2')!.flags).toEqual([]);
    expect(rows.get('t4')!.level).toBe('strategic');
  });

  it('flags a missing A as task-unowned and two A holders as task-multiple-accountable', () => {
    const rows = new Map(deriveRaci(board()).rows.map((r) => [r.taskId, r]));
    expect(rows.get('t3')!.flags).toEqual(['task-multiple-accountable']);
    // Two R holders and no A: nobody owns it.
    expect(rows.get('t4')!.flags).toEqual(['task-unowned']);
    expect(rows.get('t3')!.ownerIds).toEqual(['r1', 'x1']);
  });
});

describe('setRaciCell', () => {
  it('round-trips with the canvas: a new letter adds a relation, the matrix shows it', () => {
    const before = board();
    const after = setRaciCell(before, 't2', 'r4', 'A');
    expect(after).not.toBe(before);
    expect(before.edges).toHaveLength(8); // the old board is untouched (undo keeps it)
    const added = after.edges.find((e) => e.source === 'r4' && e.target === 't2')!;
    expect(added).toMatchObject({ kind: 'responsible', data: { raci: 'A' } });
    expect(deriveRaci(after).rows.find((r) => r.taskId === 't2')!.cells.r4).toEqual(['A']);
    expect(deriveRaci(after).rows.find((r) => r.taskId === 't2')!.ownerIds).toEqual(['r4']);
  });

  it('changes a letter in place (same edge id), clears a cell, and leaves an unchanged board as is', () => {
    const b = board();
    const changed = setRaciCell(b, 't1', 'd2', 'I');
    expect(changed.edges.find((e) => e.id === 'e2')!.data).toEqual({ raci: 'I' });
    expect(changed.edges).toHaveLength(b.edges.length);
    const cleared = setRaciCell(b, 't1', 'd2', null);
    expect(cleared.edges.some((e) => e.id === 'e2')).toBe(false);
    expect(deriveRaci(cleared).rows[0].cells).toEqual({ r1: ['A'] });
    expect(setRaciCell(b, 't1', 'r1', 'A')).toBe(b);
    expect(setRaciCell(b, 't1', 'r2', null)).toBe(b);
  });

  it('fixes a duplicate A from the matrix, and refuses a cell that is not task × holder', () => {
    const fixed = setRaciCell(board(), 't3', 'x1', 'C');
    expect(deriveRaci(fixed).rows.find((r) => r.taskId === 't3')!.flags).toEqual([]);
    expect(() => setRaciCell(board(), 'r1', 'r2', 'A')).toThrow(/no task with id "r1"/);
    expect(() => setRaciCell(board(), 't1', 't2', 'A')).toThrow(/"t2" is not a role/);
  });

  it('gives new relations ids no other edge has', () => {
    const b = board();
    b.edges.push({ id: 'e-r4-t1', kind: 'member', source: 'r4', target: 'tm' });
    const next = setRaciCell(b, 't1', 'r4', 'R');
    const ids = next.edges.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('RACI CSV', () => {
  it('quotes by RFC 4180 and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('a;b', ';')).toBe('"a;b"');
  });

  it('writes one header row, a row per task with its letters and problems, CRLF and a BOM', () => {
    const b = board();
    b.nodes.find((n) => n.id === 't1')!.label = 'Strategie, "nieuw"';
    const csv = raciCsv(deriveRaci(b), en);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Task,Level,Marketing / Strateeg,Marketing / Contentmaker,Klantenservice / (department itself),Klantenservice / Webcare,Roles outside a department / Freelance adviseur,Teams / Social media team,External parties / PR-bureau,Problem');
    expect(lines[1]).toBe('"Strategie, ""nieuw""",Strategic,A,,C,,,,,');
    expect(lines[3]).toBe('Crisis,Strategic,A,,,,,,A,More than one person is accountable');
    expect(lines[5]).toBe('');
    expect(raciCsv(deriveRaci(b), en, { bom: false, separator: ';' }).split('\r\n')[1]).toBe('"Strategie, ""nieuw""";Strategic;A;;C;;;;;');
  });

  it('derives the demo board without flags on a task that has an A', () => {
    const m = deriveRaci(demoBoard());
    expect(m.rows.length).toBe(demoBoard().nodes.filter((n) => n.kind === 'task').length);
    for (const row of m.rows) if (Object.values(row.cells).some((l) => l.includes('A'))) expect(row.flags).not.toContain('task-unowned');
  });
});
