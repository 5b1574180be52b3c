/**
 * Write failures in the browser: IndexedDB refusing writes with QuotaExceededError (what a
 * full disk looks like). The error is shown and stays, the board on screen keeps the
 * user's edits, nothing half-written is stored, and saving resumes once space is back.
 */
import { expect, test } from '@playwright/test';
import { demoBoard } from '../../shared/boards/demo';
import { dragNode, setDiskFull, storedBoards } from './storageHelpers';

const demo = demoBoard();
const task = demo.nodes.find((n) => !n.parentId && n.kind === 'task')!;

for (const lang of ['en', 'nl'] as const) {
  test(`an injected quota error is shown and kept, edits stay on screen, and saving resumes (${lang})`, async ({ page }) => {
    await page.goto(`./?lang=${lang}`);
    await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
    // A first edit, saved as usual: autosave commits in its worker (renderer/storage/
    // saveWorker.ts), which is certainly running after it; the disk fills up after that.
    const first = (await storedBoards(page))[0];
    await dragNode(page, task.id, 20, 0);
    await expect.poll(async () => (await storedBoards(page))[0].revision).toBeGreaterThan(first.revision);
    await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
    expect(page.workers().some((worker) => worker.url().includes('saveWorker'))).toBe(true);
    const stored = (await storedBoards(page))[0];

    await setDiskFull(page, true);
    const start = await page.locator(`.react-flow__node[data-id="${task.id}"]`).boundingBox();
    await dragNode(page, task.id, 140, 40);
    const alert = page.getByRole('alert').filter({ has: page.locator('[data-save-state="error"]') }).or(page.locator('[data-save-state="error"]'));
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(lang === 'en' ? 'The disk or the browser storage is full.' : 'De schijf of de opslag van de browser is vol.');
    await page.screenshot({ path: `test-results/screens/storage-quota-${lang}.png` });

    // It stays: retries keep failing, and the board on screen keeps the move.
    await page.waitForTimeout(4000);
    await expect(page.locator('[data-save-state="error"]')).toBeVisible();
    const moved = await page.locator(`.react-flow__node[data-id="${task.id}"]`).boundingBox();
    expect(moved!.x).toBeGreaterThan(start!.x + 50);
    const during = (await storedBoards(page))[0];
    expect(during.revision).toBe(stored.revision);
    expect(during.board).toEqual(stored.board);

    await setDiskFull(page, false);
    await expect(page.locator('[data-save-state="saved"]')).toBeVisible({ timeout: 10_000 });
    const after = (await storedBoards(page))[0];
    expect(after.revision).toBeGreaterThan(stored.revision);
    expect(after.board.nodes.find((n) => n.id === task.id)!.position.x).toBeGreaterThan(stored.board.nodes.find((n) => n.id === task.id)!.position.x);
  });
}

test('autosave still stores every edit when its worker cannot start (it commits in the page)', async ({ page }) => {
  // As if the worker's script were blocked or missing: its request fails.
  await page.route('**/saveWorker-*.js', (route) => route.abort());
  await page.goto('./?lang=en');
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  const stored = (await storedBoards(page))[0];
  for (const dx of [60, 60]) {
    const before = (await storedBoards(page))[0].revision;
    await dragNode(page, task.id, dx, 0);
    await expect.poll(async () => (await storedBoards(page))[0].revision).toBeGreaterThan(before);
  }
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const after = (await storedBoards(page))[0];
  expect(after.board.nodes.find((n) => n.id === task.id)!.position.x).toBeGreaterThan(stored.board.nodes.find((n) => n.id === task.id)!.position.x + 60);
  expect(page.workers().some((worker) => worker.url().includes('saveWorker'))).toBe(false);
});

test('each edit in a run (drag, rename, delete, undo, redo) is stored as exactly the board on screen', async ({ page }) => {
  // The save worker is sent only what an edit changed (storage/boardPieces.ts); what it
  // stores must still be the whole board. The bench hook exposes the store; with it, the
  // app starts on the demo without the library, so the demo is added to it as a user does.
  type Hook = { store: { getState(): { board: unknown } }; library: { addBoard(board: unknown, name: string): Promise<unknown> } };
  await page.addInitScript(() => ((window as unknown as { __ORGCANVAS_BENCH__: object }).__ORGCANVAS_BENCH__ = {}));
  // A failed save heals itself on the retry; every state the indicator passes through is
  // kept, so that a failure in between still fails the test.
  await page.addInitScript(() => {
    const states: string[] = ((window as unknown as { __saveStates: string[] }).__saveStates = []);
    new MutationObserver((changes) => changes.forEach((c) => states.push((c.target as HTMLElement).dataset.saveState ?? ''))).observe(document, {
      subtree: true,
      attributeFilter: ['data-save-state'],
    });
  });
  await page.goto('./?lang=en');
  await page.evaluate(async () => {
    const hook = (window as unknown as { __ORGCANVAS_BENCH__: Hook }).__ORGCANVAS_BENCH__;
    await hook.library.addBoard(hook.store.getState().board, 'Demo board');
  });
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  const onScreen = () => page.evaluate(() => (window as unknown as { __ORGCANVAS_BENCH__: Hook }).__ORGCANVAS_BENCH__.store.getState().board);
  let revision = (await storedBoards(page))[0].revision;
  /** Waits for the edit's save, then compares what is stored with what is shown. */
  const storedAsShown = async () => {
    await expect.poll(async () => (await storedBoards(page))[0].revision).toBeGreaterThan(revision);
    await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
    const [row] = await storedBoards(page);
    expect(row.board).toEqual(await onScreen());
    revision = row.revision;
  };
  const other = demo.nodes.find((n) => !n.parentId && n.kind === 'task' && n.id !== task.id)!;

  await dragNode(page, task.id, 80, 40);
  await storedAsShown();
  await page.locator(`.react-flow__node[data-id="${other.id}"]`).click();
  const label = page.locator('.oc-inspector').getByLabel('Label', { exact: true });
  await label.fill('Webcare rota, renamed');
  await label.press('Enter');
  await storedAsShown();
  await page.locator(`.react-flow__node[data-id="${other.id}"]`).click();
  await page.keyboard.press('Delete');
  await expect(page.locator(`.react-flow__node[data-id="${other.id}"]`)).toHaveCount(0);
  await storedAsShown();
  await page.keyboard.press('Control+Z');
  await expect(page.locator(`.react-flow__node[data-id="${other.id}"]`)).toHaveCount(1);
  await storedAsShown();
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.locator(`.react-flow__node[data-id="${other.id}"]`)).toHaveCount(0);
  await storedAsShown();
  expect(page.workers().some((worker) => worker.url().includes('saveWorker'))).toBe(true);
  const states = await page.evaluate(() => (window as unknown as { __saveStates: string[] }).__saveStates);
  expect(states).toContain('saved');
  expect(states).not.toContain('error');
});
