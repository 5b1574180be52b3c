import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';
import { routeBoardInNode } from '../../main/routing/avoidNode';
import { buildScene } from '../../shared/export';
import { createI18n } from '../../shared/i18n';
import { parseBoard } from '../../shared/model/parse';
import { RELATION_STYLES } from '../../shared/theme/theme';

const FIXTURE = 'tests/fixtures/boards/export-small.orgcanvas';
const dir = mkdtempSync(join(tmpdir(), 'orgcanvas-export-'));

const run = (...argv: string[]) => runCli(argv);

function readPng(file: string) {
  const png = PNG.sync.read(readFileSync(file));
  const at = (x: number, y: number) => {
    const i = (Math.round(y) * png.width + Math.round(x)) * 4;
    return { r: png.data[i], g: png.data[i + 1], b: png.data[i + 2], a: png.data[i + 3] };
  };
  return { png, at };
}

/** The fixture's scene, to know where its edge runs (routed, as the CLI draws it) and how big the picture is. */
async function fixtureScene() {
  const parsed = parseBoard(readFileSync(FIXTURE, 'utf8'));
  if (!parsed.ok) throw new Error('fixture does not parse');
  const routes = await routeBoardInNode(parsed.value);
  return buildScene(parsed.value, { background: 'white', titleBlock: false, legend: false, routes }, createI18n('en').t);
}

const hex = (c: string) => ({ r: parseInt(c.slice(1, 3), 16), g: parseInt(c.slice(3, 5), 16), b: parseInt(c.slice(5, 7), 16) });

