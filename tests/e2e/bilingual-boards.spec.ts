/**
 * Both languages all the way (issue 21, point 6), at 1280×720, 1366×768 and 1920×1080, in
 * English and in Dutch:
 * - a first start opens the demo board written in the interface's language;
 * - a template created from the workshop bar, and a demo created on the start screen, are
 *   written in the language the interface has at that moment;
 * - switching the language afterwards leaves an existing board's words as they are, also
 *   after a reload;
 * - inside every node of the demo and of each template, at zoom 0.5, 1 and 2, no two text
 *   elements draw over each other (nor a department's words over its roles), and every text
 *   that is cut shows it (an ellipsis, or a line clamp that decides the cut) with its full
 *   text in its tooltip and, for a title, in the node's accessible name.
 * All by geometry and the DOM (tests/e2e/nodeTextHelpers.ts), not by eye.
 */
import { expect, test, type Page } from '@playwright/test';
import { demoBoard } from '../../shared/boards/demo';
import type { Board } from '../../shared/model/board';
import { TEMPLATE_IDS, templateBoard, type TemplateId } from '../../shared/templates';
import type { Lang } from './editingHelpers';
import { measureNodeTexts } from './nodeTextHelpers';

const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const LANGS: Lang[] = ['en', 'nl'];
const OTHER: Record<Lang, Lang> = { en: 'nl', nl: 'en' };
const UI = {
  en: { language: 'Language', templates: 'Templates', open: 'Open template', boards: '← Boards', newDemo: 'New board from the demo' },
  nl: { language: 'Taal', templates: 'Sjablonen', open: 'Sjabloon openen', boards: '← Borden', newDemo: 'Nieuw bord vanuit de demo' },
} as const;

/** Each node's accessible name (its label) as the canvas shows it, by node id. */
async function shownLabels(page: Page): Promise<Record<string, string>> {
  return page.locator('.react-flow__node').evaluateAll((nodes) => Object.fromEntries(nodes.map((n) => [n.getAttribute('data-id'), n.getAttribute('aria-label')])));
}

const labelsOf = (board: Board) => Object.fromEntries(board.nodes.map((n) => [n.id, n.label]));

async function expectBoardShown(page: Page, board: Board) {
  await expect(page.locator('.react-flow__node')).toHaveCount(board.nodes.length);
  await expect(page.locator('.oc-topbar')).toContainText(board.profile.name);
  expect(await shownLabels(page)).toEqual(labelsOf(board));
}

async function switchLanguage(page: Page, from: Lang, to: Lang) {
  await page.getByRole('combobox', { name: UI[from].language, exact: true }).selectOption(to);
  await expect(page.getByRole('combobox', { name: UI[to].language, exact: true })).toHaveValue(to);
}

for (const viewport of VIEWPORTS) {
  const size = `${viewport.width}×${viewport.height}`;
  test.describe(size, () => {
    test.use({ viewport });

    for (const lang of LANGS) {
      test(`${size} ${lang}: the first start's demo, a new template and a new demo are in the interface's language, and stay as they are when it changes`, async ({ page }) => {
        test.setTimeout(90_000);
        const other = OTHER[lang];
        // A first start (a fresh browser profile): the demo in the language of the interface.
        await page.goto(`./?lang=${lang}`);
        await expectBoardShown(page, demoBoard(lang));
        await expect(page.locator('[data-save-state="saved"]')).toBeVisible();

        // A template from the workshop bar: a new board, in this language.
        const id: TemplateId = 'traditional-midsize';
        await page.getByRole('button', { name: UI[lang].templates, exact: true }).click();
        await page.getByTestId('template-picker').locator(`[data-template="${id}"]`).getByRole('button', { name: UI[lang].open }).click();
        await expectBoardShown(page, templateBoard(id, lang));
        await expect(page.locator('[data-save-state="saved"]')).toBeVisible();

        // Switching the language translates the interface, not the board, now and after a reload.
        await switchLanguage(page, lang, other);
        await expectBoardShown(page, templateBoard(id, lang));
        await page.goto(`./?lang=${other}`);
        await expectBoardShown(page, templateBoard(id, lang));

        // A demo created now, on the start screen, is in the language the interface has now.
        await page.getByRole('button', { name: UI[other].boards }).click();
        await page.getByRole('button', { name: UI[other].newDemo, exact: true }).click();
        await expectBoardShown(page, demoBoard(other));
        // And the first demo kept its words: its card still names the organisation as created.
        await page.getByRole('button', { name: UI[other].boards }).click();
        await expect(page.locator('.oc-library')).toContainText(demoBoard(lang).profile.name);
        await expect(page.locator('.oc-library')).toContainText(demoBoard(other).profile.name);
      });
    }

    for (const lang of LANGS) {
      test(`${size} ${lang}: inside every node of the demo and each template, no text over other text at zoom 0.5, 1 and 2; a cut text shows an ellipsis, its full text in tooltip and name`, async ({ page }) => {
        test.setTimeout(180_000);
        // One page; each board is loaded through the app's store (the bench hook hands it over).
        await page.addInitScript(() => {
          (window as unknown as { __ORGCANVAS_BENCH__: unknown }).__ORGCANVAS_BENCH__ = {};
        });
        await page.goto(`./?lang=${lang}`);
        // The hook gets the store once the app has started, which can be after \`load\`.
        await page.waitForFunction(() => Boolean((window as unknown as { __ORGCANVAS_BENCH__: { store?: unknown } }).__ORGCANVAS_BENCH__.store));
        const boards: [string, Board][] = [['demo', demoBoard(lang)], ...TEMPLATE_IDS.map((id): [string, Board] => [id, templateBoard(id, lang)])];
        let cut = 0;
        for (const [name, board] of boards) {
          await page.evaluate((value) => (window as unknown as { __ORGCANVAS_BENCH__: { store: { getState(): { loadBoard(b: unknown): void } } } }).__ORGCANVAS_BENCH__.store.getState().loadBoard(value), board);
          await expect(page.locator('.oc-topbar')).toContainText(board.profile.name);
          await expect(page.locator('.react-flow__node')).toHaveCount(board.nodes.length);
          const childrenOf: Record<string, string[]> = {};
          for (const node of board.nodes) if (node.parentId) (childrenOf[node.parentId] ??= []).push(node.id);
          for (const zoom of [0.5, 1, 2]) {
            await zoomTo(page, zoom);
            const report = await measureNodeTexts(page, childrenOf);
            expect(report.elements, `${name}: text elements at ${zoom}`).toBeGreaterThanOrEqual(board.nodes.length * 2);
            expect(report.problems, `${name} at zoom ${zoom}`).toEqual([]);
            cut += report.cut;
          }
        }
        // Long labels are there to be cut: the check above looked at real cuts, not none.
        expect(cut).toBeGreaterThan(0);
        test.info().annotations.push({ type: 'cut texts', description: String(cut) });
      });
    }
  });
}

const zoomOf = (page: Page) => page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);

/**
 * Zoom 1 with the "100 %" shortcut, then a wheel turn with Ctrl held, which React Flow turns
 * into a zoom by 2^(−deltaY · 0.002): ±500 halves or doubles it.
 */
async function zoomTo(page: Page, zoom: number) {
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.click(box.x + 5, box.y + box.height - 5);
  await page.keyboard.press('Shift+0');
  await expect.poll(() => zoomOf(page)).toBeCloseTo(1, 2);
  if (zoom !== 1) {
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -500 * Math.log2(zoom));
    await page.keyboard.up('Control');
  }
  await expect.poll(() => zoomOf(page)).toBeCloseTo(zoom, 2);
}
