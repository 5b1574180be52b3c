/**
 * The consultant's change plan in the app (issue 24, points 2 and 3): a board with the demo
 * as the as-is and a to-be where three things changed (a role moved and renamed, a RACI
 * letter moved, a mandate given). The compare view shows both diagrams side by side and the
 * differences marked (the moved role once), the change list, the RACI change list and the
 * hint diff; "changed only" fades the rest; Export CSV downloads the change list; the report
 * PDF ends with the change plan, read back page by page. English and Dutch at 1280×720.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { demoBoard } from '../../shared/boards/demo';
import { scenarioPair, RENAMED } from '../fixtures/scenarioPair';
import { openBoard, type Lang } from './editingHelpers';
import { downloadOf, EXPORT_TEXT, previewSvg, SCREENS } from './exportHelpers';

const TEXT = {
  en: {
    command: /^Compare scenarios…/, search: 'compare', title: 'Compare scenarios', sideBySide: 'Side by side', differences: 'Differences', changedOnly: 'Changed only', csv: 'Export CSV',
    marks: ['Moved 1', 'Changed 1', 'RACI changed 1'], before: 'Before: As-is', after: 'After: To-be',
    changes: ['“Content editor”: was “Content creator”; moves from Marketing to Communications', '“Webcare coordinator”: gets a mandate'],
    raci: "Monthly report: A moves from Marketing's social media strategist to Management's managing director",
    hints: ['Resolved (0)', 'Still there (4)', 'New (0)'],
    csvRows: [/^Roles,moved,r-content,Role,Content editor,/m, /^Roles,changed,r-wcc,Role,Webcare coordinator,/m],
    oneScenario: 'This board has one scenario.',
    planTitle: 'Change plan: from As-is to To-be',
  },
  nl: {
    command: /^Scenario’s vergelijken…/, search: 'vergelijk', title: 'Scenario’s vergelijken', sideBySide: 'Naast elkaar', differences: 'Verschillen', changedOnly: 'Alleen wat verandert', csv: 'CSV exporteren',
    marks: ['Verplaatst 1', 'Gewijzigd 1', 'RACI gewijzigd 1'], before: 'Voor: Nu', after: 'Na: Straks',
    changes: ['“Contentredacteur”: heette “Contentmaker”; gaat van Marketing naar Communicatie', '“Coördinator webcare”: krijgt mandaat'],
    raci: 'Maandrapportage: A gaat van social media strateeg bij Marketing naar algemeen directeur bij Directie',
    hints: ['Opgelost (0)', 'Blijft staan (4)', 'Nieuw (0)'],
    csvRows: [/^Rollen;verplaatst;r-content;Rol;Contentredacteur;/m, /^Rollen;gewijzigd;r-wcc;Rol;Coördinator webcare;/m],
    oneScenario: 'Dit bord heeft één scenario.',
    planTitle: 'Veranderplan: van Nu naar Straks',
  },
} as const;

test.use({ viewport: { width: 1280, height: 720 } });

async function openCompare(page: Page, lang: Lang): Promise<Locator> {
  await page.keyboard.press('Control+k');
  await page.getByPlaceholder(EXPORT_TEXT[lang].palette).fill(TEXT[lang].search);
  await expect(page.getByRole('option', { name: TEXT[lang].command })).toBeVisible();
  await page.keyboard.press('Enter');
  const view = page.getByRole('dialog', { name: TEXT[lang].title, exact: true });
  await expect(view).toBeVisible();
  return view;
}

/** The groups of a diagram's SVG, as the browser's XML parser reads them. */
function svgGroups(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const groups = (role: string) => [...doc.querySelectorAll(`g.${role}`)].map((g) => ({ id: g.getAttribute('data-id')!, kind: g.getAttribute('data-kind') ?? '', opacity: g.getAttribute('opacity'), text: g.textContent ?? '' }));
    return { nodes: groups('node'), marks: groups('mark') };
  }, svg);
}

async function loaded(img: Locator) {
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
}

/** Nothing in the dialog cut off: it fits the window, and no text overflows its box. */
async function expectReadable(page: Page, view: Locator) {
  const box = (await view.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  const overflow = await view.evaluate((d) =>
    [...d.querySelectorAll('h2, h3, h4, label, button, figcaption, li')].filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'auto').map((e) => e.textContent),
  );
  expect(overflow).toEqual([]);
  // Every button is inside the dialog's box, not pushed below the window.
  for (const button of await view.getByRole('button').all()) {
    const b = (await button.boundingBox())!;
    expect(b.y + b.height).toBeLessThanOrEqual(box.y + box.height + 0.5);
  }
}

