/**
 * Files the operating system hands the desktop app (given at start, double-clicked while it
 * runs) open as boards in the library. No Electron binary here: the page gets a stand-in
 * for the preload's `window.orgcanvas` that answers like main does (tests/electron covers
 * the real main process where Electron can be downloaded).
 */
import { expect, test, type Page } from '@playwright/test';
import { demoBoard } from '../../shared/boards/demo';
import type { Board } from '../../shared/model/board';

interface Bridge {
  calls: { name: string; payload: unknown }[];
  fire: (request: { requestId: string; name: string }) => void;
}

function clientBoard(name: string): Board {
  const board = demoBoard();
  board.profile.name = name;
  return board;
}

/** A stand-in bridge: one request pending at start; `files` maps request ids to boards. */
async function installBridge(page: Page, files: Record<string, { name: string; board: Board }>) {
  await page.addInitScript((known) => {
    const calls: { name: string; payload: unknown }[] = [];
    const listeners: ((request: unknown) => void)[] = [];
    const claimed = new Set<string>();
    const pending = [{ requestId: 'start-request-1', name: known['start-request-1'].name }];
    const answer = (name: string, value: unknown) => (payload?: unknown) => {
      calls.push({ name, payload });
      return Promise.resolve(value);
    };
    (window as unknown as { orgcanvas: object }).orgcanvas = {
      getAppInfo: answer('getAppInfo', { version: '0.1.0', platform: 'linux', forcedLanguage: null }),
      takeOpenRequests: () => Promise.resolve(pending.splice(0)),
      onOpenRequest: (listener: (request: unknown) => void) => {
        listeners.push(listener);
        return () => listeners.splice(listeners.indexOf(listener), 1);
      },
      onMenuCommand: () => () => undefined,
      setMenuLanguage: answer('setMenuLanguage', undefined),
      fileOpenRequest: (payload: { requestId: string }) => {
        calls.push({ name: 'fileOpenRequest', payload });
        const file = known[payload.requestId];
        // Like main: a request id opens once; an unknown or used one opens nothing.
        if (!file || claimed.has(payload.requestId)) {
          return Promise.resolve({ ok: false, code: 'unknownHandle', file: '', detail: '', problems: [] });
        }
        claimed.add(payload.requestId);
        return Promise.resolve({ ok: true, handle: `handle-${payload.requestId}`, name: file.name, board: file.board, repairs: [] });
      },
      fileSave: answer('fileSave', { ok: true, handle: 'handle-start-request-1', name: known['start-request-1'].name }),
      fileRelease: answer('fileRelease', undefined),
      fileRecent: answer('fileRecent', []),
      mirrorList: answer('mirrorList', []),
      mirrorRead: answer('mirrorRead', { ok: false, code: 'notFound', file: '', detail: '', problems: [] }),
      mirrorWrite: (payload: unknown) => Promise.resolve({ ok: true, written: Boolean(payload) }),
      mirrorRemove: answer('mirrorRemove', { ok: true }),
    };
    (window as unknown as { __bridge: Bridge }).__bridge = { calls, fire: (request) => listeners.forEach((l) => l(request)) };
  }, files);
}

const boardTitle = (page: Page) => page.locator('.oc-topbar__board');
const calls = (page: Page, name: string) =>
  page.evaluate((n) => (window as unknown as { __bridge: Bridge }).__bridge.calls.filter((c) => c.name === n).map((c) => c.payload), name);

test('a file given at start and one double-clicked later open as boards, each once, bound to their file', async ({ page }) => {
  await installBridge(page, {
    'start-request-1': { name: 'Acme workshop.orgcanvas', board: clientBoard('Acme BV') },
    'second-request-2': { name: 'Bakkerij Jansen.orgcanvas', board: clientBoard('Bakkerij Jansen') },
  });
  await page.goto('./?lang=en');
  await expect(boardTitle(page)).toHaveText('Acme BV');
  await expect(page.getByText('“Acme workshop.orgcanvas” opened as a new board in your library.')).toBeVisible();
  expect(await calls(page, 'fileOpenRequest')).toEqual([{ requestId: 'start-request-1' }]);

  // Ctrl+S saves to the file it came from (main's handle), not a download.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+s');
  await expect.poll(() => calls(page, 'fileSave')).toHaveLength(1);
  expect((await calls(page, 'fileSave'))[0]).toMatchObject({ handle: 'handle-start-request-1' });

  // A second start of the app with another file: the running window opens it.
  await page.evaluate(() => (window as unknown as { __bridge: Bridge }).__bridge.fire({ requestId: 'second-request-2', name: 'Bakkerij Jansen.orgcanvas' }));
  await expect(boardTitle(page)).toHaveText('Bakkerij Jansen');
  // The same request again (never sent by main, but a page must not trust it): refused by main.
  await page.evaluate(() => (window as unknown as { __bridge: Bridge }).__bridge.fire({ requestId: 'second-request-2', name: 'Bakkerij Jansen.orgcanvas' }));
  await expect(page.getByText('This board is no longer linked to a file. Use Save as.')).toBeVisible();
  await expect(boardTitle(page)).toHaveText('Bakkerij Jansen');
  await page.screenshot({ path: 'test-results/screens/desktop-open-en.png' });
});

test('the desktop menu is told the page language at start and on every switch', async ({ page }) => {
  await installBridge(page, { 'start-request-1': { name: 'Klant.orgcanvas', board: clientBoard('Klant BV') } });
  await page.goto('./?lang=en');
  await expect(boardTitle(page)).toHaveText('Klant BV');
  expect(await calls(page, 'setMenuLanguage')).toEqual([{ language: 'en' }]);
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('nl');
  await expect.poll(() => calls(page, 'setMenuLanguage')).toEqual([{ language: 'en' }, { language: 'nl' }]);
});

test('in Dutch: the opened notice', async ({ page }) => {
  await installBridge(page, { 'start-request-1': { name: 'Klant.orgcanvas', board: clientBoard('Klant BV') } });
  await page.goto('./?lang=nl');
  await expect(boardTitle(page)).toHaveText('Klant BV');
  await expect(page.locator('.oc-notices, [role="status"], [role="alert"]').filter({ hasText: 'Klant.orgcanvas' }).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/desktop-open-nl.png' });
});
