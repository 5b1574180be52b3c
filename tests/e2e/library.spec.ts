/**
 * The board library as a user meets it: the first board is stored without asking, edits
 * survive a reload, boards are created, renamed, duplicated, searched, trashed, restored;
 * versions are taken and restored; files are dropped in (bad ones refused, naming the place).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { demoBoard } from '../../shared/boards/demo';
import { dragNode, dropFile, storedBoards } from './storageHelpers';

const demo = demoBoard();
const FIXTURES = join(import.meta.dirname, '../fixtures');
const topLevel = demo.nodes.find((n) => !n.parentId && n.kind === 'task')!;

async function savedState(page: Page) {
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
}

test('the first start stores the demo board; a drag is saved after the drop and survives a reload', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(page.locator('.react-flow__node')).toHaveCount(demo.nodes.length);
  await savedState(page);
  await expect.poll(async () => (await storedBoards(page)).map((r) => r.name)).toEqual(['Demo board']);

  const before = (await storedBoards(page))[0];
  await dragNode(page, topLevel.id, 120, 60);
  await savedState(page);
  const after = (await storedBoards(page))[0];
  expect(after.revision).toBeGreaterThan(before.revision);
  const moved = after.board.nodes.find((n) => n.id === topLevel.id)!;
  const was = before.board.nodes.find((n) => n.id === topLevel.id)!;
  expect(moved.position.x).toBeGreaterThan(was.position.x + 20);

  await page.reload();
  await savedState(page);
  const box = await page.locator(`.react-flow__node[data-id="${topLevel.id}"]`).boundingBox();
  expect(box).not.toBeNull();
  expect((await storedBoards(page))[0].board.nodes.find((n) => n.id === topLevel.id)!.position).toEqual(moved.position);
  await page.screenshot({ path: 'test-results/screens/storage-board-en.png' });
});

for (const lang of ['en', 'nl'] as const) {
  test(`a returning user's start shows "opening" and then their own board, never the demo first (${lang})`, async ({ page }) => {
    await page.goto(`./?lang=${lang}`);
    await savedState(page);
    await page.getByRole('button', { name: lang === 'en' ? '← Boards' : '← Borden' }).click();
    await page.getByRole('button', { name: lang === 'en' ? 'New empty board' : 'Nieuw leeg bord' }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(0);
    await savedState(page);

    // From the first script of the reloaded page on: did any node (the empty board has
    // none, so only the demo's) appear at any moment, and did "opening" show?
    await page.addInitScript(() => {
      const seen = { node: false, opening: '' };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new MutationObserver(() => {
        if (document.querySelector('.react-flow__node')) seen.node = true;
        const opening = document.querySelector('.oc-library-gate__opening');
        if (opening) seen.opening = opening.textContent ?? '';
      }).observe(document, { childList: true, subtree: true });
    });
    // Hold back the answer to opening IndexedDB until the test has looked, as on a slow
    // laptop. (Dexie listens with `onsuccess`: the handler it sets is kept aside and called
    // once the test releases it.)
    await page.addInitScript(() => {
      const held: (() => void)[] = [];
      let released = false;
      (window as unknown as { __releaseIdb: () => void }).__releaseIdb = () => {
        released = true;
        for (const answer of held.splice(0)) answer();
      };
      const open = indexedDB.open.bind(indexedDB);
      indexedDB.open = (...args: Parameters<typeof indexedDB.open>) => {
        const request = open(...args);
        let handler: ((event: Event) => void) | null = null;
        Object.defineProperty(request, 'onsuccess', { configurable: true, get: () => handler, set: (h: typeof handler) => void (handler = h) });
        request.addEventListener('success', (event) => {
          const answer = () => handler?.call(request, event);
          if (released) answer();
          else held.push(answer);
        });
        return request;
      };
    });
    await page.reload();
    await expect(page.locator('.oc-library-gate__opening')).toBeVisible();
    await page.screenshot({ path: `test-results/screens/library-opening-${lang}.png` });
    await page.evaluate(() => (window as unknown as { __releaseIdb: () => void }).__releaseIdb());
    await savedState(page);
    await expect(page.locator('.oc-topbar__board')).toHaveText(lang === 'en' ? 'Untitled board' : 'Naamloos bord');
    const seen = await page.evaluate(() => (window as unknown as { __seen: { node: boolean; opening: string } }).__seen);
    expect(seen.node).toBe(false);
    expect(seen.opening).toBe(lang === 'en' ? 'Opening your board…' : 'Je bord wordt geopend…');
  });
}

for (const lang of ['en', 'nl'] as const) {
  test(`library code that cannot load is named once; the demo stays on screen and can be edited; the next start stores it (${lang})`, async ({ page }) => {
    // A damaged install: the database code, which loads on the library's first use, fails.
    const dbChunk = /\/db-[\w-]+\.js$/;
    await page.route(dbChunk, (route) => route.abort('failed'));
    await page.goto(`./?lang=${lang}`);
    const notice = page.locator('[data-notice="loadError"]');
    await expect(notice).toHaveCount(1);
    await expect(notice).toContainText(lang === 'en' ? 'Part of OrgCanvas could not be loaded' : 'Een deel van OrgCanvas kon niet worden geladen');
    await expect(page.locator('.react-flow__node')).toHaveCount(demo.nodes.length);
    await page.screenshot({ path: `test-results/screens/storage-library-load-failed-${lang}.png` });
    await dragNode(page, topLevel.id, 120, 60);
    await expect(page.locator('.react-flow__node')).toHaveCount(demo.nodes.length);
    expect(await storedBoards(page)).toEqual([]);
    // Still one notice: start-up stopped at the first failure instead of naming it per step.
    await expect(notice).toHaveCount(1);

    await page.unroute(dbChunk);
    await page.reload();
    await savedState(page);
    await expect.poll(async () => (await storedBoards(page)).map((r) => r.name)).toEqual([lang === 'en' ? 'Demo board' : 'Demobord']);
  });
}

test('start screen: create, rename, duplicate, search, trash, restore, empty trash', async ({ page }) => {
  await page.goto('./?lang=en');
  await savedState(page);
  await page.getByRole('button', { name: '← Boards' }).click();
  await expect(page.getByRole('heading', { name: 'Your boards' })).toBeVisible();
  // No board is open: the title bar names none (it used to keep the last board's).
  await expect(page.locator('.oc-topbar__board')).toHaveCount(0);
  const cards = page.locator('.oc-board-card');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('Demo board');
  // A first start writes the demo in the interface's language.
  await expect(cards.first()).toContainText(demoBoard('en').profile.name);
  await expect(cards.first().locator('img')).toHaveAttribute('src', /^data:image\/svg\+xml/);
  await expect(page.locator('[data-persistence]')).toBeVisible();

  await page.getByRole('button', { name: 'New empty board' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await expect(page.locator('.oc-topbar__board')).toHaveText('Untitled board');
  await savedState(page);
  await page.getByRole('button', { name: '← Boards' }).click();
  await expect(cards).toHaveCount(2);

  // The app's own dialog (Electron has no window.prompt), with the old name to edit.
  await cards.filter({ hasText: 'Untitled board' }).getByRole('button', { name: 'Rename' }).click();
  const rename = page.getByRole('dialog', { name: 'New name for “Untitled board”' });
  await expect(rename.getByRole('textbox', { name: 'Name' })).toHaveValue('Untitled board');
  await rename.getByRole('textbox', { name: 'Name' }).fill('Gemeente Utrecht ronde 2');
  await rename.getByRole('textbox', { name: 'Name' }).press('Enter');
  await expect(rename).toHaveCount(0);
  await expect(cards.filter({ hasText: 'Gemeente Utrecht ronde 2' })).toHaveCount(1);
  await cards.filter({ hasText: 'Demo board' }).getByRole('button', { name: 'Duplicate' }).click();
  await expect(cards).toHaveCount(3);
  await expect(cards.filter({ hasText: 'Demo board (copy)' })).toHaveCount(1);

  await page.getByRole('searchbox', { name: 'Search by name' }).fill('utrecht');
  await expect(cards).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search by name' }).fill('');
  await expect(cards).toHaveCount(3);

  await cards.filter({ hasText: 'Demo board (copy)' }).getByRole('button', { name: 'Move to trash' }).click();
  await expect(cards).toHaveCount(2);
  await page.getByRole('button', { name: 'Trash (1)' }).click();
  await expect(cards).toHaveCount(1);
  await cards.first().getByRole('button', { name: 'Restore' }).click();
  await expect(cards).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to your boards' }).click();
  await expect(cards).toHaveCount(3);

  await cards.filter({ hasText: 'Gemeente Utrecht' }).getByRole('button', { name: 'Move to trash' }).click();
  await page.getByRole('button', { name: 'Trash (1)' }).click();
  await page.getByRole('button', { name: 'Empty trash' }).click();
  await page.getByRole('alertdialog', { name: 'Empty the trash?' }).getByRole('button', { name: 'Empty trash' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await expect.poll(async () => (await storedBoards(page)).length).toBe(2);
  await page.getByRole('button', { name: 'Back to your boards' }).click();
  await page.screenshot({ path: 'test-results/screens/library-en.png' });
});

test('versions: a named version is listed, previewed and restored', async ({ page }) => {
  await page.goto('./?lang=en');
  await savedState(page);
  await page.getByRole('button', { name: 'Versions' }).click();
  await page.getByRole('textbox', { name: 'Save a named version' }).fill('before the workshop');
  await page.getByRole('button', { name: 'Save a named version' }).click();
  const item = page.locator('.oc-versions__list li').filter({ hasText: 'before the workshop' });
  await expect(item).toBeVisible();

  const original = (await storedBoards(page))[0].board.nodes.find((n) => n.id === topLevel.id)!.position;
  await dragNode(page, topLevel.id, 150, 0);
  await savedState(page);
  expect((await storedBoards(page))[0].board.nodes.find((n) => n.id === topLevel.id)!.position).not.toEqual(original);

  // A press on the board closes the panel, as it closes every panel (issue 21): open it again.
  await expect(item).toHaveCount(0);
  await page.getByRole('button', { name: 'Versions' }).click();
  await item.getByRole('button', { name: 'Preview' }).click();
  await expect(page.locator('.oc-versions__preview img')).toBeVisible();
  await item.getByRole('button', { name: 'Restore this version' }).click();
  await expect(page.locator('[data-notice="restored"]')).toBeVisible();
  // The restore snapshotted the board first, and the restored board is what gets saved.
  await expect(page.locator('.oc-versions__list li[data-version-reason="beforeRestore"]')).toHaveCount(1);
  await expect.poll(async () => (await storedBoards(page))[0].board.nodes.find((n) => n.id === topLevel.id)!.position).toEqual(original);
  await page.screenshot({ path: 'test-results/screens/versions-en.png' });
});

test('auto-layout keeps a version of the board from before it, which restores the old positions', async ({ page }) => {
  await page.goto('./?lang=en');
  await savedState(page);
  const before = (await storedBoards(page))[0].board.nodes.find((n) => n.id === topLevel.id)!.position;
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Shift+L');
  await expect.poll(async () => (await storedBoards(page))[0].board.nodes.find((n) => n.id === topLevel.id)!.position).not.toEqual(before);
  await page.getByRole('button', { name: 'Versions' }).click();
  const item = page.locator('.oc-versions__list li[data-version-reason="beforeLayout"]');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Before a layout');
  await item.getByRole('button', { name: 'Restore this version' }).click();
  await expect.poll(async () => (await storedBoards(page))[0].board.nodes.find((n) => n.id === topLevel.id)!.position).toEqual(before);
});

test('dropping a bad file refuses it with the place named; a good one becomes a new board', async ({ page }) => {
  await page.goto('./?lang=en');
  await savedState(page);
  const before = await storedBoards(page);
  await dropFile(page, 'dangling-edge.orgcanvas', readFileSync(join(FIXTURES, 'bad/dangling-edge.orgcanvas'), 'utf8'));
  const refused = page.locator('[data-notice="refused"]');
  await expect(refused).toContainText('dangling-edge.orgcanvas');
  await expect(refused).toContainText('edges[0].target');
  expect(await storedBoards(page)).toEqual(before);
  await expect(page.locator('.react-flow__node')).toHaveCount(demo.nodes.length);
  await page.screenshot({ path: 'test-results/screens/refused-en.png' });

  await dropFile(page, 'Acme.orgcanvas', readFileSync(join(FIXTURES, 'formats/v1.orgcanvas'), 'utf8'));
  await expect(page.locator('[data-notice="opened"]')).toContainText('Acme.orgcanvas');
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect(page.locator('.oc-storage-bar__name')).toContainText('Acme');
  await expect.poll(async () => (await storedBoards(page)).map((r) => r.name).sort()).toEqual(['Acme', 'Demo board']);
});

test('Dutch: library, storage bar and a refused file read in Dutch', async ({ page }) => {
  await page.goto('./?lang=nl');
  await expect(page.locator('[data-save-state="saved"]')).toContainText('Opgeslagen');
  await dropFile(page, 'kapot.orgcanvas', readFileSync(join(FIXTURES, 'bad/future-version.orgcanvas'), 'utf8'));
  await expect(page.locator('[data-notice="refused"]')).toContainText('kan niet worden geopend');
  await page.screenshot({ path: 'test-results/screens/storage-board-nl.png' });
  await page.getByRole('button', { name: 'Versies' }).click();
  await expect(page.getByRole('heading', { name: 'Versies' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/versions-nl.png' });
  await page.getByRole('button', { name: '← Borden' }).click();
  await expect(page.getByRole('heading', { name: 'Je borden' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nieuw leeg bord' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/library-nl.png' });
});
