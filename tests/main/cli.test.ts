import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';

const FIXTURES = 'tests/fixtures/boards';

const run = (...argv: string[]) => runCli(argv);

describe('orgcanvas validate', () => {
  it('accepts the domain.md example with counts', async () => {
    expect(await run('validate', `${FIXTURES}/domain-example.orgcanvas`)).toEqual({
      code: 0,
      out: ['ok: 3 nodes, 1 edge'],
      err: [],
    });
  });

  it('refuses a broken file with the path of the problem, exit 2', async () => {
    const result = await run('validate', `${FIXTURES}/dangling-edge.orgcanvas`);
    expect(result.code).toBe(2);
    expect(result.err).toEqual([`${FIXTURES}/dangling-edge.orgcanvas: edges[0].target: no node with id "t9"`]);
  });

  it('counts in the right plural form, in Dutch too', async () => {
    expect((await run('validate', `${FIXTURES}/domain-example.orgcanvas`, '--lang', 'nl')).out).toEqual(['ok: 3 nodes, 1 relatie']);
  });

  it('speaks Dutch with --lang nl', async () => {
    const result = await run('validate', `${FIXTURES}/dangling-edge.orgcanvas`, '--lang', 'nl');
    expect(result.err[0]).toMatch(/edges\[0\]\.target: er is geen node met id "t9"/);
  });

  it('names a file it cannot read, and an unknown command', async () => {
    expect((await run('validate', 'no/such.orgcanvas')).err).toEqual(['Cannot read no/such.orgcanvas: ENOENT']);
    const unknown = await run('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err[0]).toBe('Unknown command "frobnicate".');
  });

  it('works as the installed bin, with real exit codes', () => {
    expect(execFileSync('main/cli/orgcanvas.mjs', ['validate', `${FIXTURES}/domain-example.orgcanvas`]).toString()).toBe(
      'ok: 3 nodes, 1 edge\n',
    );
    expect(spawnSync('main/cli/orgcanvas.mjs', ['validate', `${FIXTURES}/dangling-edge.orgcanvas`]).status).toBe(2);
  });
});
