/**
 * Developer tool, not part of `npm run bench`: a CPU profile of one gesture on M against an
 * unminified build, printed as the functions with the most self time. Used to find what
 * runs per drag/pan step (issue 9).
 *
 *   npx vite build --outDir dist/bench-profile --minify false
 *   npx tsx tests/bench/profile.ts drag|pan|zoom [dist/bench-profile]
 */
import { chromium } from '@playwright/test';
import { resolve } from 'node:path';
import { chromiumArgs } from '../e2e/playwright.config';
import { boardJson, dragNode, nextPaint, openPage, pan, pickDragNode, zoom } from './browser';
import { generateBoard } from './fixtures';
import { serveStatic } from './server';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
}

async function main() {
  const gesture = process.argv[2] ?? 'drag';
  const dir = resolve(process.argv[3] ?? 'dist/bench-profile');
  const server = await serveStatic({ '/': dir });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  const opened = await openPage(browser, `${server.url}/`, { boardJson: boardJson(generateBoard('M')) });
  const { page, cdp } = opened;
  await nextPaint(page);
  const id = await pickDragNode(page);
  const run = (steps: number) =>
    gesture === 'drag' ? dragNode(browser, page, id, 1, steps) : gesture === 'pan' ? pan(browser, page, 1, steps) : zoom(browser, page, steps);
  await run(10);
  await page.evaluate(() => { for (const k of Object.keys(window)) if (k.startsWith('__rf')) delete (window as unknown as Record<string, unknown>)[k]; });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const result = await run(40);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] } };
  const total = profile.samples.length;
  const self = new Map<string, number>();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + node.hitCount);
  }
  const ms = (profile.endTime - profile.startTime) / 1000;
  console.log(`${gesture}: ${total} samples over ${ms.toFixed(0)} ms; script p95 per step ${[...result.work.script].sort((a, b) => a - b)[Math.floor(result.work.script.length * 0.95)]?.toFixed(1)} ms`);
  for (const [key, hits] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${((hits / total) * ms).toFixed(0).padStart(6)} ms  ${key}`);
  // Counters a hand-patched build may leave on window (e.g. store updates per gesture).
  console.log(await page.evaluate(() => JSON.stringify(Object.fromEntries(Object.entries(window).filter(([k]) => k.startsWith('__rf'))))));
  await opened.close();
  await browser.close();
  await server.close();
}

void main();
