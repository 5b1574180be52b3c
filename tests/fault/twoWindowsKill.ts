/**
 * Two windows editing one board while one of them is killed (issue 23). One Chromium with a
 * persistent profile runs the built app in two tabs on the same board; they share the
 * origin's IndexedDB and Web Locks, as two windows of the desktop app or the browser build
 * do. Each cycle the window that edits (the lock holder) edits every 50 ms through the
 * store; half the cycles the other window takes editing over mid-way and edits on; then one
 * of the two, chosen at random, has its renderer crashed (CDP `Page.crash`: the tab's
 * process, with its save worker, dies at once, as in a kill). Counted:
 *  - edits lost: an edit a window accepted and that is missing from the library after it
 *    went on living (the survivor's edits, and the editor's edits when the other window
 *    took over: each window's last accepted edit against what is stored once it is idle);
 *  - went back: the stored board's edit number ever decreasing (a stale overwrite);
 *  - refused while read-only: edits a read-only window accepted (must be 0);
 *  - the killed editor's loss in time, reported (its bound is one window's promise, asserted
 *    by killDuringEditing.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { storedBoards } from '../e2e/storageHelpers';
import { LOSS_BOUND_MS } from './killDuringEditing';
import { serveFolder } from './staticServer';

const EDIT_EVERY_MS = 50;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const trace = (...args: unknown[]) => process.env.ORGCANVAS_FAULT_TRACE && console.log(new Date().toISOString().slice(11, 23), ...args);

export interface TwoWindowsReport {
  cycles: number;
  handovers: number;
  editorsKilled: number;
  viewersKilled: number;
  /** Edits a surviving window accepted that the library does not hold: must be 0. */
  editsLost: number;
  /** Times the stored board's edit number went down: must be 0. */
  wentBack: number;
  /** Edits accepted by a window while another one edited: must be 0. */
  readOnlyEdits: number;
  /** A killed editor's newest stored edit against the kill (bounded like one window). */
  overBound: number;
  maxKilledLossMs: number;
  editsAccepted: number;
  ms: number;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function openWindow(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}?lang=en`);
  await page.waitForFunction(() => (window as any).__ORGCANVAS_FAULT__?.ready === true, null, { timeout: 20_000 });
  return page;
}

const access = (page: Page) => page.evaluate(() => document.querySelector<HTMLElement>('[data-access]')?.dataset.access ?? 'edit');

/** Starts editing every 50 ms; each edit stamps `edit <n> <time>` with n one past the board's. */
function startEditing(page: Page): Promise<void> {
  return page.evaluate((every) => {
    const hook = (window as any).__ORGCANVAS_FAULT__;
    const store = hook.store;
    hook.accepted ??= [];
    clearInterval(hook.timer);
    hook.timer = setInterval(() => {
      const board = store.getState().board;
      const match = /^edit (\d+) /.exec(board.profile.name);
      const n = (match ? Number(match[1]) : 0) + 1;
      const stamp = `edit ${n} ${Date.now()}`;
      store.getState().changeBoard((b: any) => ({
        ...b,
        profile: { ...b.profile, name: stamp },
        nodes: b.nodes.map((node: any, i: number) => (i === 0 ? { ...node, label: stamp } : node)),
      }));
      // Accepted only if the board changed (a read-only window's store refuses it).
      if (store.getState().board !== board) hook.accepted.push({ n, at: Date.now() });
    }, every);
  }, EDIT_EVERY_MS);
}

/** Stops editing; the window's accepted edits so far. */
function stopEditing(page: Page): Promise<{ n: number; at: number }[]> {
  return page.evaluate(() => {
    const hook = (window as any).__ORGCANVAS_FAULT__;
    clearInterval(hook.timer);
    return hook.accepted ?? [];
  });
}

const acceptedSoFar = (page: Page): Promise<{ n: number; at: number }[]> => page.evaluate(() => (window as any).__ORGCANVAS_FAULT__.accepted ?? []);

const boardN = (page: Page) => page.evaluate(() => Number(/^edit (\d+) /.exec((window as any).__ORGCANVAS_FAULT__.store.getState().board.profile.name)?.[1] ?? 0));

async function storedStamp(page: Page, boardId: string): Promise<{ n: number; at: number }> {
  const row = (await storedBoards(page)).find((r) => r.id === boardId);
  const match = /^edit (\d+) (\d+)$/.exec(row?.board?.profile?.name ?? '');
  return match ? { n: Number(match[1]), at: Number(match[2]) } : { n: 0, at: 0 };
}

/** Waits until the window's last accepted edit is stored, or 5 s; the stored stamp then. */
async function settled(page: Page, boardId: string, last: number): Promise<{ n: number; at: number }> {
  const until = Date.now() + 5000;
  for (;;) {
    const stored = await storedStamp(page, boardId);
    if (stored.n >= last || Date.now() > until) return stored;
    await wait(100);
  }
}

async function takeOver(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Take over editing' }).click();
  await page.waitForFunction(() => !document.querySelector('[data-access]') && document.querySelector('.oc-library-gate__main:not([inert])'), null, { timeout: 10_000 });
}

export async function runTwoWindowsKill(cycles: number, distRoot: string): Promise<TwoWindowsReport> {
  const started = Date.now();
  const profile = await mkdtemp(join(tmpdir(), 'orgcanvas-two-windows-'));
  const server = await serveFolder(distRoot);
  const report: TwoWindowsReport = { cycles, handovers: 0, editorsKilled: 0, viewersKilled: 0, editsLost: 0, wentBack: 0, readOnlyEdits: 0, overBound: 0, maxKilledLossMs: 0, editsAccepted: 0, ms: 0 };
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
  await context.addInitScript(() => {
    (window as { __ORGCANVAS_FAULT__?: object }).__ORGCANVAS_FAULT__ = {};
  });
  let lastStored = 0;
  const noteStored = (n: number) => {
    if (n < lastStored) report.wentBack++;
    lastStored = Math.max(lastStored, n);
  };
  try {
    let editor = await openWindow(context, server.url);
    await editor.locator('[data-save-state="saved"]').waitFor({ timeout: 20_000 });
    const boardId = (await storedBoards(editor))[0]!.id;
    let viewer = await openWindow(context, server.url);
    for (let cycle = 0; cycle < cycles; cycle++) {
      trace('cycle', cycle);
      if ((await access(viewer)) !== 'readOnly' && (await access(viewer)) !== 'takenOver') throw new Error(`cycle ${cycle}: the second window edits too`);
      // The user edits in the window in front; one in the background has its timers slowed
      // to once a second by Chromium (so a background tab's edit loop would barely edit).
      await editor.bringToFront();
      await startEditing(editor);
      await startEditing(viewer); // refused: another window edits
      await wait(300 + Math.random() * 1200);
      if (Math.random() < 0.5) {
        // The viewer takes over: the editor's edits up to then must reach it.
        trace('handover');
        // What the viewer accepted while it was read-only (must be nothing); from here on
        // its accepted edits are real ones.
        report.readOnlyEdits += (await viewer.evaluate(() => (window as any).__ORGCANVAS_FAULT__.accepted.splice(0).length)) as number;
        await viewer.evaluate(() => clearInterval((window as any).__ORGCANVAS_FAULT__.timer));
        await takeOver(viewer);
        const handedOver = await boardN(viewer);
        const before = await acceptedSoFar(editor);
        const editorLast = before.at(-1)?.n ?? 0;
        if (handedOver < editorLast) report.editsLost += editorLast - handedOver;
        noteStored((await storedStamp(viewer, boardId)).n);
        report.editsAccepted += before.length;
        await viewer.bringToFront();
        await startEditing(viewer);
        await editor.evaluate(() => ((window as any).__ORGCANVAS_FAULT__.accepted = []));
        [editor, viewer] = [viewer, editor];
        report.handovers++;
        await wait(300 + Math.random() * 1200);
      }
      const killEditor = Math.random() < 0.5;
      const victim = killEditor ? editor : viewer;
      const survivor = killEditor ? viewer : editor;
      const victimAccepted = await acceptedSoFar(victim);
      const cdp = await context.newCDPSession(victim);
      const killedAt = Date.now();
      if (process.env.ORGCANVAS_FAULT_TRACE) {
        const state = (page: Page) => page.evaluate(() => [document.querySelector<HTMLElement>('[data-save-state]')?.dataset.saveState, document.querySelector('.oc-save')?.textContent, document.querySelector<HTMLElement>('[data-access]')?.dataset.access]);
        trace('crash', killEditor ? 'editor' : 'viewer', await state(editor), await state(viewer));
      }
      // The call itself dies with the page: not awaited, the crash event says it happened.
      const crashed = victim.waitForEvent('crash', { timeout: 10_000 });
      void cdp.send('Page.crash').catch(() => undefined);
      await crashed;
      trace('crashed');
      const survivorAccepted = await stopEditing(survivor);
      if (killEditor) {
        report.editorsKilled++;
        report.editsAccepted += victimAccepted.length;
        report.readOnlyEdits += survivorAccepted.length;
        await survivor.bringToFront();
        await takeOver(survivor);
        const stored = await storedStamp(survivor, boardId);
        noteStored(stored.n);
        const lastSeen = victimAccepted.at(-1);
        const loss = lastSeen ? Math.max(0, Math.min(killedAt, lastSeen.at + EDIT_EVERY_MS) - stored.at) : 0;
        trace('editor killed', { killedAt, lastSeen, stored, loss });
        report.maxKilledLossMs = Math.max(report.maxKilledLossMs, loss);
        if (loss > LOSS_BOUND_MS) report.overBound++;
        editor = survivor;
      } else {
        report.viewersKilled++;
        report.editsAccepted += survivorAccepted.length;
        report.readOnlyEdits += victimAccepted.length;
        const last = survivorAccepted.at(-1)?.n ?? 0;
        const stored = await settled(survivor, boardId, last);
        noteStored(stored.n);
        if (stored.n < last) report.editsLost += last - stored.n;
      }
      await survivor.evaluate(() => ((window as any).__ORGCANVAS_FAULT__.accepted = []));
      await victim.close().catch(() => undefined);
      viewer = await openWindow(context, server.url);
    }
    // The last editor's edits all reach the library.
    const last = await boardN(editor);
    const stored = await settled(editor, boardId, last);
    noteStored(stored.n);
    if (stored.n < last) report.editsLost += last - stored.n;
  } finally {
    await context.close().catch(() => undefined);
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
  report.ms = Date.now() - started;
  return report;
}
