/**
 * The RACI view as a facilitator uses it: Ctrl+Shift+R (or the palette, or the button),
 * tasks × roles grouped by department, a cell edit that draws or removes the edge on the
 * canvas and undoes with Ctrl+Z, missing/duplicate A flagged with the hints' rule ids, and
 * the CSV download. Screenshots in both languages go to test-results/screens/.
 */
import { expect, test, type Page } from '@playwright/test';
import { demoBoard } from '../../shared/boards/demo';
import { board, nodeEl, openBoard, type Lang } from './editingHelpers';
import { downloadOf, EXPORT_TEXT, SCREENS } from './exportHelpers';

const demo = demoBoard();
const label = (id: string) => demo.nodes.find((n) => n.id === id)!.label;
const tasks = demo.nodes.filter((n) => n.kind === 'task');

function raciView(page: Page, lang: Lang = 'en') {
  return page.getByRole('dialog', { name: EXPORT_TEXT[lang].raciTitle, exact: true });
}

/** The select of one cell, found the way a screen reader user would: by holder and task. */
function cell(page: Page, holder: string, task: string, lang: Lang = 'en') {
  const name = lang === 'en' ? `${label(holder)} on “${label(task)}”` : `${label(holder)} bij “${label(task)}”`;
  return raciView(page, lang).getByRole('combobox', { name, exact: true });
}

const edgeBetween = async (page: Page, source: string, target: string) => (await board(page)).edges.find((e) => e.source === source && e.target === target);

