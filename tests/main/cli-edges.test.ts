/**
 * The command line at the edges (issue 23): boards whose nodes are millions of px apart,
 * terminal escape sequences in labels, ids and keys, huge values echoed back, FIFOs and
 * devices given as the board, and failures nobody foresaw.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, constants, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../main/cli/cli';
import { forTerminal } from '../../main/cli/terminal';
import { emptyBoard, type Board } from '../../shared/model/board';
import { serializeBoard } from '../../shared/model/serialize';

const dir = mkdtempSync(join(tmpdir(), 'orgcanvas-cli-edges-'));
const fifos: string[] = [];
afterAll(() => {
  // A read that blocked on a FIFO (the bug) ends when a writer opens and closes it.
  for (const fifo of fifos) {
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // ENXIO: nobody is reading it, as it should be.
    }
  }
});

async function run(argv: string[], lang = 'en_GB.UTF-8') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l), env: { LANG: lang } });
  return { code, out, err };
}

/** The run, or 'hung' if it does not finish within `ms`. */
function within<T>(promise: Promise<T>, ms = 2000): Promise<T | 'hung'> {
  return Promise.race([promise, new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), ms))]);
}

function boardFile(name: string, board: object): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(board));
  return path;
}

function twoTasks(gap: number): Board {
  const board = emptyBoard({ name: 'far apart' });
  board.nodes = [
    { id: 'a', kind: 'task', label: 'Here', position: { x: 0, y: 0 }, data: { taskType: 'other' } },
    { id: 'b', kind: 'task', label: 'There', position: { x: gap, y: 0 }, data: { taskType: 'other' } },
  ];
  return board;
}

// Any raw control character, C1 control or bidi override left in printed text.
// eslint-disable-next-line no-control-regex -- finding them is the point
const RAW = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('a PNG of a board whose nodes are far apart', () => {
  for (const gap of [9_000_000, 2_000_000]) {
    it(`${gap.toLocaleString('en')} px apart: refused in one clear line, exit 2, no file, in both languages`, async () => {
      const file = boardFile(`far-${gap}.orgcanvas`, twoTasks(gap));
      const out = join(dir, `far-${gap}.png`);
      const en = await run(['export', file, '--format', 'png', '--out', out]);
      expect(en.code).toBe(2);
      expect(en.out).toEqual([]);
      expect(en.err).toHaveLength(1);
      expect(en.err[0]).toMatch(/^The board spans \d+ × \d+ px: even at 0\.1× .*SVG/);
      expect(existsSync(out)).toBe(false);
      const nl = await run(['export', file, '--format', 'png', '--out', out], 'nl_NL.UTF-8');
      expect(nl.err[0]).toMatch(/^Het bord beslaat \d+ × \d+ px: zelfs op 0,1×/);
      // The SVG the message points to does work.
      expect((await run(['export', file, '--format', 'svg', '--out', join(dir, `far-${gap}.svg`)])).code).toBe(0);
    });
  }

  it('100,000 px apart is still drawn, smaller, and says so', async () => {
    const file = boardFile('far-100k.orgcanvas', twoTasks(100_000));
    const result = await run(['export', file, '--format', 'png', '--out', join(dir, 'far-100k.png')]);
    expect(result.code).toBe(0);
    expect(result.err[0]).toMatch(/exported at 0\.\d+× instead/);
    expect(result.out[0]).toMatch(/\(16\d{3} × \d{2,} px\)$/);
  });
});

