/**
 * Opening pages for the bench in Debian's Chromium, with the in-page instruments and, where
 * asked, the board to open; plus the input gestures every canvas measure uses.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import type { Board } from '../../shared/model/board';
import { stepWork, type StepWork, type TraceEvent } from './trace';

const INSTRUMENT = readFileSync(new URL('./page/instrument.js', import.meta.url), 'utf8');
export const VIEWPORT = { width: 1600, height: 900 };
/** A mouse reports about 60 times a second; the bench moves it at that pace. */
export const STEP_MS = 1000 / 60;

export interface OpenOptions {
  /** The board to open instead of the demo (JSON text of a board). */
  boardJson?: string;
  /** Define the bench hook (implied by boardJson); without it the app starts as for a user. */
  hook?: boolean;
  countRenders?: boolean;
}

export interface BenchPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** ms from navigation to the first possible drag. */
  readyMs: number;
  close: () => Promise<void>;
}

export async function openPage(browser: Browser, url: string, options: OpenOptions = {}): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  if (options.countRenders) await context.addInitScript({ content: 'window.__BENCH_COUNT_RENDERS__ = true;' });
  if (options.boardJson) {
    await context.addInitScript({ content: `window.__ORGCANVAS_BENCH__ = { board: JSON.parse(${JSON.stringify(options.boardJson)}) };` });
  } else if (options.hook) {
    await context.addInitScript({ content: 'window.__ORGCANVAS_BENCH__ = {};' });
  }
  await context.addInitScript({ content: INSTRUMENT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(url);
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
  const readyMs = await page.evaluate(() => (window as unknown as { __BENCH__: { ready: Promise<number> } }).__BENCH__.ready);
  if (errors.length) throw new Error(`The page at ${url} failed: ${errors.join('; ')}`);
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp, readyMs, close: () => context.close() };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `steps` of `step`, one per STEP_MS, as a real input device would. */
export async function paced(steps: number, step: (i: number) => Promise<void>): Promise<void> {
  const start = performance.now();
  for (let i = 0; i < steps; i++) {
    await step(i);
    const due = start + (i + 1) * STEP_MS;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
  }
}

export async function nextPaint(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __BENCH__: { nextPaint: () => Promise<number> } }).__BENCH__.nextPaint());
}

/** Centre of a node that is on screen and actually receives the pointer there. */
export async function grabPoint(page: Page, nodeId: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((id) => {
    const element = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    if (!element) return null;
    const r = element.getBoundingClientRect();
    // Edges drawn above a node (React Flow lifts edges of nested nodes) may cover parts of it.
    for (let fy = 0.5; fy > 0.05; fy -= 0.1) {
      for (let fx = 0.5; fx > 0.05; fx -= 0.1) {
        const x = r.left + r.width * fx;
        const y = r.top + r.height * fy;
        const hit = document.elementFromPoint(x, y);
        if (hit && element.contains(hit) && !hit.classList.contains('react-flow__handle')) return { x, y };
      }
    }
    return null;
  }, nodeId);
  if (!point) throw new Error(`Node ${nodeId} is not on screen or is covered; the bench cannot grab it.`);
  return point;
}

/**
 * The task node the drags grab: of the tasks the pointer can reach, the one nearest the
 * canvas centre (panels around and over the canvas differ between the app and the
 * baseline, so the id is picked once in the app and reused in the baseline).
 */
/**
 * Waits for our app's panels; bare React Flow has none. They come a moment after the board
 * (renderer/chrome/AfterFirstPaint.tsx) and float over the canvas, and when they come the
 * start fit is redone clear of them (renderer/canvas/fitBoard.ts): a node picked or grabbed
 * before could end up under a panel, or the press land on its neighbour.
 */
export async function panelsIn(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.oc-app') || document.querySelector('.oc-hints__toggle'));
}

export async function pickDragNode(page: Page): Promise<string> {
  await panelsIn(page);
  const id = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    let best: { id: string; d: number } | null = null;
    for (const element of document.querySelectorAll<HTMLElement>('.react-flow__node[data-id^="t"]')) {
      const r = element.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      // Room for a 240 px drag to the right without leaving the canvas.
      if (x < pane.left + 20 || x > pane.right - 300 || y < pane.top + 20 || y > pane.bottom - 150) continue;
      const hit = document.elementFromPoint(x, y);
      if (!hit || !element.contains(hit)) continue;
      // The whole drag path (up to 250 px right, 125 px down) must stay on the canvas itself,
      // not under a panel floating over it, or the next run could not grab the node again.
      let clear = true;
      for (let f = 0.1; f <= 1.01 && clear; f += 0.1) {
        const on = document.elementFromPoint(x + 250 * f, y + 125 * f);
        clear = Boolean(on?.closest('.react-flow__viewport, .react-flow__pane'));
      }
      if (!clear) continue;
      const d = Math.hypot(x - cx, y - cy);
      if (!best || d < best.d) best = { id: element.dataset.id!, d };
    }
    return best?.id ?? null;
  });
  if (!id) throw new Error('No task node on screen that the pointer can grab.');
  return id;
}