for (const lang of ['en', 'nl'] as const) {
  const T = TEXT[lang];

  test(`the compare view shows both scenarios, the changes marked, the lists and the CSV (${lang})`, async ({ page }) => {
    await openBoard(page, lang, scenarioPair(lang));
    const view = await openCompare(page, lang);

    // The differences: the after diagram with each changed box marked once, by its type.
    const diagram = view.getByTestId('compare-diagram-differences');
    await loaded(diagram);
    const diff = await svgGroups(page, await previewSvg(diagram));
    expect(diff.marks.map((m) => `${m.id}:${m.kind}`).sort()).toEqual(['k-report:raci', 'r-content:moved', 'r-wcc:changed']);
    expect(diff.nodes.filter((n) => n.id === 'r-content')).toHaveLength(1);
    expect(diff.nodes.every((n) => n.opacity === null)).toBe(true);
    await expect(view.getByTestId('compare-legend').locator('li')).toHaveText([...T.marks]);

    // The lists, in shared/changePlan's words.
    await expect(view.getByTestId('compare-changes').locator('li')).toHaveText([...T.changes]);
    await expect(view.getByTestId('compare-changes').locator('li[data-id="r-content"]')).toHaveAttribute('data-type', 'moved');
    await expect(view.getByTestId('compare-raci').locator('li')).toHaveText([T.raci]);
    await expect(view.getByTestId('compare-hints').locator('h4')).toHaveText([...T.hints]);
    await expect(view.getByTestId('compare-hints').locator('li')).toHaveCount(4);
    // The lists scroll inside the dialog rather than push it off the window.
    const lists = view.locator('.oc-compare__lists');
    expect(await lists.evaluate((e) => getComputedStyle(e).overflowY)).toBe('auto');
    await expectReadable(page, view);
    await page.screenshot({ path: `${SCREENS}/compare-${lang}.png` });
    if (lang === 'en') await page.screenshot({ path: 'docs/compare.png' });

    // "Changed only": every unchanged box faded, the three changed ones not.
    await view.getByTestId('compare-changed-only').check();
    await expect.poll(async () => (await svgGroups(page, await previewSvg(diagram))).nodes.filter((n) => n.opacity !== null).length).toBeGreaterThan(0);
    const faded = (await svgGroups(page, await previewSvg(diagram))).nodes;
    for (const node of faded) {
      if (['r-content', 'r-wcc', 'k-report'].includes(node.id)) expect(node.opacity, node.id).toBeNull();
      else expect(Number(node.opacity), node.id).toBeCloseTo(0.2, 5);
    }
    await page.screenshot({ path: `${SCREENS}/compare-changed-only-${lang}.png` });

    // Side by side: both diagrams, the before left of the after, each the whole design.
    await view.getByText(T.sideBySide, { exact: true }).click();
    const left = view.getByTestId('compare-diagram-before');
    const right = view.getByTestId('compare-diagram-after');
    await loaded(left);
    await loaded(right);
    const [a, b] = [(await left.boundingBox())!, (await right.boundingBox())!];
    expect(a.x + a.width).toBeLessThanOrEqual(b.x);
    expect(Math.abs(a.y - b.y)).toBeLessThan(2);
    expect(a.width).toBeGreaterThan(400);
    await expect(view.getByText(T.before, { exact: true })).toBeVisible();
    await expect(view.getByText(T.after, { exact: true })).toBeVisible();
    const before = await svgGroups(page, await previewSvg(left));
    const after = await svgGroups(page, await previewSvg(right));
    const asIs = demoBoard(lang);
    expect(before.nodes.find((n) => n.id === 'r-content')!.text).toContain(asIs.nodes.find((n) => n.id === 'r-content')!.label);
    expect(after.nodes.find((n) => n.id === 'r-content')!.text).toContain(RENAMED[lang]);
    expect(before.marks).toEqual([]);
    await expectReadable(page, view);
    await page.screenshot({ path: `${SCREENS}/compare-side-by-side-${lang}.png` });

    // Export CSV: the change list, one row per change.
    const csv = await downloadOf(page, view.getByRole('button', { name: T.csv, exact: true }));
    expect(csv.name).toMatch(/-changes\.csv$/);
    const text = csv.bytes.toString('utf8').replace(/^\uFEFF/, '');
    expect(text.trim().split('\r\n')).toHaveLength(3);
    for (const row of T.csvRows) expect(text).toMatch(row);

    await page.keyboard.press('Escape');
    await expect(view).toHaveCount(0);
  });

  test(`the report PDF ends with the change plan, every page inked (${lang})`, async ({ page }) => {
    await openBoard(page, lang, scenarioPair(lang));
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: EXPORT_TEXT[lang].title, exact: true });
    await dialog.getByRole('radio', { name: EXPORT_TEXT[lang].report, exact: true }).check();
    await expect(dialog.getByTestId('report-change-plan-from')).toHaveValue('scenario-1');
    await expect(dialog.getByTestId('report-change-plan-to')).toHaveValue('scenario-2');
    await dialog.getByTestId('report-change-plan').scrollIntoViewIfNeeded();
    await dialog.screenshot({ path: `${SCREENS}/compare-report-options-${lang}.png` });
    const file = await downloadOf(page, dialog.getByRole('button', { name: EXPORT_TEXT[lang].save }));
    const dir = mkdtempSync(join(tmpdir(), 'oc-plan-'));
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, file.bytes);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
    expect(pages).toBeGreaterThanOrEqual(7);
    // Every page rendered: each has ink (a blank page would be all white).
    execFileSync('pdftoppm', ['-png', '-r', '30', pdf, join(dir, 'page')]);
    const images = readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
    expect(images).toHaveLength(pages);
    for (const image of images) {
      const png = PNG.sync.read(readFileSync(join(dir, image)));
      let ink = 0;
      for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 600) ink++;
      expect(ink / (png.width * png.height), image).toBeGreaterThan(0.005);
    }
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(pages), '-l', String(pages), pdf, `${SCREENS}/compare-report-last-page-${lang}`]);
    const pageText = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-']).toString().replace(/\s+/g, ' ');
    // The two diagram pages, then the plan in words.
    const planPages = Array.from({ length: pages }, (_, i) => pageText(i + 1)).map((text, i) => ({ text, page: i + 1 })).filter((p) => p.text.includes(T.planTitle));
    expect(planPages.length).toBeGreaterThanOrEqual(3);
    expect(planPages[0]!.text).toContain(T.before);
    expect(planPages[1]!.text).toContain(T.after);
    expect(planPages[1]!.text).toContain(RENAMED[lang]);
    const words = planPages.slice(2).map((p) => p.text).join(' ') + Array.from({ length: pages - planPages[2]!.page }, (_, i) => pageText(planPages[2]!.page + 1 + i)).join(' ');
    for (const line of [...T.changes, T.raci, ...T.hints]) expect(words, line).toContain(line);
    await expect(dialog).toBeVisible();
  });
}

