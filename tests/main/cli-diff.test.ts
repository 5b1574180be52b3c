/** `orgcanvas diff before after`: the change plan as text (both languages) and as JSON, and its refusals. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli';

const AS_IS = 'shared/templates/boards/traditional-midsize.json';
const HUB = 'shared/templates/boards/hub-and-spoke.json';
let dir: string;
let toBe: string;

const run = (...argv: string[]) => runCli(argv);

beforeAll(() => {
  // The to-be: the marketing manager gets a budget, webcare moves to the service desk's
  // planner (dragged aside, which is no change), and Sales is consulted on it.
  const board = JSON.parse(readFileSync(AS_IS, 'utf8'));
  board.nodes.find((n: any) => n.id === 'r-mktmgr').data.budget = true;
  board.nodes.find((n: any) => n.id === 'r-planner').position.x += 120;
  board.edges.find((e: any) => e.id === 'e5').source = 'r-planner';
  board.edges.push({ id: 'e-sales', kind: 'responsible', source: 'd-sales', target: 'k-web', data: { raci: 'C' } });
  dir = mkdtempSync(join(tmpdir(), 'orgcanvas-diff-'));
  toBe = join(dir, 'to-be.orgcanvas');
  writeFileSync(toBe, JSON.stringify(board));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('orgcanvas diff', () => {
  it('prints the change list, the RACI change list and the hint diff, exit 0', async () => {
    const result = await run('diff', AS_IS, toBe);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out.slice(0, 7)).toEqual([
      'What changes',
      '  Roles',
      '    “Marketingmanager” (r-mktmgr): gets a budget',
      'Who does what: RACI changes',
      "  Reacties en klachten: A moves from Marketing en communicatie's marketingmedewerker to Servicedesk's planner servicedesk; Verkoop gains C",
      'Hints',
      '  Resolved (4)',
    ]);
    expect(result.out).toContain('    warning lead-without-mandate: “Marketingmanager” leads without a budget (r-mktmgr)');
    expect(result.out).toContain('  Still there (5)');
    // Two departments now work on social media and nothing aligns them: the plan says so.
    expect(result.out.slice(-2)).toEqual([
      '  New (1)',
      '    warning team-needed: 2 departments are active (“Marketing en communicatie”, “Servicedesk”), but no social media team aligns them (d-mkt, d-service)',
    ]);
  });

  it('--lang nl prints it in Dutch', async () => {
    const result = await run('diff', AS_IS, toBe, '--lang', 'nl');
    expect(result.code).toBe(0);
    expect(result.out.slice(0, 5)).toEqual([
      'Wat er verandert',
      '  Rollen',
      '    “Marketingmanager” (r-mktmgr): krijgt budget',
      'Wie doet wat: RACI-wijzigingen',
      '  Reacties en klachten: A gaat van marketingmedewerker bij Marketing en communicatie naar planner servicedesk bij Servicedesk; Verkoop krijgt C',
    ]);
    expect(result.out).toContain('  Opgelost (4)');
    expect(result.out).toContain('    waarschuwing team-needed: Er zijn 2 afdelingen actief (“Marketing en communicatie”, “Servicedesk”), maar geen social media team dat hun werk op elkaar afstemt (d-mkt, d-service)');
  });

  it('--json prints one object: changes, raci per task, hints resolved, kept and introduced', async () => {
    const result = await run('diff', AS_IS, toBe, '--json');
    expect(result.code).toBe(0);
    expect(result.out).toHaveLength(1);
    const json = JSON.parse(result.out[0]);
    expect(Object.keys(json)).toEqual(['changes', 'raci', 'hints']);
    expect(json.changes).toEqual([
      { type: 'changed', id: 'r-mktmgr', kind: 'role', section: 'roles', label: 'Marketingmanager', fields: [{ field: 'budget', before: false, after: true }] },
    ]);
    expect(json.raci).toEqual({
      'k-web': {
        gained: [{ holder: 'r-planner', letter: 'A' }, { holder: 'd-sales', letter: 'C' }],
        lost: [{ holder: 'r-mkt', letter: 'A' }],
      },
    });
    expect(json.hints.resolved).toEqual([
      { rule: 'lead-without-mandate', nodes: ['r-mktmgr'] },
      { rule: 'objective-owner-fit', nodes: ['o-care'] },
      { rule: 'single-department-pitfall', nodes: ['d-mkt'] },
      { rule: 'sales-not-involved', nodes: ['d-sales'] },
    ]);
    expect(json.hints.kept).toEqual([
      { rule: 'objective-owner-fit', nodes: ['o-staff'] },
      { rule: 'no-board-sponsor', nodes: ['r-mktmgr'] },
      { rule: 'vanity-kpi', nodes: ['k-promo'] },
      { rule: 'policy-missing', nodes: [] },
      { rule: 'webcare-no-escalation', nodes: ['k-web'] },
    ]);
    expect(json.hints.introduced).toEqual([{ rule: 'team-needed', nodes: ['d-mkt', 'd-service'] }]);
  });

  it('reads two different boards: the traditional company against hub and spoke resolves all nine hints', async () => {
    const json = JSON.parse((await run('diff', AS_IS, HUB, '--json')).out[0]);
    expect(json.hints.resolved).toHaveLength(9);
    expect(json.hints.kept).toEqual([]);
    expect(json.changes.find((c: { id: string }) => c.id === 't-hub')).toEqual({
      type: 'added',
      id: 't-hub',
      kind: 'team',
      section: 'teams',
      label: 'Social media hub',
      place: { department: null, teams: [] },
    });
  });

  it('refuses a broken or missing file with its problems and exit 2, naming both when both are bad', async () => {
    const broken = await run('diff', AS_IS, 'tests/fixtures/bad/dangling-edge.orgcanvas');
    expect(broken).toEqual({ code: 2, out: [], err: ['tests/fixtures/bad/dangling-edge.orgcanvas: edges[0].target: no node with id "t9"'] });
    const both = await run('diff', 'no/such.orgcanvas', 'tests/fixtures/bad/not-json.orgcanvas', '--json');
    expect(both.code).toBe(2);
    expect(both.out).toEqual([]);
    expect(both.err[0]).toBe('Cannot read no/such.orgcanvas: ENOENT');
    expect(both.err[1]).toMatch(/^tests\/fixtures\/bad\/not-json\.orgcanvas: /);
  });

  it('asks for two files, in the reader’s language', async () => {
    expect(await run('diff', AS_IS)).toEqual({ code: 2, out: [], err: ['Usage: orgcanvas diff before.orgcanvas after.orgcanvas [--json] [--lang nl|en], or orgcanvas diff board.orgcanvas --from NAME --to NAME'] });
    expect((await run('diff', '--lang', 'nl')).err).toEqual(['Gebruik: orgcanvas diff voor.orgcanvas na.orgcanvas [--json] [--lang nl|en], of orgcanvas diff bord.orgcanvas --from NAAM --to NAAM']);
  });

  it('works as the installed bin, with real exit codes', () => {
    const ok = spawnSync('main/cli/orgcanvas.mjs', ['diff', AS_IS, toBe, '--json']);
    expect(ok.status).toBe(0);
    expect(Object.keys(JSON.parse(ok.stdout.toString()))).toEqual(['changes', 'raci', 'hints']);
    expect(spawnSync('main/cli/orgcanvas.mjs', ['diff', AS_IS, 'no/such.orgcanvas']).status).toBe(2);
  });
});