/** A point on the empty canvas (the pane), away from nodes and panels. */
export async function panePoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(({ width, height }) => {
    for (let y = height * 0.3; y < height * 0.9; y += 17) {
      for (let x = width * 0.1; x < width * 0.7; x += 23) {
        const hit = document.elementFromPoint(x, y);
        if (hit?.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    return null;
  }, VIEWPORT);
  if (!point) throw new Error('No empty canvas found to pan on.');
  return point;
}

/** Starts a CDP trace of the page's main-thread work; the returned stop() parses it. */
export async function traceSteps(browser: Browser, page: Page, inputTypes: readonly string[]): Promise<() => Promise<StepWork>> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel'] });
  return async () => {
    const t0 = performance.now();
    const buffer = await browser.stopTracing();
    const t1 = performance.now();
    const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
    const work = stepWork(traceEvents, inputTypes);
    if (process.env.BENCH_VERBOSE) console.log(`  trace: ${(buffer.length / 1e6).toFixed(1)} MB, ${traceEvents.length} events, stop ${Math.round(t1 - t0)} ms, parse ${Math.round(performance.now() - t1)} ms`);
    return work;
  };
}

export async function startFrames(page: Page) {
  await page.evaluate(() => (window as unknown as { __BENCH__: { frames: { start(): void } } }).__BENCH__.frames.start());
}
export async function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __BENCH__: { frames: { stop(): number[] } } }).__BENCH__.frames.stop());
}

export interface Gesture {
  frames: number[];
  work: StepWork;
}

/** Drags node `nodeId` by 120 paced mouse steps (there and back on alternate runs). */
export async function dragNode(browser: Browser, page: Page, nodeId: string, direction: 1 | -1, steps = 120): Promise<Gesture> {
  await panelsIn(page);
  const start = await grabPoint(page, nodeId);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  // The first few pixels only arm the drag (React Flow's drag threshold); not timed.
  await page.mouse.move(start.x + direction * 4, start.y + direction * 2);
  await nextPaint(page);
  const stop = await traceSteps(browser, page, ['pointermove']);
  await startFrames(page);
  await paced(steps, (i) => page.mouse.move(start.x + direction * (4 + 2 * (i + 1)), start.y + direction * (2 + (i + 1))));
  await nextPaint(page);
  const frames = await stopFrames(page);
  const work = await stop();
  await page.mouse.up();
  await nextPaint(page);
  return { frames, work };
}

export async function pan(browser: Browser, page: Page, direction: 1 | -1, steps = 120): Promise<Gesture> {
  const start = await panePoint(page);
  await page.mouse.move(start.x, start.y);
  // The middle button pans in the app (the left one draws a selection box) and in stock React Flow.
  await page.mouse.down({ button: 'middle' });
  await page.mouse.move(start.x + direction * 3, start.y);
  await nextPaint(page);
  const stop = await traceSteps(browser, page, ['pointermove']);
  await startFrames(page);
  await paced(steps, (i) => page.mouse.move(start.x + direction * 3 * (i + 2), start.y + direction * (i + 1)));
  await nextPaint(page);
  const frames = await stopFrames(page);
  const work = await stop();
  await page.mouse.up({ button: 'middle' });
  await nextPaint(page);
  return { frames, work };
}

/** 60 wheel steps: 30 in, then 30 out, so the view ends where it began. */
export async function zoom(browser: Browser, page: Page, steps = 60): Promise<Gesture> {
  const point = await panePoint(page);
  await page.mouse.move(point.x, point.y);
  await nextPaint(page);
  const stop = await traceSteps(browser, page, ['wheel']);
  await startFrames(page);
  await paced(steps, (i) => page.mouse.wheel(0, i < steps / 2 ? -60 : 60));
  await nextPaint(page);
  const frames = await stopFrames(page);
  const work = await stop();
  return { frames, work };
}

export async function jsHeapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

export function boardJson(board: Board): string {
  return JSON.stringify(board);
}
