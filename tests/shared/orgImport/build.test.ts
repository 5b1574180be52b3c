import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { childrenOutside, overlappingPairs } from '../../../shared/geometry/crossings';
import { parseBoardValue } from '../../../shared/model/parse';
import { evaluateBoard } from '../../../shared/rules/engine';
import { importTable, readCsv, type ImportTable } from '../../../shared/orgImport';
import type { Board } from '../../../shared/model/board';
import { hrExport } from '../../fixtures/import/files';

const OPTIONS = { name: 'Klant BV', noDepartment: 'Zonder afdeling' };

function tableOf(bytes: Uint8Array): ImportTable {
  const result = readCsv(bytes);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

function imported(table: ImportTable): Board {
  const result = importTable(table, OPTIONS);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value.board;
}

describe('the board an import builds', () => {
  const board = imported(tableOf(new Uint8Array(readFileSync('tests/fixtures/import/medewerkers-1252.csv'))));

  it('has a department per department, a role per person inside it, and a reporting line per manager', () => {
    const departments = board.nodes.filter((n) => n.kind === 'department');
    expect(departments.map((d) => [d.label, d.kind === 'department' && d.data.departmentType])).toEqual([
      ['Directie', 'board'],
      ['Marketing', 'marketing'],
      ['Klantenservice', 'customer-service'],
      ['Communicatie', 'communications'],
      ['ICT', 'it'],
    ]);
    const byPerson = new Map(board.nodes.flatMap((n) => (n.kind === 'role' ? [[n.data.person, n] as const] : [])));
    const chloe = byPerson.get('Chloë van Dijk')!;
    expect(chloe).toMatchObject({ label: 'Social media strateeg', parentId: departments[1].id, data: { roleType: 'strategist', mandate: false, budget: false } });
    expect(byPerson.get('Joël Smit')!.data).toMatchObject({ roleType: 'webcare-agent' });
    expect(byPerson.get('Eva Bakker')!.data).toMatchObject({ roleType: 'webcare-coordinator' });
    expect(byPerson.get('Noëlle Peeters')!.data).toMatchObject({ roleType: 'conversation-manager' });
    expect(byPerson.get('René Jansen')!.data).toMatchObject({ roleType: 'other' });
    // Chloë reports to René (1003 → 1002): role → role.
    expect(board.edges).toContainEqual(expect.objectContaining({ kind: 'reports', source: chloe.id, target: byPerson.get('René Jansen')!.id }));
    expect(board.edges).toHaveLength(9);
    expect(board.profile).toMatchObject({ name: 'Klant BV', size: 'small' });
  });

  it('is laid out as the templates are: no box over another, every role inside its department, managers first', () => {
    expect(overlappingPairs(board)).toEqual([]);
    expect(childrenOutside(board)).toEqual([]);
    const marketing = board.nodes.filter((n) => n.kind === 'role' && n.parentId === board.nodes.find((d) => d.label === 'Marketing')!.id);
    expect(marketing[0]).toMatchObject({ label: 'Marketingmanager', position: { x: 20, y: 64 } });
    // Departments side by side in rows, the first at the origin.
    expect(board.nodes[0].position).toEqual({ x: 0, y: 0 });
  });

  it('passes the board parser unchanged', () => {
    const parsed = parseBoardValue(JSON.parse(JSON.stringify(board)));
    expect(parsed.ok && parsed.value).toEqual(board);
  });

  it('builds the 3,000-person export into a board that parses, lays out cleanly and runs the rules', () => {
    const table = tableOf(new TextEncoder().encode(hrExport(3000)));
    const t0 = performance.now();
    const large = imported(table);
    const importMs = performance.now() - t0;
    expect(large.nodes.filter((n) => n.kind === 'role')).toHaveLength(3000);
    expect(large.edges).toHaveLength(2999);
    expect(large.profile.size).toBe('large');
    expect(overlappingPairs(large)).toEqual([]);
    expect(childrenOutside(large)).toEqual([]);
    const t1 = performance.now();
    const parsed = parseBoardValue(JSON.parse(JSON.stringify(large)));
    const parseMs = performance.now() - t1;
    expect(parsed.ok).toBe(true);
    const t2 = performance.now();
    const hints = evaluateBoard(large);
    const rulesMs = performance.now() - t2;
    expect(Array.isArray(hints)).toBe(true);
    console.log(`3,000 roles: import ${importMs.toFixed(0)} ms, parse ${parseMs.toFixed(0)} ms, rules ${rulesMs.toFixed(0)} ms, ${hints.length} hints`);
  });
});
