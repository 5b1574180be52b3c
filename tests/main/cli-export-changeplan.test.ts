/** `orgcanvas export --report --from NAME --to NAME`: the report ends with the change plan between two scenarios. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';
import { scenarioPair } from '../fixtures/scenarioPair';

const dir = mkdtempSync(join(tmpdir(), 'orgcanvas-cli-changeplan-'));

const run = (...argv: string[]) => runCli(argv);

const words = (file: string) => execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');

describe('orgcanvas export --report --from --to', () => {
  const file = join(dir, 'pair.orgcanvas');
  writeFileSync(file, JSON.stringify(scenarioPair('nl')));

  it('adds the change plan between the named scenarios (default names in the chosen language, any case)', async () => {
    const report = join(dir, 'plan.pdf');
    const result = await run('export', file, '--report', '--from', 'nu', '--to', 'Straks', '--lang', 'nl', '--out', report);
    expect(result).toMatchObject({ code: 0, err: [] });
    const text = words(report);
    expect(text).toContain('Veranderplan: van Nu naar Straks');
    expect(text).toContain('“Contentredacteur”: heette “Contentmaker”; gaat van Marketing naar Communicatie');
    expect(text).toContain('Maandrapportage: A gaat van social media strateeg bij Marketing naar algemeen directeur bij Directie');
  });

  it('has no change plan without --from and --to', async () => {
    const report = join(dir, 'plain.pdf');
    expect((await run('export', file, '--report', '--lang', 'nl', '--out', report)).code).toBe(0);
    expect(words(report)).not.toContain('Veranderplan');
  });

  it('refuses an unknown scenario, one of the two missing, or --from without --report', async () => {
    const unknown = await run('export', file, '--report', '--from', 'as-is', '--to', 'Later', '--out', join(dir, 'x.pdf'));
    expect(unknown.code).toBe(2);
    expect(unknown.err.join('\n')).toContain('No scenario "Later" in this board; it has "As-is" or "To-be".');
    const half = await run('export', file, '--report', '--from', 'As-is', '--out', join(dir, 'y.pdf'));
    expect(half).toMatchObject({ code: 2, err: ['A change plan needs both --from NAME and --to NAME (the scenarios to compare).'] });
    const png = await run('export', file, '--format', 'png', '--from', 'As-is', '--to', 'To-be', '--out', join(dir, 'z.png'));
    expect(png).toMatchObject({ code: 2, err: ['--from is for the report: add --report.'] });
  });
});
