/**
 * Damaged rows in the library (issue 23). Before: a row whose `updatedAt` was a string or
 * whose `name` was an object blanked the app every time "← Boards" was pressed, a row
 * without `trashedAt` was in neither the library nor the trash, and a board whose stored
 * text was damaged said "This board is no longer in the library". The rows are written
 * straight into IndexedDB, as a bug, an extension or a half-restored profile might leave them.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { storedBoards } from './storageHelpers';

/** Puts rows into `boards` and text parts into `texts`, bypassing the app. */
async function putRaw(page: Page, rows: object[], texts: { owner: string; part: number; text: string }[]): Promise<void> {
  await page.evaluate(
    ({ rows, texts }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('orgcanvas');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['boards', 'texts'], 'readwrite');
          for (const row of rows) tx.objectStore('boards').put(row);
          for (const text of texts) tx.objectStore('texts').put(text);
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    { rows, texts },
  );
}

const good = (id: string, name: string) => ({ id, name, createdAt: 1, updatedAt: 2, revision: 1, thumbnail: '<svg xmlns="http://www.w3.org/2000/svg"/>', trashedAt: -1, organisation: 'Acme' });

async function openApp(page: Page, lang: 'en' | 'nl') {
  await page.goto(`./?lang=${lang}`);
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  return (await storedBoards(page))[0]!;
}

test('damaged rows are listed apart, with export and remove; the other boards open as usual', async ({ page }) => {
  const demo = await openApp(page, 'en');
  const text = JSON.stringify(demo.board);
  const { name: _name, ...nameless } = good('b-badname', '');
  const { trashedAt: _trashed, ...untrashed } = good('b-notrash', 'No trash field');
  await putRaw(
    page,
    [{ ...good('b-badtime', 'Bad time'), updatedAt: 'yesterday' }, { ...nameless, name: { first: 'Acme' } }, untrashed, good('b-fine', 'Fine board')],
    ['b-badtime', 'b-badname', 'b-notrash', 'b-fine'].map((id) => ({ owner: `board:${id}`, part: 0, text })),
  );

  await page.getByRole('button', { name: '← Boards' }).click();
  await expect(page.getByRole('heading', { name: 'Your boards' })).toBeVisible();
  const cards = page.locator('.oc-board-card');
  await expect(cards).toHaveCount(2);
  await expect(cards.filter({ hasText: 'Fine board' })).toBeVisible();
  const damaged = page.locator('.oc-damaged');
  await expect(damaged.getByRole('heading')).toHaveText('3 damaged entries in the library');
  await expect(damaged.locator('[data-damaged-key="b-badtime"]')).toContainText('Damaged field: updatedAt');
  await expect(damaged.locator('[data-damaged-key="b-badname"]')).toContainText('Damaged field: name');
  await expect(damaged.locator('[data-damaged-key="b-notrash"]')).toContainText('Damaged field: trashedAt');
  await page.screenshot({ path: 'test-results/screens/damaged-rows-en.png', fullPage: true });

  // Export raw data: the row exactly as stored, and its text.
  const download = page.waitForEvent('download');
  await damaged.locator('[data-damaged-key="b-badtime"]').getByRole('button', { name: 'Export raw data' }).click();
  const raw = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
  expect(raw.row).toMatchObject({ id: 'b-badtime', updatedAt: 'yesterday' });
  expect(JSON.parse(raw.text.join(''))).toEqual(demo.board);

  // Remove asks again in place, then the row and its text are gone; the rest stays.
  const row = damaged.locator('[data-damaged-key="b-badname"]');
  await row.getByRole('button', { name: 'Remove' }).click();
  await row.getByRole('button', { name: 'Remove for good' }).click();
  await expect(damaged.getByRole('heading')).toHaveText('2 damaged entries in the library');
  expect((await storedBoards(page)).map((r) => r.id).sort()).toEqual(['b-badtime', 'b-fine', 'b-notrash', demo.id].sort());

  // The good board opens, and going back to the library works again and again.
  await cards.filter({ hasText: 'Fine board' }).getByRole('button', { name: 'Open' }).click();
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  await page.getByRole('button', { name: '← Boards' }).click();
  await expect(page.locator('.oc-damaged')).toBeVisible();
  await page.getByRole('button', { name: /^Trash/ }).click();
  await expect(page.getByRole('heading', { name: 'Trash' })).toBeVisible();
});

for (const lang of ['en', 'nl'] as const) {
  test(`a board whose stored text is damaged says so and offers its raw data (${lang})`, async ({ page }) => {
    await openApp(page, lang);
    await putRaw(page, [good('b-broken', 'Broken text')], [{ owner: 'board:b-broken', part: 0, text: '{"format":"orgcanvas","version":1,"nodes":[' }]);
    await page.getByRole('button', { name: lang === 'en' ? '← Boards' : '← Borden' }).click();
    await page.locator('.oc-board-card', { hasText: 'Broken text' }).getByRole('button', { name: lang === 'en' ? 'Open' : 'Openen' }).click();
    const notice = page.locator('[data-notice="unreadableBoard"]');
    await expect(notice).toContainText(lang === 'en' ? 'The board “Broken text” could not be read' : 'Het bord ‘Broken text’ kon niet gelezen worden');
    await expect(notice).toContainText(lang === 'en' ? 'the text is cut off or is not JSON' : 'de tekst is afgebroken of geen JSON');
    await expect(notice).not.toContainText(lang === 'en' ? 'no longer in the library' : 'staat niet meer in de bibliotheek');
    await page.screenshot({ path: `test-results/screens/unreadable-board-${lang}.png` });
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: lang === 'en' ? 'Export raw data' : 'Ruwe gegevens exporteren' }).click();
    const raw = JSON.parse(await readFile((await (await download).path())!, 'utf8'));
    expect(raw.text).toEqual(['{"format":"orgcanvas","version":1,"nodes":[']);
    // Nothing was deleted.
    expect((await storedBoards(page)).some((r) => r.id === 'b-broken')).toBe(true);
  });
}
