/**
 * `npm run bench` (issue 9): builds the renderer and the baseline page in production mode,
 * serves both, drives Debian's headless Chromium through every measure, prints the table
 * and writes bench-results.json. Not part of `npm test`: the numbers depend on the machine.
 *
 * Options: --only=drag,load,…  runs a subset (ids as in the table). A subset of Node-only
 * rows (`import`) builds nothing and starts no browser.
 */
import { chromium, type Browser } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromiumArgs } from '../e2e/playwright.config';
import { demoBoard } from '../../shared/boards/demo';
import { generateBoard } from './fixtures';
import { boardJson } from './browser';
import { measureAutosave, measureDrag, measureLoad, measureMemory, measurePanZoom, measureRerender, measureStart } from './measures/canvas';
import { measureExports } from './measures/exports';
import { IMPORT_ROWS, measureImport } from './measures/import';
import { measureRules } from './measures/rules';
import { measureRouting, ROUTING_BOARDS } from './measures/routing';
import { countRow, formatTable, missingRow, ratioRow, referenceRow, timeRow, type Row } from './report';
import { serveStatic } from './server';

const root = fileURLToPath(new URL('../..', import.meta.url));
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const wanted = (id: string) => !only || only.includes(id);
const started = performance.now();
const log = (message: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

function build() {
  log('building the renderer and the baseline page (production)');
  const vite = `${root}node_modules/vite/bin/vite.js`;
  // Its own output folder: others' `vite build` empties dist/renderer while it runs.
  execFileSync(process.execPath, [vite, 'build', '--outDir', `${root}dist/bench-app`, '--emptyOutDir', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, [vite, 'build', '--config', 'tests/bench/baseline/vite.config.ts', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
}

async function section(rows: Row[], id: string, fallback: Row[], work: () => Promise<Row[]>) {
  if (!wanted(id)) return;
  log(`${id}…`);
  try {
    rows.push(...(await work()));
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 160) : String(error);
    console.error(`[bench] ${id} failed:`, error);
    rows.push(...fallback.map((r) => ({ ...r, figure: `n/a (${why})`, met: null })));
  }
}

/** Rows measured in Node alone: asked for by themselves, they need no build and no browser. */
const NODE_ONLY = ['import'];

async function nodeRows(rows: Row[]) {
  await section(rows, 'import', [missingRow('import', `import: ${IMPORT_ROWS}-row HR export`, '≤ 5000 ms', '')], async () => {
    const f = await measureImport();
    return [
      timeRow('import', `import: ${f.rows}-row HR export as CSV → checked, laid-out board (first run; ${f.roles} roles, ${f.edges} lines)`, f.csvFirstMs, 5000),
      referenceRow('import', 'import: the same CSV, median of 5 after it', f.csvMedianMs),
      timeRow('import', `import: the same export as XLSX (first run)`, f.xlsxFirstMs, 5000),
      referenceRow('import', 'import: the same XLSX, median of 5 after it', f.xlsxMedianMs),
      referenceRow('import', 'import: board parser on the imported board', f.parseBoardMs),
      referenceRow('import', 'import: full rule pass on the imported board', f.rulesMs),
    ];
  });
}

async function main() {
  if (only && only.every((id) => NODE_ONLY.includes(id))) {
    const rows: Row[] = [];
    await nodeRows(rows);
    console.log(`\n${formatTable(rows)}`);
    return;
  }
  build();
  const server = await serveStatic({ '/baseline/': `${root}dist/bench-baseline`, '/': `${root}dist/bench-app` });
  const app = `${server.url}/`;
  const baseline = `${server.url}/baseline/`;
  const browser: Browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  const chromiumVersion = browser.version();
  const M = generateBoard('M');
  const L = generateBoard('L');
  const mJson = boardJson(M);
  const lJson = boardJson(L);
  const rows: Row[] = [];
  let dragged: string | undefined;
  const extra: Record<string, unknown> = {};
  try {
    await section(rows, 'drag', [missingRow('drag', 'drag frame p95 (M)', '≤ 16.7 ms', ''), missingRow('drag', 'drag script per step p95 (M)', '≤ 4 ms', ''), missingRow('drag', 'drag ratio to baseline', '≤ 1.0', '')], async () => {
      const ours = await measureDrag(browser, app, mJson);
      dragged = ours.nodeId;
      const base = await measureDrag(browser, baseline, mJson, ours.nodeId);
      extra.drag = { ours, baseline: base };
      return [
        timeRow('drag', 'drag: frame interval p95 (M, 120 steps)', ours.frameP95, 16.7),
        timeRow('drag', 'drag: script per step p95', ours.scriptP95, 4),
        ratioRow('drag', 'drag: script per step p95, ours / bare React Flow', ours.scriptP95, base.scriptP95, 1),
        ratioRow('drag', 'drag: main thread per step p95, ours / bare React Flow', ours.busyP95, base.busyP95, 1),
      ];
    });

    await section(rows, 'routing', [missingRow('routing', 'routing: full / after one move', '', '')], async () => {
      const figures = await measureRouting(ROUTING_BOARDS());
      extra.routing = figures;
      // In the routing worker, off the page's thread; a drag step routes nothing (lines straight until the drop).
      return figures.flatMap((f) => [
        referenceRow('routing', `routing: full reroute (${f.board}, ${f.edges} lines, worker)`, f.fullMs),
        referenceRow('routing', `routing: reroute after one node moved (${f.board}, worker)`, f.afterMoveMs),
      ]);
    });

    await section(rows, 'rerender', [missingRow('rerender', 'components re-rendered per drag step', 'dragged node + its edges', '')], async () => {
      const id = dragged ?? 't1';
      const ownEdges = new Set(M.edges.filter((e) => e.source === id || e.target === id).map((e) => e.id));
      const ours = await measureRerender(browser, app, mJson, id, ownEdges);
      const base = await measureRerender(browser, baseline, mJson, id, ownEdges);
      extra.rerender = { ours, baseline: base };
      const top = ours.top.map((t) => `${t.perStep}× {${t.props}}`).join('; ');
      return [
        {
          id: 'rerender',
          what: 'rerender: other nodes / other edges re-rendered during a drag (M)',
          figure: `${ours.otherNodes} / ${ours.otherEdges}`,
          target: '0 / 0 (only the dragged node and its edges)',
          met: ours.otherNodes === 0 && ours.otherEdges === 0,
          value: `${ours.otherNodes}/${ours.otherEdges}`,
        },
        ratioRow('rerender', `rerender: components per drag step, ours / bare React Flow (top: ${top})`, ours.perStep, base.perStep, 1, (v) => v.toFixed(1)),
      ];
    });

    await section(rows, 'pan-zoom', [missingRow('pan-zoom', 'pan frame p95 (M)', '≤ 33 ms', ''), missingRow('pan-zoom', 'zoom frame p95 (M)', '≤ 33 ms', '')], async () => {
      // Pan and zoom move no node: the work is React Flow's viewport and the browser's paint,
      // so only our absolute figures are asked for (no baseline run, to stay under 10 minutes).
      const ours = await measurePanZoom(browser, app, mJson);
      extra.panZoom = ours;
      return [
        timeRow('pan-zoom', 'pan: frame interval p95 (M, 120 steps)', ours.pan.frameP95, 33),
        timeRow('pan-zoom', 'zoom: frame interval p95 (M, 60 wheel steps)', ours.zoom.frameP95, 33),
        timeRow('pan-zoom', 'pan: main thread per step p95 (M)', ours.pan.busyP95, 33),
        timeRow('pan-zoom', 'zoom: main thread per step p95 (M)', ours.zoom.busyP95, 33),
      ];
    });

    await section(rows, 'load', [missingRow('load', 'open M from storage', '≤ 800 ms', ''), missingRow('load', 'open L from storage', '≤ 2500 ms', '')], async () => [
      timeRow('load', 'load: open M from storage until a drag can start', await measureLoad(browser, app, mJson), 800),
      timeRow('load', 'load: open L from storage until a drag can start', await measureLoad(browser, app, lJson), 2500),
    ]);

    await section(rows, 'rules', [missingRow('rules', 'rules', '', '')], async () => {
      const r = await measureRules(L, M);
      extra.rules = r;
      return [
        timeRow('rules', 'rules: one edit on L, p95', r.editP95Ms, 2),
        timeRow('rules', 'rules: full pass on L', r.fullPassMs, 16),
        countRow('rules', 'rules: engine calls during a drag (M)', r.callsDuringDrag, 0),
      ];
    });

    await section(rows, 'autosave', [missingRow('autosave', 'autosave', '', '')], async () => {
      const a = await measureAutosave(browser, app, mJson);
      extra.autosave = a;
      return [timeRow('autosave', 'autosave: longest main-thread task per edit (M)', a.blockMs, 2), countRow('autosave', 'autosave: writes during a drag', a.writesDuringDrag, 0)];
    });

    await section(rows, 'export', [missingRow('export', 'export', '', '')], async () => {
      const e = await measureExports(browser, app, mJson);
      extra.export = e;
      return [
        timeRow('export', `export: PNG 2× of M (${e.pngSize} px, ${(e.pngBytes / 1e6).toFixed(1)} MB)`, e.pngMs, 2000),
        timeRow('export', 'export: SVG of M, time', e.svgMs, 100),
        { id: 'export', what: 'export: SVG of M, size', figure: `${(e.svgBytes / 1e6).toFixed(2)} MB`, target: '≤ 1 MB', met: e.svgBytes <= 1e6, value: e.svgBytes },
      ];
    });

    // Bare React Flow starting on the same demo board, in the same run: what this host
    // allows a React Flow page at all, to read the row against.
    await section(rows, 'start', [missingRow('start', 'start', '≤ 500 ms', '')], async () => [
      timeRow('start', 'start: navigation → demo board interactive', await measureStart(browser, app), 500),
      referenceRow('start', 'start: bare React Flow on the demo board, same run', await measureStart(browser, baseline, boardJson(demoBoard()))),
    ]);

    await section(rows, 'memory', [missingRow('memory', 'memory', '≤ +10 %', '')], async () => {
      const { first, last } = await measureMemory(browser, app, mJson);
      const growth = (last / first - 1) * 100;
      return [
        {
          id: 'memory',
          what: 'memory: JS heap after opening+closing M 20×, vs after the 1st',
          figure: `${growth >= 0 ? '+' : ''}${growth.toFixed(1)} % (${(first / 1e6).toFixed(1)} → ${(last / 1e6).toFixed(1)} MB)`,
          target: '≤ +10 %',
          met: growth <= 10,
          value: growth,
        },
      ];
    });
  } finally {
    await browser.close();
    await server.close();
  }
  await nodeRows(rows);

  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromiumVersion,
    date: new Date().toISOString(),
    seconds: Math.round((performance.now() - started) / 1000),
  };
  console.log('');
  console.log(formatTable(rows));
  console.log(`\n${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}, Chromium ${machine.chromium} (headless); ${machine.seconds} s`);
  writeFileSync(`${root}bench-results.json`, `${JSON.stringify({ machine, rows, details: extra }, null, 2)}\n`);
  log('wrote bench-results.json');
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
