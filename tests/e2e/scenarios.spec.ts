/**
 * Scenarios as a consultant uses them (issue 24, point 1), in English and Dutch at 1280×720:
 * the strip along the canvas's foot, + makes a to-be as a copy of the board on screen, a
 * click or ] / [ switches, an edit stays in its own scenario, rename and delete go through
 * the app's own dialogs, Ctrl+Z takes a step back, autosave keeps every scenario over a
 * reload, and while presenting the bar's buttons and the keys 1 and 2 show each in turn.
 * Then the consultant's whole path: a to-be made from the demo by hand, three changes, the
 * compare view, its CSV, and the report's change plan read back page by page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { demoBoard } from '../../shared/boards/demo';
import type { Board } from '../../shared/model/board';
import { scenarioList } from '../../shared/model/scenarios';
import { downloadOf, EXPORT_TEXT } from './exportHelpers';
import { storedBoards } from './storageHelpers';

const TEXT = {
  en: { strip: 'Scenarios', asIs: 'As-is', toBe: 'To-be', add: 'New scenario', rename: 'Rename scenario', remove: 'Delete scenario', renamed: 'Hub model', present: 'Present' },
  nl: { strip: 'Scenario’s', asIs: 'Nu', toBe: 'Straks', add: 'Nieuw scenario', rename: 'Scenario hernoemen', remove: 'Scenario verwijderen', renamed: 'Hubmodel', present: 'Presenteren' },
} as const;

const NOTE = 'n-tiktok';

const saved = (page: Page) => expect(page.locator('[data-save-state="saved"]')).toBeVisible();
const tab = (page: Page, name: string) => page.getByTestId('scenario-tabs').getByRole('button', { name, exact: true });
const nodeEl = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

for (const lang of ['en', 'nl'] as const) {
  test(`a to-be scenario beside the as-is: add, edit, switch, rename, delete, undo, reload, present (${lang})`, async ({ page }) => {
    const T = TEXT[lang];
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`./?lang=${lang}`);
    const demo = demoBoard(lang);
    await expect(page.locator('.react-flow__node')).toHaveCount(demo.nodes.length);
    await saved(page);

    // One scenario, named by its place; + copies it and shows the copy.
    const strip = page.getByTestId('scenario-tabs');
    await expect(strip).toBeVisible();
    await expect(tab(page, T.asIs)).toHaveAttribute('aria-current', 'true');
    await strip.getByRole('button', { name: T.add }).click();
    await expect(tab(page, T.toBe)).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('.react-flow__node')).toHaveCount(demo.nodes.length);

    // An edit in the to-be (the sticky note goes) stays there.
    await nodeEl(page, NOTE).click();
    await page.keyboard.press('Delete');
    await expect(nodeEl(page, NOTE)).toHaveCount(0);
    await tab(page, T.asIs).click();
    await expect(nodeEl(page, NOTE)).toHaveCount(1);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press(']');
    await expect(tab(page, T.toBe)).toHaveAttribute('aria-current', 'true');
    await expect(nodeEl(page, NOTE)).toHaveCount(0);

    // The strip sits on the canvas, beside the legend, and a fit keeps the board above it.
    const stripBox = (await strip.boundingBox())!;
    const legendBox = (await page.locator('.oc-legend').boundingBox())!;
    expect(stripBox.x).toBeGreaterThanOrEqual(legendBox.x + legendBox.width);
    expect(stripBox.y + stripBox.height).toBeLessThanOrEqual(720);
    await page.keyboard.press('Shift+1');
    await expect
      .poll(async () => {
        const boxes = await page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().bottom));
        return Math.max(...boxes);
      })
      .toBeLessThanOrEqual(stripBox.y + 1);
    await page.screenshot({ path: `test-results/screens/scenarios-${lang}.png` });

    // Rename through the app's own dialog.
    await strip.getByRole('button', { name: T.rename }).click();
    const dialog = page.getByRole('dialog', { name: T.rename });
    await dialog.getByRole('textbox').fill(T.renamed);
    await dialog.getByRole('textbox').press('Enter');
    await expect(tab(page, T.renamed)).toHaveAttribute('aria-current', 'true');

    // Delete asks first; Ctrl+Z brings the scenario back, with its design.
    await strip.getByRole('button', { name: T.remove }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: T.remove }).click();
    await expect(tab(page, T.renamed)).toHaveCount(0);
    await expect(nodeEl(page, NOTE)).toHaveCount(1);
    await page.keyboard.press('Control+z');
    await expect(tab(page, T.renamed)).toHaveAttribute('aria-current', 'true');
    await expect(nodeEl(page, NOTE)).toHaveCount(0);

    // Autosave keeps both over a reload: the stored row has them, the strip shows them.
    await saved(page);
    await expect
      .poll(async () => scenarioList((await storedBoards(page))[0]!.board as unknown as Board).map((s) => s.name))
      .toEqual(['', T.renamed]);
    await page.reload();
    await saved(page);
    await expect(tab(page, T.renamed)).toHaveAttribute('aria-current', 'true');
    await expect(nodeEl(page, NOTE)).toHaveCount(0);

    // Presenting: one click or one key per scenario.
    await page.keyboard.press('F5');
    const bar = page.getByTestId('presentation').getByRole('group', { name: T.strip });
    await expect(bar).toBeVisible();
    await page.keyboard.press('1');
    await expect(bar.getByRole('button', { name: T.asIs })).toHaveAttribute('aria-current', 'true');
    await expect(nodeEl(page, NOTE)).toHaveCount(1);
    await bar.getByRole('button', { name: T.renamed }).click();
    await expect(nodeEl(page, NOTE)).toHaveCount(0);
    await page.keyboard.press('1');
    await expect(nodeEl(page, NOTE)).toHaveCount(1);
    await page.screenshot({ path: `test-results/screens/scenarios-presenting-${lang}.png` });
  });
}

const PLAN = {
  en: {
    renamed: 'Content editor', was: 'was “Content creator”', removed: 'removed', task: 'Social selling', agency: 'Zuid Content Agency',
    compare: /^Compare scenarios…/, search: 'compare', title: 'Compare scenarios', palette: 'Type a command',
    csv: 'Export CSV', csvRows: [/^Roles,renamed,r-content,/m, /^Tasks,removed,k-sell,/m, /^External parties,removed,x-agency,/m],
    planTitle: 'Change plan: from As-is to To-be',
  },
  nl: {
    renamed: 'Contentredacteur', was: 'heette “Contentmaker”', removed: 'vervalt', task: 'Social selling', agency: 'Contentbureau Zuid',
    compare: /^Scenario’s vergelijken…/, search: 'vergelijk', title: 'Scenario’s vergelijken', palette: 'Typ een opdracht',
    csv: 'CSV exporteren', csvRows: [/^Rollen;hernoemd;r-content;/m, /^Taken;vervalt;k-sell;/m, /^Externe partijen;vervalt;x-agency;/m],
    planTitle: 'Veranderplan: van Nu naar Straks',
  },
} as const;

for (const lang of ['en', 'nl'] as const) {
  test(`a to-be made from the demo with three changes: the compare view, its CSV and the report read back page by page (${lang})`, async ({ page }) => {
    const T = TEXT[lang];
    const P = PLAN[lang];
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`./?lang=${lang}`);
    await expect(page.locator('.react-flow__node')).toHaveCount(demoBoard(lang).nodes.length);
    await page.getByTestId('scenario-tabs').getByRole('button', { name: T.add }).click();
    await expect(tab(page, T.toBe)).toHaveAttribute('aria-current', 'true');

    // Three changes, by hand: a role renamed (F2), a task and the agency deleted.
    await nodeEl(page, 'r-content').click();
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(P.renamed);
    await page.keyboard.press('Enter');
    await expect(nodeEl(page, 'r-content')).toContainText(P.renamed);
    for (const id of ['k-sell', 'x-agency']) {
      await nodeEl(page, id).click();
      await page.keyboard.press('Delete');
      await expect(nodeEl(page, id)).toHaveCount(0);
    }

    // The compare view: the as-is before, the to-be after, the three changes listed once each.
    await page.keyboard.press('Control+k');
    await page.getByPlaceholder(P.palette).fill(P.search);
    await expect(page.getByRole('option', { name: P.compare })).toBeVisible();
    await page.keyboard.press('Enter');
    const view = page.getByRole('dialog', { name: P.title, exact: true });
    await expect(view).toBeVisible();
    const text = (await view.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(`“${P.renamed}”: ${P.was}`);
    expect(text).toContain(`“${P.task}”: ${P.removed}`);
    expect(text).toContain(`“${P.agency}”: ${P.removed}`);
    expect(text.split(`“${P.renamed}”`).length - 1).toBe(1);
    await page.screenshot({ path: `test-results/screens/scenarios-compare-${lang}.png` });

    // The change list as CSV: one row per change.
    const csv = (await downloadOf(page, view.getByRole('button', { name: P.csv, exact: true }))).bytes.toString('utf8');
    for (const row of P.csvRows) expect(csv).toMatch(row);
    await page.keyboard.press('Escape');
    await expect(view).toHaveCount(0);

    // The report ends with the change plan from the as-is to the to-be; every page is read
    // back rendered (ink on each) and as text.
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: EXPORT_TEXT[lang].title, exact: true });
    await dialog.getByRole('radio', { name: EXPORT_TEXT[lang].report, exact: true }).check();
    await expect(dialog.getByTestId('report-change-plan-from')).toHaveValue('scenario-1');
    await expect(dialog.getByTestId('report-change-plan-to')).toHaveValue('scenario-2');
    const report = await downloadOf(page, dialog.getByRole('button', { name: EXPORT_TEXT[lang].save }));
    const dir = mkdtempSync(join(tmpdir(), 'oc-scenarios-'));
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, report.bytes);
    execFileSync('pdftoppm', ['-png', '-r', '30', pdf, join(dir, 'page')]);
    const images = readdirSync(dir).filter((f) => f.endsWith('.png'));
    expect(images.length).toBeGreaterThanOrEqual(7);
    for (const image of images) {
      const png = PNG.sync.read(readFileSync(join(dir, image)));
      let ink = 0;
      for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 600) ink++;
      expect(ink / (png.width * png.height), image).toBeGreaterThan(0.005);
    }
    const words = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
    expect(words).toContain(P.planTitle);
    for (const line of [`“${P.renamed}”: ${P.was}`, `“${P.task}”: ${P.removed}`, `“${P.agency}”: ${P.removed}`]) expect(words, line).toContain(line);
  });
}
