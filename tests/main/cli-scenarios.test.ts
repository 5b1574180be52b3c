/**
 * Scenarios on the command line (issue 24, point 1): validate, lint and export take
 * `--scenario NAME` (its name as shown, any case, or its id) and default to the first;
 * `diff` compares two scenarios of one file with `--from` and `--to`; an unknown name is
 * refused with the board's scenarios listed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli';
import { templateBoard } from '../../shared/templates';
import { addScenario, switchScenario, FIRST_SCENARIO_ID } from '../../shared/model/scenarios';
import { serializeBoard } from '../../shared/model/serialize';

let file: string;
let dir: string;

const run = (...argv: string[]) => runCli(argv);

beforeAll(() => {
  // As-is: the traditional mid-size company (shown first, unnamed: "Nu" / "As-is"); to-be
  // "Hub": the same with a social media hub team and one task fewer, left on screen.
  const asIs = templateBoard('traditional-midsize', 'nl');
  let board = addScenario(asIs, 'scenario-2', 'Hub');
  const task = board.nodes.find((n) => n.kind === 'task')!;
  board = {
    ...board,
    nodes: [...board.nodes.filter((n) => n.id !== task.id), { id: 't-hub', kind: 'team', label: 'Social media hub', position: { x: 2000, y: 0 }, data: {} }],
    edges: board.edges.filter((e) => e.source !== task.id && e.target !== task.id),
  };
  dir = mkdtempSync(join(tmpdir(), 'orgcanvas-scenarios-'));
  file = join(dir, 'plan.orgcanvas');
  writeFileSync(file, serializeBoard(board));
  // The file keeps the to-be on screen; the first scenario is still the as-is.
  expect(switchScenario(board, FIRST_SCENARIO_ID).nodes).toEqual(asIs.nodes);
});

describe('orgcanvas and scenarios', () => {
  it('validate counts the first scenario, or the one --scenario names', async () => {
    const first = await run('validate', file);
    const asIs = templateBoard('traditional-midsize', 'nl');
    expect(first.out[0]).toContain(`${asIs.nodes.length} nodes`);
    const hub = await run('validate', file, '--scenario', 'hub');
    expect(hub.out[0]).toContain(`${asIs.nodes.length} nodes`); // one task fewer, one team more
    expect(hub.code).toBe(0);
    const byDefaultName = await run('validate', file, '--scenario', 'As-is');
    expect(byDefaultName.out).toEqual(first.out);
  });

  it('lint runs the rules on the scenario named', async () => {
    const asIs = await run('lint', file, '--json');
    const hub = await run('lint', file, '--json', '--scenario', 'Hub');
    const rules = (r: { out: string[] }) => (JSON.parse(r.out[0]!) as { hints: { rule: string; nodes: string[] }[] }).hints;
    expect(rules(hub).some((h) => h.nodes.includes('t-hub'))).toBe(true);
    expect(rules(asIs).some((h) => h.nodes.includes('t-hub'))).toBe(false);
  });

  it('export draws the scenario named', async () => {
    const out = join(dir, 'hub.svg');
    expect((await run('export', file, '--format', 'svg', '--scenario', 'scenario-2', '--out', out)).code).toBe(0);
    expect(execFileSync('cat', [out]).toString()).toContain('Social media hub');
    const first = join(dir, 'first.svg');
    expect((await run('export', file, '--format', 'svg', '--out', first)).code).toBe(0);
    expect(execFileSync('cat', [first]).toString()).not.toContain('Social media hub');
  });

  it('diff compares two scenarios of one file', async () => {
    const result = await run('diff', file, '--from', 'As-is', '--to', 'Hub', '--json');
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.out[0]!) as { changes: { type: string; id: string }[] };
    expect(plan.changes).toContainEqual(expect.objectContaining({ type: 'added', id: 't-hub' }));
    expect(plan.changes.filter((c) => c.type === 'removed')).toHaveLength(1);
  });

  it('refuses a scenario the board does not have, naming those it has', async () => {
    expect(await run('lint', file, '--scenario', 'Later')).toMatchObject({ code: 2, err: ['No scenario "Later" in this board; it has "As-is" or "Hub".'] });
    expect((await run('diff', file, '--from', 'As-is')).code).toBe(2);
  });
});
