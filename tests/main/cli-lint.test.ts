import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';

const RULES = 'tests/fixtures/rules';

const run = (...argv: string[]) => runCli(argv);

describe('orgcanvas lint', () => {
  it('exits 0 on a well-designed board and says there is nothing to remark', async () => {
    expect(await run('lint', `${RULES}/well-designed.orgcanvas`)).toEqual({ code: 0, out: ['No hints: nothing to remark on this board.'], err: [] });
  });

  it('prints `severity rule-id: message (nodes)` and exits 0 when only warnings and tips remain', async () => {
    const result = await run('lint', 'shared/boards/demo.json');
    expect(result.code).toBe(0);
    expect(result.out).toEqual([
      'warning objective-unserved: No task works towards “Technici werven” (o-werving)',
      'tip crisis-without-pr: Communications does not work on “Crisisprotocol” (k-crisis)',
      'tip vanity-kpi: The KPI of “Maandrapportage” only counts followers or likes (“Meer volgers en likes”) (k-report)',
      'tip policy-without-training: “Richtlijnen voor medewerkers” sets the rules, but no task makes sure everyone knows and supports them (k-policy)',
    ]);
  });

  it('--lang nl prints the severities in Dutch too, the rule ids as they are', async () => {
    const result = await run('lint', 'shared/boards/demo.json', '--lang', 'nl');
    expect(result.out[0]).toBe('waarschuwing objective-unserved: Geen enkele taak draagt bij aan “Technici werven” (o-werving)');
    expect(result.out[1]).toBe('tip crisis-without-pr: Communicatie werkt niet mee aan “Crisisprotocol” (k-crisis)');
    const error = await run('lint', `${RULES}/hot-potato.orgcanvas`, '--lang', 'nl');
    expect(error.out[0]).toMatch(/^fout task-unowned: Niemand is eindverantwoordelijk voor “Webcare”/);
  });

  it('exits 1 on an error-severity hint', async () => {
    const result = await run('lint', `${RULES}/hot-potato.orgcanvas`);
    expect(result.code).toBe(1);
    expect(result.out[0]).toBe('error task-unowned: Nobody is accountable for “Webcare”: 2 parties do the work, none has the final say (k-web)');
  });

  it('--json prints {"hints":[{rule,severity,nodes,message}]} and nothing else on stdout', async () => {
    const result = await run('lint', `${RULES}/hot-potato.orgcanvas`, '--json');
    expect(result.code).toBe(1);
    expect(result.out).toHaveLength(1);
    expect(JSON.parse(result.out[0])).toEqual({
      hints: [
        {
          rule: 'task-unowned',
          severity: 'error',
          nodes: ['k-web'],
          message: 'Nobody is accountable for “Webcare”: 2 parties do the work, none has the final say',
        },
        {
          rule: 'objective-owner-fit',
          severity: 'tip',
          nodes: ['o-care'],
          message: 'No task serving “Tevreden klanten” is owned by customer service or webcare',
        },
      ],
    });
  });

  it('--lang nl words the messages in Dutch; ids and severities stay as they are', async () => {
    const result = await run('lint', `${RULES}/hot-potato.orgcanvas`, '--json', '--lang', 'nl');
    expect(JSON.parse(result.out[0]).hints[0]).toEqual({
      rule: 'task-unowned',
      severity: 'error',
      nodes: ['k-web'],
      message: 'Niemand is eindverantwoordelijk voor “Webcare”: 2 partijen doen het werk, geen van hen beslist',
    });
  });

  it('leaves out hints the board has dismissed (exit 0), and --all brings them back (exit 1)', async () => {
    const dismissed = await run('lint', `${RULES}/dismissed.orgcanvas`, '--json');
    expect(dismissed.code).toBe(0);
    expect(JSON.parse(dismissed.out[0]).hints.map((h: { rule: string }) => h.rule)).toEqual(['objective-owner-fit']);
    const all = await run('lint', `${RULES}/dismissed.orgcanvas`, '--json', '--all');
    expect(all.code).toBe(1);
    expect(JSON.parse(all.out[0]).hints.map((h: { rule: string }) => h.rule)).toEqual(['task-unowned', 'objective-owner-fit']);
  });

  it('exits 2 with the parser’s message on an invalid file, printing no hints', async () => {
    const result = await run('lint', 'tests/fixtures/boards/dangling-edge.orgcanvas', '--json');
    expect(result.code).toBe(2);
    expect(result.out).toEqual([]);
    expect(result.err).toEqual(['tests/fixtures/boards/dangling-edge.orgcanvas: edges[0].target: no node with id "t9"']);
    expect((await run('lint')).code).toBe(2);
  });

  it('works as the installed bin, with real exit codes', () => {
    const ok = spawnSync('main/cli/orgcanvas.mjs', ['lint', `${RULES}/well-designed.orgcanvas`, '--json']);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout.toString())).toEqual({ hints: [] });
    expect(spawnSync('main/cli/orgcanvas.mjs', ['lint', `${RULES}/hot-potato.orgcanvas`]).status).toBe(1);
    expect(spawnSync('main/cli/orgcanvas.mjs', ['lint', 'tests/fixtures/boards/dangling-edge.orgcanvas']).status).toBe(2);
  }, 60_000); // three cold starts of tsx on a shared 2-core machine
});
