/**
 * Error boundaries (issue 23): a view that throws shows a translated message and a way back,
 * and the rest of the window keeps working; before, one failing view (the RACI matrix on a
 * node id `constructor`) blanked the whole window. The views are made to throw through the
 * test-only fault hook (chrome/ViewBoundary.tsx, FaultProbe), so each boundary is checked
 * whatever bug it will one day catch.
 */
import { expect, test, type Page } from '@playwright/test';

async function failing(page: Page, views: string[], lang: 'en' | 'nl') {
  await page.addInitScript((failViews) => {
    (window as { __ORGCANVAS_FAULT__?: object }).__ORGCANVAS_FAULT__ = { failViews };
  }, views);
  await page.goto(`./?lang=${lang}`);
}

for (const [part, text] of [
  ['hints', 'The hints panel ran into a problem and was closed'],
  ['inspector', 'The inspector ran into a problem and was closed'],
  ['palette', 'The palette ran into a problem and was closed'],
  ['workshop', 'The workshop tools ran into a problem and was closed'],
] as const) {
  test(`a failing ${part} view shows its message; the board and the rest still work`, async ({ page }) => {
    await failing(page, [part], 'en');
    await expect(page.locator(`[data-failed-view="${part}"]`)).toContainText(text);
    await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
    expect(await page.locator('.react-flow__node').count()).toBeGreaterThan(10);
    await expect(page.locator(`[data-failed-view="${part}"]`).getByRole('button', { name: 'Reload OrgCanvas' })).toBeVisible();
  });
}

test('a failing canvas says so in Dutch and leads back to the boards', async ({ page }) => {
  await failing(page, ['canvas'], 'nl');
  const failed = page.locator('[data-failed-view="canvas"]');
  await expect(failed).toContainText('Het bordcanvas liep vast en is gesloten');
  await expect(failed).toContainText('De rest van OrgCanvas werkt nog');
  await page.screenshot({ path: 'test-results/screens/failed-canvas-nl.png' });
  await failed.getByRole('button', { name: 'Terug naar de borden' }).click();
  await expect(page.getByRole('heading', { name: 'Je borden' })).toBeVisible();
});

test('a failing RACI window shows its message and closes; the editor goes on', async ({ page }) => {
  await failing(page, ['raci'], 'en');
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  await page.getByRole('button', { name: 'RACI matrix…' }).click();
  const failed = page.locator('[data-failed-view="raci"]');
  await expect(failed).toContainText('The RACI matrix ran into a problem and was closed');
  await page.screenshot({ path: 'test-results/screens/failed-raci-en.png' });
  await failed.getByRole('button', { name: 'Close' }).click();
  await expect(failed).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export…' })).toBeEnabled();
  expect(await page.locator('.react-flow__node').count()).toBeGreaterThan(10);
});

test('a failing versions panel and library say so; the library can be left for a board', async ({ page }) => {
  await failing(page, ['versions', 'library'], 'en');
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  await page.getByRole('button', { name: 'Versions' }).click();
  await expect(page.locator('[data-failed-view="versions"]')).toContainText('The versions panel ran into a problem');
  await page.getByRole('button', { name: '← Boards' }).click();
  await expect(page.locator('[data-failed-view="library"]')).toContainText('The library ran into a problem and was closed');
  // The title bar is outside the failed view and still answers.
  await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible();
});