describe('orgcanvas export', () => {
  it('writes a PNG at the requested scale, with the edge drawn', async () => {
    const out = join(dir, 'small@2.png');
    const result = await run('export', FIXTURE, '--format', 'png', '--scale', '2', '--out', out);
    expect(result.code).toBe(0);
    const scene = await fixtureScene();
    expect(result.out).toEqual([`Wrote ${out} (${scene.width * 2} × ${scene.height * 2} px)`]);
    const { png, at } = readPng(out);
    expect([png.width, png.height]).toEqual([scene.width * 2, scene.height * 2]);
    // Sample the edge's longest segment a quarter of the way along (away from the RACI badge in the middle).
    const edge = scene.items.find((i) => i.role === 'edge')!;
    const line = edge.shapes.find((s) => s.type === 'line')!;
    if (line.type !== 'line') throw new Error('no line');
    const segments = line.points.slice(1).map((b, i) => [line.points[i]!, b] as const);
    const [a, b] = segments.reduce((best, s) => (Math.hypot(s[1].x - s[0].x, s[1].y - s[0].y) > Math.hypot(best[1].x - best[0].x, best[1].y - best[0].y) ? s : best));
    const colour = hex(RELATION_STYLES.responsible.colour);
    const p = at((a.x + (b.x - a.x) * 0.25) * 2, (a.y + (b.y - a.y) * 0.25) * 2);
    expect(Math.abs(p.r - colour.r) + Math.abs(p.g - colour.g) + Math.abs(p.b - colour.b)).toBeLessThan(40);
    // …and the white background around it.
    expect(at(2, 2)).toEqual({ r: 255, g: 255, b: 255, a: 255 });
  });

  it('keeps a transparent background transparent', async () => {
    const out = join(dir, 'transparent.png');
    expect((await run('export', FIXTURE, '--format', 'png', '--background', 'transparent', '--out', out)).code).toBe(0);
    const { png, at } = readPng(out);
    expect(at(2, 2).a).toBe(0);
    expect(at(png.width - 3, png.height - 3).a).toBe(0);
    // The nodes themselves are opaque.
    const scene = await fixtureScene();
    const task = scene.items.find((i) => i.id === 't1')!.shapes[0];
    if (task.type !== 'rect') throw new Error('no rect');
    expect(at(task.x + task.width / 2, task.y + task.height - 8).a).toBe(255);
  });

  it('writes an SVG that parses and keeps the hostile label as text', async () => {
    const out = join(dir, 'small.svg');
    expect((await run('export', FIXTURE, '--format', 'svg', '--out', out, '--title', '--legend')).code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/<script|foreignObject|\son\w+=/i);
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('Export &amp; Co &lt;test&gt;');
  });

  it('writes a diagram PDF and a report PDF that poppler opens', async () => {
    const pdf = join(dir, 'small.pdf');
    expect((await run('export', FIXTURE, '--format', 'pdf', '--out', pdf)).code).toBe(0);
    expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Pages:\s+1\n/);
    const report = join(dir, 'report.pdf');
    const result = await run('export', FIXTURE, '--report', '--out', report, '--lang', 'nl');
    expect(result).toMatchObject({ code: 0, out: [`${report} geschreven`] });
    expect(execFileSync('pdfinfo', [report]).toString()).toMatch(/Pages:\s+4\n/);
    const words = execFileSync('pdftotext', [report, '-']).toString();
    // The webcare task has no owner: the report lists the rule set's hint, in Dutch, with
    // its explanation and source but never its internal rule id (issue 24), and the RACI
    // table flags the same task.
    expect(words).toContain('Niemand is verantwoordelijk voor “Webcare”');
    expect(words).toContain('hete aardappel');
    expect(words).not.toContain('task-unowned');
    expect(words).toMatch(/Bron: /);
    expect(words).toContain('Niemand is eindverantwoordelijk');
  });

  it('lays the report out on the paper asked for, and takes the sticky notes in only with --notes', async () => {
    const report = join(dir, 'report-a3.pdf');
    expect((await run('export', 'shared/boards/demo.json', '--report', '--paper', 'A3', '--orientation', 'portrait', '--out', report)).code).toBe(0);
    const sizes = [...execFileSync('pdfinfo', ['-f', '1', '-l', '2', report]).toString().matchAll(/size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(sizes[0]![0]).toBeCloseTo(841.89, 1);
    expect(sizes[0]![1]).toBeCloseTo(1190.55, 1);
    expect(sizes[1]![0]).toBeCloseTo(1190.55, 1);
    const words = (file: string) => execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
    expect(words(report)).not.toContain('Parkeerplaats');
    const withNotes = join(dir, 'report-notes.pdf');
    expect((await run('export', 'shared/boards/demo.json', '--report', '--notes', '--out', withNotes)).code).toBe(0);
    expect(words(withNotes)).toContain('Parkeerplaats');
  });

  it('lowers the scale of a huge PNG with a message instead of failing or cropping', async () => {
    const wide = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    wide.nodes[3].position = { x: 20_000, y: 300 };
    const file = join(dir, 'wide.orgcanvas');
    writeFileSync(file, JSON.stringify(wide));
    const out = join(dir, 'wide.png');
    const result = await run('export', file, '--format', 'png', '--out', out);
    expect(result.code).toBe(0);
    expect(result.err[0]).toMatch(/^At 1× the image would be \d+ × \d+ px, more than can be drawn .* It is exported at 0\.\d+× instead\.$/);
    const { png, at } = readPng(out);
    expect(png.width).toBeLessThanOrEqual(16_384);
    expect(png.width).toBeGreaterThan(16_000);
    // Not cropped: the far-right task is in the picture (its orange border near the right edge).
    let found = false;
    for (let x = png.width - 300; x < png.width && !found; x++) for (let y = 0; y < png.height; y += 2) if (at(x, y).r > 100 && at(x, y).b < 60 && at(x, y).g < 90) found = true;
    expect(found).toBe(true);
  });

  it('names bad options and files, with exit code 2', async () => {
    expect(await run('export', FIXTURE, '--format', 'gif')).toMatchObject({ code: 2, err: ['Unknown format "gif": use png, svg or pdf.'] });
    expect(await run('export', FIXTURE, '--scale', 'huge')).toMatchObject({ code: 2, err: ['--scale must be a number from 0.1 to 16, not "huge".'] });
    expect(await run('export', FIXTURE, '--background', 'pink')).toMatchObject({ code: 2, err: ['--background must be white, transparent or theme, not "pink".'] });
    expect(await run('export', FIXTURE, '--report', '--format', 'svg')).toMatchObject({ code: 2 });
    expect(await run('export', FIXTURE, '--report', '--paper', 'a5')).toMatchObject({ code: 2, err: ['--paper must be a4, a3 or letter, not "a5".'] });
    expect(await run('export', FIXTURE, '--report', '--orientation', 'sideways')).toMatchObject({ code: 2, err: ['--orientation must be landscape or portrait, not "sideways".'] });
    expect(await run('export', FIXTURE, '--format', 'svg', '--notes')).toMatchObject({ code: 2, err: ['--notes is for the report: add --report.'] });
    expect((await run('export', 'tests/fixtures/boards/dangling-edge.orgcanvas', '--format', 'svg')).err[0]).toMatch(/edges\[0\]\.target: no node with id "t9"/);
    expect((await run('export', FIXTURE, '--format', 'svg', '--out', join(dir, 'no/such/dir.svg'))).err[0]).toMatch(/^Cannot write .*: ENOENT$/);
  });

  it('works as the installed bin', async () => {
    const out = join(dir, 'bin.png');
    const result = spawnSync('main/cli/orgcanvas.mjs', ['export', FIXTURE, '--out', out]);
    expect(result.status).toBe(0);
    expect(readPng(out).png.width).toBe((await fixtureScene()).width);
  });
});