describe('terminal escape sequences from the board', () => {
  const hostile = 'Web\u001b[2J\u001b]0;pwned\u0007care\u009b31m\u007f\u202Eevil';
  // Reading drops the bidi override (shared/model/text.ts); the other controls reach the output.
  const asRead = hostile.replace('\u202E', '');

  it('lint prints labels and ids with control characters escaped, as visible \\uXXXX', async () => {
    const board = JSON.parse(readFileSync('tests/fixtures/rules/hot-potato.orgcanvas', 'utf8'));
    const task = board.nodes.find((n: { id: string }) => n.id === 'k-web');
    task.label = hostile;
    const file = boardFile('hostile-label.orgcanvas', board);
    const result = await run(['lint', file]);
    expect(result.code).toBe(1);
    const line = result.out.find((l) => l.startsWith('error task-unowned'))!;
    expect(line).toContain('Web\\u001b[2J\\u001b]0;pwned\\u0007care\\u009b31m\\u007fevil');
    for (const l of [...result.out, ...result.err]) expect(l).not.toMatch(RAW);
  });

  it('lint --json stays valid JSON holding the very same label', async () => {
    const board = JSON.parse(readFileSync('tests/fixtures/rules/hot-potato.orgcanvas', 'utf8'));
    board.nodes.find((n: { id: string }) => n.id === 'k-web').label = hostile;
    const result = await run(['lint', boardFile('hostile-json.orgcanvas', board), '--json']);
    expect(result.out[0]).not.toMatch(RAW);
    const hints = JSON.parse(result.out[0]).hints as { rule: string; message: string }[];
    expect(hints.find((h) => h.rule === 'task-unowned')!.message).toContain(asRead);
  });

  it('validate escapes ids and keys from a broken file, and the file name itself', async () => {
    const board = JSON.parse(serializeBoard(twoTasks(10)));
    board.edges = [{ id: 'e\u009b2J', kind: 'responsible', source: 'a', target: 'gone\u202E\u001b[2J', data: { raci: 'R' } }];
    const result = await run(['validate', boardFile('bad\u001b]0;title\u0007.orgcanvas', board)]);
    expect(result.code).toBe(2);
    expect(result.err.length).toBeGreaterThan(0);
    for (const l of result.err) expect(l).not.toMatch(RAW);
    expect(result.err.join('\n')).toContain('bad\\u001b]0;title\\u0007.orgcanvas');
  });

  it('an unknown command is echoed escaped, and the usage comes as one line per command', async () => {
    const result = await run(['\u001b[2Jx']);
    expect(result.err).toEqual(['Unknown command "\\u001b[2Jx".', 'Usage: orgcanvas <command> [options]', '  validate', '  export', '  lint', '  diff', '  import']);
  });

  it('forTerminal leaves ordinary text alone, including Dutch, emoji and zero-width joiners', () => {
    const text = 'Coördinator “webcare” 👩‍💻 — ok';
    expect(forTerminal(text)).toBe(text);
  });
});

describe('huge values echoed back', () => {
  it('a 5 MB format string and a 5,000-character key path are cut to a readable line', async () => {
    const good = JSON.parse(serializeBoard(emptyBoard()));
    const format = boardFile('huge-format.orgcanvas', { ...good, format: `f${'o'.repeat(5_000_000)}x` });
    const key = `k${'e'.repeat(4998)}y`;
    const keyed = join(dir, 'huge-key.orgcanvas');
    writeFileSync(keyed, JSON.stringify({ ...good, profile: { ...good.profile, [key]: { a: 1 } } }).replace('"a":1', '"__proto__":1'));
    for (const file of [format, keyed]) {
      const result = await run(['validate', file]);
      expect(result.code).toBe(2);
      expect(result.err).toHaveLength(1);
      expect(result.err[0].length).toBeLessThan(700);
      expect(result.err[0]).toContain(' … ');
    }
    // The end of the key path (the key refused) is kept.
    expect((await run(['validate', keyed])).err[0]).toMatch(/e+y\.__proto__: /);
  });

  it('a long option value is cut too', async () => {
    const result = await run(['export', 'x.orgcanvas', '--format', 'z'.repeat(100_000)]);
    expect(result.code).toBe(2);
    expect(result.err[0].length).toBeLessThan(400);
  });
});

describe.skipIf(process.platform === 'win32')('what is not a board file', () => {
  it('a FIFO named x.orgcanvas is refused at once (validate, lint, export), exit 2', async () => {
    const fifo = join(dir, 'x.orgcanvas');
    execFileSync('mkfifo', [fifo]);
    fifos.push(fifo);
    for (const command of ['validate', 'lint', 'export']) {
      const result = await within(run([command, fifo]));
      expect(result).toEqual({ code: 2, out: [], err: [`${fifo} is not a regular file (it is a folder, a pipe or a device), so it cannot hold a board.`] });
    }
  });

  it('/dev/urandom is refused in well under a second, without reading it', async () => {
    const started = performance.now();
    const result = await within(run(['validate', '/dev/urandom'], 'nl_NL.UTF-8'));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result).toMatchObject({ code: 2, err: ['/dev/urandom is geen gewoon bestand (maar een map, een pipe of een apparaat) en kan dus geen bord bevatten.'] });
  });
});

describe('a failure nobody foresaw', () => {
  it('ends in one line and exit 2, not a stack trace', async () => {
    const err: string[] = [];
    const code = await main(['validate', 'tests/fixtures/boards/domain-example.orgcanvas'], {
      stdout: () => {
        throw new Error('EPIPE: the reader went away');
      },
      stderr: (l) => err.push(l),
      env: { LANG: 'en_GB.UTF-8' },
    });
    expect(code).toBe(2);
    expect(err).toEqual(['Stopped on an unexpected error: EPIPE: the reader went away']);
  });
});
