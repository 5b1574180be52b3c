/**
 * Open and save through the real main-process file service, with only the native dialogs
 * stubbed; and the close prompt. Each test starts its own app: the last one closes it.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoBoard } from '../../shared/boards/demo';
import { binary, launchApp, skipReason } from './launch';

test.describe('desktop app files and closing (Electron)', () => {
  test.skip(!binary.path, skipReason);

  test('Save As and Open go through the native dialogs and the file service', async () => {
    const { app, page } = await launchApp('en');
    try {
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'orgcanvas-electron-files-')), 'Acme.orgcanvas');
      await app.evaluate(({ dialog }, target) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath: target })) as typeof dialog.showSaveDialog;
        dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [target] })) as typeof dialog.showOpenDialog;
      }, file);
      const board = demoBoard();
      const saved = await page.evaluate((value) => (window as any).orgcanvas.fileSaveAs({ board: value, suggestedName: 'Acme' }), board);
      expect(saved).toMatchObject({ ok: true, name: 'Acme.orgcanvas' });
      const written = JSON.parse(readFileSync(file, 'utf8'));
      expect(written.format).toBe('orgcanvas');
      expect(written.nodes).toHaveLength(board.nodes.length);
      const opened = await page.evaluate(() => (window as any).orgcanvas.fileOpen());
      expect(opened).toMatchObject({ ok: true, name: 'Acme.orgcanvas' });
      expect(opened.board.nodes).toHaveLength(board.nodes.length);
      // The page learned a name and an opaque handle, never the path.
      expect(JSON.stringify([saved, { ...opened, board: null }])).not.toContain(path.dirname(file));
    } finally {
      await app.close();
    }
  });

  test('the mirror: a board lost from IndexedDB comes back from its file, and the user is told', async () => {
    const first = await launchApp('en');
    await expect(first.page.locator('.react-flow__node').first()).toBeVisible();
    await expect(first.page.locator('[data-save-state="saved"]')).toBeVisible();
    // The demo board was mirrored to <userData>/mirror/<id>.mirror.
    await expect.poll(() => readdirSync(path.join(first.userData, 'mirror')).filter((f) => f.endsWith('.mirror')).length).toBe(1);
    await first.app.close();

    // Chromium's storage is wiped (a profile reset, a cleaner tool): only the mirror is left.
    rmSync(path.join(first.userData, 'IndexedDB'), { recursive: true, force: true });
    const second = await launchApp('en', { userData: first.userData });
    try {
      await expect(second.page.locator('[data-notice="recovered"]')).toContainText('Recovered from the backup copy on disk');
      // The "last open board" setting went with IndexedDB, so the start screen lists it.
      const card = second.page.locator('.oc-board-card').filter({ hasText: 'Demo board' });
      await expect(card).toHaveCount(1);
      await card.getByRole('button', { name: 'Open', exact: true }).click();
      await expect(second.page.locator('.react-flow__node')).toHaveCount(demoBoard().nodes.length);
    } finally {
      await second.app.close();
    }
  });

  test('a file given on the command line opens as a board bound to it', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'orgcanvas-electron-arg-')), 'Klant.orgcanvas');
    const board = demoBoard();
    board.profile.name = 'Klant BV';
    writeFileSync(file, JSON.stringify(board));
    const { app, page } = await launchApp('en', { extraArgs: [file] });
    try {
      await expect(page.locator('.oc-topbar__board')).toHaveText('Klant BV');
      await expect(page.locator('[data-notice="opened"]')).toContainText('Klant.orgcanvas');
    } finally {
      await app.close();
    }
  });

  test('the close prompt: "keep working" keeps the window, "close without saving" closes it', async () => {
    const { app, page } = await launchApp('nl');
    // beforeunload only counts after the user touched the page.
    await page.mouse.click(5, 5);
    await page.evaluate(() =>
      window.addEventListener('beforeunload', (event) => {
        event.preventDefault();
        event.returnValue = '';
      }),
    );
    await app.evaluate(({ dialog }) => {
      const state = ((globalThis as any).__prompt = { answer: 0, asked: [] as string[] });
      dialog.showMessageBoxSync = ((...args: any[]) => {
        state.asked.push(args[args.length - 1].buttons.join(' | '));
        return state.answer;
      }) as typeof dialog.showMessageBoxSync;
    });
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].close());
    await expect.poll(() => app.evaluate(() => (globalThis as any).__prompt.asked.length)).toBe(1);
    await page.waitForTimeout(500);
    expect(app.windows()).toHaveLength(1);
    expect(await app.evaluate(() => (globalThis as any).__prompt.asked[0])).toBe('Verder werken | Sluiten zonder opslaan');

    await app.evaluate(() => ((globalThis as any).__prompt.answer = 1));
    const closed = app.waitForEvent('close');
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].close());
    await closed;
  });
});
