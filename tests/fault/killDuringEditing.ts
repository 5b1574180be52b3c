/**
 * Kill during editing: Chromium with a persistent profile runs the built app; a scripted
 * loop edits the open board every 50 ms (each edit changes three fields in one revision);
 * the whole browser is SIGKILLed at a random moment, relaunched on the same profile, and
 * the stored board is checked:
 *  - it is there and valid (0 boards lost or unreadable),
 *  - the three fields agree (never a half-applied revision),
 *  - its newest edit is at most 1 s + the debounce older than the kill.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { parseBoardValue } from '../../shared/model/parse';
import { AUTOSAVE_DEFAULTS } from '../../renderer/storage/autosave';
import { storedBoards } from '../e2e/storageHelpers';
import { serveFolder } from './staticServer';

export const LOSS_BOUND_MS = 1000 + AUTOSAVE_DEFAULTS.debounceMs;
const EDIT_EVERY_MS = 50;

export interface EditingKillReport {
  cycles: number;
  boardsLost: number;
  unreadable: number;
  halfApplied: number;
  /** Cycles whose stored board lagged the kill by more than LOSS_BOUND_MS. */
  overBound: number;
  maxLossMs: number;
  medianLossMs: number;
  editsStored: number;
  ms: number;
}

interface Launched {
  process: ChildProcess;
  page: Page;
  close: () => Promise<void>;
}

async function launch(profile: string, url: string): Promise<Launched> {
  const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const child = spawn(
    executable,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${text.slice(-500)}`)), 20_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', () => reject(new Error(`Chromium exited: ${text.slice(-500)}`)));
  });
  child.stderr!.resume();
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  await context.addInitScript(() => {
    (window as { __ORGCANVAS_FAULT__?: object }).__ORGCANVAS_FAULT__ = {};
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${url}?lang=en`);
  return { process: child, page, close: () => browser.close().catch(() => undefined) };
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    // The whole process group: browser, renderers, GPU and storage services at once.
    process.kill(-child.pid!, 'SIGKILL');
  });
}


/** `edit <n> <time>` in the name and the first node's label; n as the second node's x. */
function editStamp(board: any): { n: number; at: number; consistent: boolean } {
  const name = /^edit (\d+) (\d+)$/.exec(board.profile.name);
  if (!name) return { n: 0, at: 0, consistent: board.nodes[0]?.label !== undefined && !/^edit /.test(board.nodes[0].label) };
  const n = Number(name[1]);
  const consistent = board.nodes[0].label === board.profile.name && board.nodes[1].position.x === n;
  return { n, at: Number(name[2]), consistent };
}

export async function runKillDuringEditing(cycles: number, distRoot: string): Promise<EditingKillReport> {
  const started = Date.now();
  const profile = await mkdtemp(join(tmpdir(), 'orgcanvas-kill-edit-'));
  const server = await serveFolder(distRoot);
  const report: EditingKillReport = { cycles, boardsLost: 0, unreadable: 0, halfApplied: 0, overBound: 0, maxLossMs: 0, medianLossMs: 0, editsStored: 0, ms: 0 };
  const losses: number[] = [];
  let boardId: string | undefined;
  let lastStoredN = 0;
  try {
    for (let cycle = 0; cycle <= cycles; cycle++) {
      const browser = await launch(profile, server.url);
      try {
        await browser.page.waitForFunction(() => (window as any).__ORGCANVAS_FAULT__?.ready === true, null, { timeout: 20_000 });
        await browser.page.locator('[data-save-state="saved"]').waitFor({ timeout: 20_000 });
        if (cycle > 0) {
          // Check what the previous cycle's kill left.
          const rows = (await storedBoards(browser.page)).filter((r) => r.trashedAt === -1);
          const row = rows.find((r) => r.id === boardId);
          if (!row || rows.length !== 1) report.boardsLost++;
          else {
            const parsed = parseBoardValue(row.board);
            if (!parsed.ok) report.unreadable++;
            else {
              const stamp = editStamp(parsed.value);
              if (!stamp.consistent) report.halfApplied++;
              if (stamp.n < lastStoredN) report.boardsLost++; // went backwards: a committed revision vanished
              lastStoredN = stamp.n;
              report.editsStored = stamp.n;
              // Lost time, counted generously: from the newest stored edit to the kill itself.
              // Edits before this cycle's loop began were already stored and checked.
              const loss = Math.max(0, previousKill - Math.max(stamp.at, previousEditsBegan));
              losses.push(loss);
              if (loss > LOSS_BOUND_MS) report.overBound++;
            }
          }
        } else {
          boardId = (await storedBoards(browser.page))[0]?.id;
        }
        if (cycle === cycles) break;
        // Edit until killed: every 50 ms one revision that changes three fields together.
        await browser.page.evaluate((every) => {
          const hook = (window as any).__ORGCANVAS_FAULT__;
          const store = hook.store;
          const match = /^edit (\d+) /.exec(store.getState().board.profile.name);
          let n = match ? Number(match[1]) : 0;
          setInterval(() => {
            n++;
            const stamp = `edit ${n} ${Date.now()}`;
            store.getState().changeBoard((b: any) => ({
              ...b,
              profile: { ...b.profile, name: stamp },
              nodes: b.nodes.map((node: any, i: number) =>
                i === 0 ? { ...node, label: stamp } : i === 1 ? { ...node, position: { x: n, y: node.position.y } } : node,
              ),
            }));
          }, every);
        }, EDIT_EVERY_MS);
        previousEditsBegan = Date.now();
        await new Promise((r) => setTimeout(r, 300 + Math.random() * 2700));
        previousKill = Date.now();
        await kill(browser.process);
      } finally {
        await kill(browser.process);
        await browser.close();
      }
    }
  } finally {
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
  losses.sort((a, b) => a - b);
  report.maxLossMs = losses[losses.length - 1] ?? 0;
  report.medianLossMs = losses[Math.floor(losses.length / 2)] ?? 0;
  report.ms = Date.now() - started;
  return report;
}

let previousKill = 0;
let previousEditsBegan = 0;
