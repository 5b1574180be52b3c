/**
 * Developer tool, not part of `npm run bench`: the JS heap after each of 20 open/close
 * cycles of M (as the memory row does), to tell a leak (steady growth) from one-off warm-up.
 *   npx vite build --outDir dist/mem-app && npx tsx tests/bench/memtrace.ts [dist/mem-app]
 */
import { chromium, type CDPSession } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumArgs } from '../e2e/playwright.config';
import { boardJson, jsHeapAfterGc, openPage } from './browser';
import { generateBoard } from './fixtures';
import { serveStatic } from './server';

/** A heap snapshot to a file, for comparing object counts between two cycles. */
async function snapshot(cdp: CDPSession, file: string) {
  await cdp.send('HeapProfiler.enable');
  const chunks: string[] = [];
  const collect = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  writeFileSync(file, chunks.join(''));
}

async function main() {
  const server = await serveStatic({ '/': resolve(process.argv[2] ?? 'dist/mem-app') });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  const opened = await openPage(browser, `${server.url}/`, { hook: true });
  const { page, cdp } = opened;
  await page.evaluate((json) => ((window as unknown as { __benchJson: string }).__benchJson = json), boardJson(generateBoard('M')));
  // As the memory row: the export windows' one-off idle load happens before the first sample.
  await page.evaluate(() => (window as unknown as { __ORGCANVAS_BENCH__: { windows: { load(): Promise<unknown> } } }).__ORGCANVAS_BENCH__.windows.load());
  const heaps: string[] = [];
  for (let i = 0; i < 20; i++) {
    await page.evaluate(async () => {
      const w = window as unknown as { __benchJson: string; __ORGCANVAS_BENCH__: any; __BENCH__: { nextPaint(): Promise<void> } };
      const hook = w.__ORGCANVAS_BENCH__;
      const demo = hook.store.getState().board;
      hook.store.getState().loadBoard(hook.parse(JSON.parse(w.__benchJson)));
      while (!document.querySelector('.react-flow__node[data-id="t1"]')) await new Promise((r) => requestAnimationFrame(r));
      await w.__BENCH__.nextPaint();
      hook.store.getState().loadBoard(demo);
      await w.__BENCH__.nextPaint();
      await w.__BENCH__.nextPaint();
    });
    heaps.push(((await jsHeapAfterGc(cdp)) / 1e6).toFixed(2));
    if (process.argv[3] && (i === Number(process.env.SNAP_A ?? 9) || i === Number(process.env.SNAP_B ?? 19))) await snapshot(cdp, `${process.argv[3]}-${i + 1}.heapsnapshot`);
  }
  console.log(heaps.join(' '));
  await opened.close();
  await browser.close();
  await server.close();
}

void main();