test('a board with one scenario: the compare view says how to get a second, and a press outside closes it', async ({ page }) => {
  await openBoard(page, 'nl', demoBoard('nl'));
  const view = await openCompare(page, 'nl');
  await expect(view).toContainText(TEXT.nl.oneScenario);
  await expect(view.getByRole('combobox')).toHaveCount(0);
  await page.mouse.click(4, 710);
  await expect(view).toHaveCount(0);
});

test('readable on a 1920×1080 screen too: everything inside the window, nothing cut', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openBoard(page, 'en', scenarioPair('en'));
  const view = await openCompare(page, 'en');
  await loaded(view.getByTestId('compare-diagram-differences'));
  await expectReadable(page, view);
  const diagram = (await view.getByTestId('compare-diagram-differences').boundingBox())!;
  expect(diagram.width).toBeGreaterThan(900);
  expect(diagram.height).toBeGreaterThan(700);
  await page.screenshot({ path: `${SCREENS}/compare-1920-en.png` });
  // No serious accessibility finding in the window (axe), in either view.
  const findings = async () =>
    (await new AxeBuilder({ page }).include('.oc-compare').analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(await findings()).toEqual([]);
  await view.getByText(TEXT.en.sideBySide, { exact: true }).click();
  await loaded(view.getByTestId('compare-diagram-after'));
  await expectReadable(page, view);
  expect(await findings()).toEqual([]);

  // The other way round: from the to-be back to the as-is, the role moves back under its old name.
  await view.getByText(TEXT.en.differences, { exact: true }).click();
  await view.getByTestId('compare-before').selectOption('scenario-2');
  await view.getByTestId('compare-after').focus();
  await view.getByTestId('compare-after').selectOption('scenario-1');
  // The select keeps the focus (the window is not rebuilt under the keyboard user).
  await expect(view.getByTestId('compare-after')).toBeFocused();
  await expect(view.getByTestId('compare-changes').locator('li[data-id="r-content"]')).toHaveText('“Content creator”: was “Content editor”; moves from Communications to Marketing');
  // One scenario on both sides: said, and nothing changes.
  await view.getByTestId('compare-before').selectOption('scenario-1');
  await expect(view).toContainText('Both sides show the same scenario');
  await expect(view.getByTestId('compare-changes')).toContainText('No department, role, team, task, objective or external party changes.');
  await expect(view.getByRole('button', { name: TEXT.en.csv })).toBeDisabled();
});
