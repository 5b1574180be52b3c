/**
 * Developer tool, not part of `npm run bench`: where the main thread's time goes in one drag
 * step on M (or, with --pan, one step of a middle-button pan), per rendering phase (script,
 * style, layout, paint, layerize, hit test), for one or more builds alternately in one
 * browser. Found that a single SVG of all edges repainted whole on every step (Paint 13–17 ms
 * a step), which the grouped edge layer avoids; and what Chromium layerizes on every step
 * (README: the nodes' clips, transforms and layout containment).
 *
 *   npx vite build --outDir "$PWD/dist/b"
 *   npx tsx tests/bench/phases.ts [--pan] dist/a dist/b [rounds]
 */
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { chromiumArgs } from '../e2e/playwright.config';
import { boardJson, grabPoint, nextPaint, openPage, paced, panePoint, pickDragNode } from './browser';
import { generateBoard } from './fixtures';
import { serveStatic } from './server';
import type { TraceEvent } from './trace';

/** The phases Chromium's timeline names; script is `FunctionCall` (event handlers, React). */
const PHASES = ['FunctionCall', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'HitTest'];
const STEPS = 60;

const args = process.argv.slice(2).filter((a) => a !== '--pan');
const pan = process.argv.includes('--pan');
const rounds = /^\d+$/.test(args[args.length - 1] ?? '') ? Number(args.pop()) : 2;

async function main() {
  const server = await serveStatic(Object.fromEntries(args.map((dir, i) => [`/${i}/`, resolve(dir)])));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  const m = boardJson(generateBoard('M'));
  try {
    for (let round = 1; round <= rounds; round++) {
      for (const [i, dir] of args.entries()) {
        const opened = await openPage(browser, `${server.url}/${i}/`, { boardJson: m });
        const { page } = opened;
        await nextPaint(page);
        // The pan: the middle button (the left one draws a selection box), as the bench pans.
        const button = pan ? 'middle' : 'left';
        const start = pan ? await panePoint(page) : await grabPoint(page, await pickDragNode(page));
        const step = (k: number) => (pan ? { x: start.x + 3 * (k + 2), y: start.y + (k + 1) } : { x: start.x - 4 - 2 * (k + 1), y: start.y - 2 - (k + 1) });
        await page.mouse.move(start.x, start.y);
        await page.mouse.down({ button });
        await page.mouse.move(step(-1).x, step(-1).y); // arms the gesture; not measured
        await nextPaint(page);
        await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel'] });
        await paced(STEPS, (k) => page.mouse.move(step(k).x, step(k).y));
        await nextPaint(page);
        const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
        await page.mouse.up({ button });
        await opened.close();
        const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
        const perStep = new Map<string, number>();
        for (const e of traceEvents) {
          if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !e.dur || !PHASES.includes(e.name)) continue;
          perStep.set(e.name, (perStep.get(e.name) ?? 0) + e.dur / 1000 / STEPS);
        }
        console.log(`round ${round} ${dir}: ms per step: ${PHASES.map((p) => `${p} ${(perStep.get(p) ?? 0).toFixed(1)}`).join(' | ')}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
