/**
 * Accessible (issue 21, point 8), at 1280×720 in English and Dutch: axe-core finds no
 * serious or critical violation, and none of the landmark and heading rules, in the editor,
 * presentation, the library, the export dialog, the versions panel and the RACI window; a
 * skip link takes Tab from the top of the page to the canvas in at most five presses.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demoBoard } from '../../shared/boards/demo';

const demo = demoBoard();
test.use({ viewport: { width: 1280, height: 720 } });

/** The moderate findings about landmarks and headings, held to zero like the serious ones. */
const STRUCTURE_RULES = [
  'region',
  'landmark-one-main',
  'landmark-unique',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-main',
  'landmark-no-duplicate-contentinfo',
  'landmark-main-is-top-level',
  'landmark-banner-is-top-level',
  'landmark-complementary-is-top-level',
  'page-has-heading-one',
  'heading-order',
  'empty-heading',
];

async function findings(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || STRUCTURE_RULES.includes(v.id))
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(', ')}`);
}

/** Press a bar's button, through the bar's "⋯" menu when the window is too narrow for it. */
async function chooseOnBar(page: Page, bar: string, name: string) {
  const button = page.getByTestId(bar).getByRole('button', { name, exact: true });
  if (await button.isVisible()) {
    const clicked = await button.click({ timeout: 2000 }).then(
      () => true,
      () => false,
    );
    if (clicked) return;
  }
  await page.getByTestId(bar).locator('[data-overflow-more]').click();
  await page.getByRole('menu').getByRole('menuitemcheckbox', { name, exact: true }).click();
}

async function openDemo(page: Page, lang: 'en' | 'nl') {
  await page.goto(`./?lang=${lang}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(demo.nodes.length);
  // The workshop bar is in (at 1280 px its model chip waits in the bar's "⋯" menu).
  await expect(page.getByTestId('open-model')).toHaveCount(1);
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
}

const WORDS = {
  en: { skip: 'Skip to the board', versions: 'Versions', boards: '← Boards' },
  nl: { skip: 'Direct naar het bord', versions: 'Versies', boards: '← Borden' },
} as const;

for (const lang of ['en', 'nl'] as const) {
  const T = WORDS[lang];

  // axe takes 10–20 s a scan on a shared 2-core host: one view per test, with room.
  const views: [string, (page: Page) => Promise<void>][] = [
    ['editor', async () => undefined],
    [
      'versions panel',
      async (page) => {
        await chooseOnBar(page, 'storage-actions', T.versions);
        await expect(page.locator('.oc-versions')).toBeVisible();
      },
    ],
    [
      'export dialog',
      async (page) => {
        await page.keyboard.press('Control+e');
        await expect(page.locator('.oc-export')).toBeVisible();
        await expect(page.getByTestId('export-pixels')).toBeVisible();
      },
    ],
    [
      'RACI window',
      async (page) => {
        await page.keyboard.press('Control+Shift+r');
        await expect(page.locator('.oc-raci-view')).toBeVisible();
      },
    ],
    [
      'presentation',
      async (page) => {
        await page.keyboard.press('F5');
        await expect(page.locator('html')).toHaveClass(/oc-presenting/);
        await expect(page.getByTestId('tour-caption')).toBeVisible();
      },
    ],
    [
      'library',
      async (page) => {
        await page.getByRole('button', { name: T.boards }).click();
        await expect(page.locator('.oc-board-card')).toHaveCount(1);
      },
    ],
  ];
  for (const [view, open] of views) {
    test(`axe: no serious, critical, landmark or heading findings in the ${view} (${lang})`, async ({ page }) => {
      test.setTimeout(120_000);
      await openDemo(page, lang);
      await open(page);
      expect(await findings(page)).toEqual([]);
    });
  }

  test(`a skip link takes Tab from the top to the canvas in at most five presses (${lang})`, async ({ page }) => {
    await openDemo(page, lang);
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let presses = 0;
    const skip = page.getByRole('link', { name: T.skip });
    while (presses < 5 && !(await skip.evaluate((a) => a === document.activeElement))) {
      await page.keyboard.press('Tab');
      presses++;
    }
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.screenshot({ path: `test-results/screens/skip-link-${lang}.png` });
    await page.keyboard.press('Enter');
    presses++;
    expect(presses).toBeLessThanOrEqual(5);
    await expect(page.locator('#oc-canvas')).toBeFocused();
    // The next Tab is on the board: its first node.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.react-flow__node')))).toBe(true);
  });
}