for (const lang of ['en', 'nl'] as const) {
  test(`Ctrl+Shift+R opens the matrix: tasks × roles grouped by department (${lang})`, async ({ page }) => {
    await openBoard(page, lang, demo);
    await page.evaluate(() => ((window as never as { notReloaded: boolean }).notReloaded = true));
    await nodeEl(page, 'k-web').click();
    await page.keyboard.press('Control+Shift+R');
    const view = raciView(page, lang);
    await expect(view).toBeVisible();
    // Chromium's hard reload never happened: the page is the same one.
    expect(await page.evaluate(() => (window as never as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await expect(view.locator('tbody tr')).toHaveCount(tasks.length);
    for (const task of tasks) await expect(view.getByRole('rowheader', { name: new RegExp(task.label) })).toBeVisible();
    // Department headers span their own roles; teams and external parties follow.
    const groups = await view.locator('thead tr').first().locator('th[scope="colgroup"]').allTextContents();
    const departments = demo.nodes.filter((n) => n.kind === 'department').map((n) => n.label);
    expect(groups.slice(0, departments.length).sort()).toEqual([...departments].sort());
    expect(groups.slice(departments.length)).toEqual(lang === 'en' ? ['Teams', 'External parties'] : ['Teams', 'Externe partijen']);
    const headers = await view.locator('thead tr').nth(1).locator('th').allTextContents();
    for (const role of demo.nodes.filter((n) => n.kind === 'role')) expect(headers).toContain(role.label);
    // The demo's own letters are in their cells.
    await expect(cell(page, 'r-strat', 'k-strat', lang)).toHaveValue('A');
    await expect(cell(page, 'r-wca', 'k-web', lang)).toHaveValue('R');
    await expect(cell(page, 'r-ceo', 'k-web', lang)).toHaveValue('');
    const overflow = await view.evaluate((d) => [...d.querySelectorAll('h2, p, button')].filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
    expect(overflow).toEqual([]);
    await page.screenshot({ path: `${SCREENS}/raci-view-${lang}.png` });
    await page.keyboard.press('Escape');
    await expect(view).toHaveCount(0);
    await expect(nodeEl(page, 'k-web')).toBeFocused();
  });
}

test('the palette and the RACI matrix button open the view', async ({ page }) => {
  await openBoard(page, 'en', demo);
  await page.keyboard.press('Control+k');
  await page.getByPlaceholder(EXPORT_TEXT.en.palette).fill('raci');
  await expect(page.getByRole('option', { name: /^RACI matrix…/ })).toContainText('Ctrl+Shift+R');
  await page.keyboard.press('Enter');
  await expect(raciView(page)).toBeVisible();
  await raciView(page).getByRole('button', { name: 'Close', exact: true }).click();
  await expect(raciView(page)).toHaveCount(0);
  await page.getByRole('navigation').getByRole('button', { name: 'RACI matrix…', exact: true }).click();
  await expect(raciView(page)).toBeVisible();
});

test('a cell edit draws the edge with its letter on the canvas, and Ctrl+Z takes it back', async ({ page }) => {
  await openBoard(page, 'en', demo);
  await page.keyboard.press('Control+Shift+R');
  await cell(page, 'r-ceo', 'k-web').selectOption('C');
  await page.keyboard.press('Escape');
  await expect(raciView(page)).toHaveCount(0);
  const edge = (await edgeBetween(page, 'r-ceo', 'k-web'))!;
  expect(edge).toMatchObject({ kind: 'responsible', data: { raci: 'C' } });
  const badge = page.locator(`.oc-edge[data-id="${edge.id}"] .oc-raci`);
  await expect(badge).toHaveAttribute('data-raci', 'C');
  await expect(badge.locator('text')).toHaveText('C');

  // Changing a letter changes the same edge, one undo step each.
  await page.keyboard.press('Control+Shift+R');
  await cell(page, 'r-ceo', 'k-web').selectOption('I');
  await page.keyboard.press('Escape');
  await expect(badge).toHaveAttribute('data-raci', 'I');
  await page.keyboard.press('Control+z');
  await expect(badge).toHaveAttribute('data-raci', 'C');
  await page.keyboard.press('Control+z');
  await expect(page.locator(`.oc-edge[data-id="${edge.id}"]`)).toHaveCount(0);
  expect(await edgeBetween(page, 'r-ceo', 'k-web')).toBeUndefined();
  // And the matrix reads the board back: the cell is empty again.
  await page.keyboard.press('Control+Shift+R');
  await expect(cell(page, 'r-ceo', 'k-web')).toHaveValue('');
  // Emptying a cell removes the edge from the canvas.
  const existing = (await edgeBetween(page, 'r-wca', 'k-web'))!;
  await cell(page, 'r-wca', 'k-web').selectOption('');
  await page.keyboard.press('Escape');
  await expect(page.locator(`.oc-edge[data-id="${existing.id}"]`)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.locator(`.oc-edge[data-id="${existing.id}"] .oc-raci`)).toHaveAttribute('data-raci', 'R');
});

test('a missing or second A is flagged with the rule id the hints use', async ({ page }) => {
  await openBoard(page, 'en', demo);
  await page.keyboard.press('Control+Shift+R');
  const row = (task: string) => raciView(page).locator(`tbody tr[data-task="${task}"]`);
  await expect(raciView(page).locator('[data-rule]')).toHaveCount(0);
  await cell(page, 'r-ceo', 'k-sell').selectOption('A');
  await expect(row('k-sell')).toHaveAttribute('data-flags', 'task-multiple-accountable');
  await expect(row('k-sell').locator('[data-rule="task-multiple-accountable"]')).toHaveText('More than one person is accountable');
  await cell(page, 'r-ceo', 'k-sell').selectOption('');
  // A lone R still owns a task (domain rule); only being consulted does not.
  await cell(page, 'r-am', 'k-sell').selectOption('C');
  await expect(row('k-sell').locator('[data-rule="task-unowned"]')).toHaveText('No one is accountable for this task');
  // The whole row is tinted, unlike a task that is fine.
  const tint = (task: string) => row(task).locator('td').first().evaluate((td) => getComputedStyle(td).backgroundColor);
  expect(await tint('k-sell')).not.toBe(await tint('k-web'));
  await page.screenshot({ path: `${SCREENS}/raci-view-flagged-en.png` });
  // The hints panel names the same rule for the same task.
  await page.keyboard.press('Escape');
  const hint = page.locator('.oc-hint[data-rule="task-unowned"]');
  const toggle = page.locator('.oc-hints__toggle[aria-expanded="false"]');
  if (await toggle.count()) await toggle.click();
  await expect(hint).toContainText(label('k-sell'));
});

test('Export CSV downloads the matrix with every task and its letters', async ({ page }) => {
  await openBoard(page, 'en', demo);
  await page.keyboard.press('Control+Shift+R');
  const file = await downloadOf(page, raciView(page).getByRole('button', { name: 'Export CSV' }));
  expect(file.name).toMatch(/-raci\.csv$/);
  const text = file.bytes.toString('utf8').replace(/^\uFEFF/, '');
  const lines = text.split('\r\n').filter(Boolean);
  expect(lines).toHaveLength(tasks.length + 1);
  expect(lines[0]).toMatch(/^Task,Level,/);
  expect(lines[0]).toContain('Marketing / Social media strateeg');
  const header = lines[0].split(',');
  const strat = lines.find((l) => l.startsWith('Social media strategie,'))!.split(',');
  expect(strat[header.indexOf('Marketing / Social media strateeg')]).toBe('A');
  expect(strat[header.indexOf('Communicatie / Woordvoerder')]).toBe('C');
});

test('in Dutch the CSV uses semicolons, as Excel in a Dutch locale expects', async ({ page }) => {
  await openBoard(page, 'nl', demo);
  await page.keyboard.press('Control+Shift+R');
  const file = await downloadOf(page, page.getByRole('dialog', { name: 'RACI-matrix' }).getByRole('button', { name: 'CSV exporteren' }));
  const lines = file.bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  expect(lines[0]).toMatch(/^Taak;/);
  const header = lines[0].split(';');
  const strat = lines.find((l) => l.startsWith('Social media strategie;'))!.split(';');
  expect(strat[header.indexOf('Marketing / Social media strateeg')]).toBe('A');
});
