/**
 * Developer tool, not part of `npm run bench`: one measure against two (or more) builds,
 * alternately in one browser, so that the load of a shared machine falls on both alike.
 * How the figures for the start-up and pan changes of 2026-12-05 were compared.
 *
 *   git worktree add /tmp/old <commit> && (cd /tmp/old && npx vite build --outDir $PWD/../a)
 *   npx vite build --outDir "$PWD/dist/b"
 *   npx tsx tests/bench/ab.ts drag|start|pan-zoom|load-l|autosave|memory|export dist/a dist/b [rounds]
 */
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { chromiumArgs } from '../e2e/playwright.config';
import { boardJson } from './browser';
import { generateBoard } from './fixtures';
import { measureAutosave, measureDrag, measureLoad, measureMemory, measurePanZoom, measureStart } from './measures/canvas';
import { measureExports } from './measures/exports';
import { serveStatic } from './server';

const [measure, ...rest] = process.argv.slice(2);
const rounds = /^\d+$/.test(rest[rest.length - 1] ?? '') ? Number(rest.pop()) : 3;
const builds = rest;
const f = (ms: number) => ms.toFixed(1);

const MEASURES: Record<string, (browser: Parameters<typeof measureStart>[0], url: string, m: string) => Promise<string>> = {
  drag: async (browser, url, m) => {
    const r = await measureDrag(browser, url, m);
    return `drag frame p95 ${f(r.frameP95)} ms, script p95 ${f(r.scriptP95)} ms, main thread p95 ${f(r.busyP95)} ms`;
  },
  start: async (browser, url) => `start ${f(await measureStart(browser, url))} ms`,
  'pan-zoom': async (browser, url, m) => {
    const r = await measurePanZoom(browser, url, m);
    return `pan frame p95 ${f(r.pan.frameP95)} ms, main thread p95 ${f(r.pan.busyP95)} ms | zoom frame p95 ${f(r.zoom.frameP95)} ms, main thread p95 ${f(r.zoom.busyP95)} ms`;
  },
  'load-l': async (browser, url) => `open L ${f(await measureLoad(browser, url, boardJson(generateBoard('L'))))} ms`,
  memory: async (browser, url, m) => {
    const { first, last } = await measureMemory(browser, url, m);
    return `heap ${(first / 1e6).toFixed(2)} → ${(last / 1e6).toFixed(2)} MB (${(((last - first) / first) * 100).toFixed(1)} %)`;
  },
  autosave: async (browser, url, m) => `autosave longest task ${f((await measureAutosave(browser, url, m)).blockMs)} ms`,
  export: async (browser, url, m) => {
    const r = await measureExports(browser, url, m);
    return `PNG 2× ${f(r.pngMs)} ms, ${(r.pngBytes / 1e6).toFixed(2)} MB | SVG ${f(r.svgMs)} ms`;
  },
};

async function main() {
  const run = MEASURES[measure ?? ''];
  if (!run || builds.length < 2) {
    console.error(`usage: npx tsx tests/bench/ab.ts ${Object.keys(MEASURES).join('|')} <build dir> <build dir>… [rounds]`);
    process.exit(2);
  }
  const server = await serveStatic(Object.fromEntries(builds.map((dir, i) => [`/${i}/`, resolve(dir)])));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  const m = boardJson(generateBoard('M'));
  try {
    for (let round = 1; round <= rounds; round++) {
      for (const [i, dir] of builds.entries()) console.log(`round ${round} ${dir}: ${await run(browser, `${server.url}/${i}/`, m)}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
