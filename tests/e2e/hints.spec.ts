/**
 * The hints as a facilitator meets them on the demo board: grouped with counts, badges on
 * nodes, live as the board changes, a click frames the nodes, quick fixes that undo, and
 * dismiss / hide remembered in the board across a reload.
 *
 * Most edits are made by hand in the editor (inspector, Delete, Ctrl+Z). A few that would
 * take many gestures (a new task wired to an objective) go through the app's own store (the
 * bench hook hands it over: `window.__ORGCANVAS_BENCH__.store`), i.e. through the same
 * `changeBoard` action every editor command uses. Everything the hints UI does is clicked.
 */
import { expect, test, type Page } from '@playwright/test';

interface StoreHandle {
  getState(): {
    board: { nodes: { id: string; [k: string]: unknown }[]; edges: { id: string; [k: string]: unknown }[] };
    changeBoard(recipe: (board: unknown) => unknown): void;
    undo(): void;
    redo(): void;
  };
}
declare global {
  interface Window {
    __ORGCANVAS_BENCH__?: { store?: StoreHandle };
  }
}

/**
 * The demo board, as a first start writes it: in the interface's language. `withStore` opens it through the bench hook to reach the store; the library
 * (and so saving) stays out of the way then, so the reload test opens it without.
 */
async function openDemo(page: Page, lang: 'en' | 'nl' = 'en', { withStore = true } = {}) {
  if (withStore) {
    await page.addInitScript(() => {
      window.__ORGCANVAS_BENCH__ = {};
    });
  }
  await page.goto(`./?lang=${lang}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(30);
  if (!withStore) await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
}

const count = (page: Page, severity: string) => page.locator(`.oc-hints__count--${severity}`);
const badge = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"] .oc-hint-badge`);
const hint = (page: Page, rule: string) => page.locator(`.oc-hints__group .oc-hint[data-rule="${rule}"]`);

test('the demo board: hints grouped by severity with counts, badges on the nodes they name', async ({ page }) => {
  await openDemo(page);
  await expect(count(page, 'error')).toHaveText('! 0');
  await expect(count(page, 'warning')).toHaveText('▲ 1');
  await expect(count(page, 'tip')).toHaveText('i 3');
  await expect(page.locator('.oc-hints__group--warning h3')).toHaveText('Warnings (1)');
  await expect(page.locator('.oc-hints__group--tip h3')).toHaveText('Tips (3)');
  await expect(hint(page, 'objective-unserved')).toContainText('No task works towards “Recruit technicians”');
  await expect(badge(page, 'o-werving')).toHaveAttribute('data-severity', 'warning');
  await expect(badge(page, 'o-werving')).toHaveAttribute('aria-label', '1 hint: warning');
  // Rule set v2: the spokesman only consulted on the crisis protocol (003), a policy without training.
  await expect(hint(page, 'crisis-without-pr')).toContainText('Communications does not work on “Crisis protocol”');
  await expect(badge(page, 'k-crisis')).toHaveAttribute('data-severity', 'tip');
  await expect(badge(page, 'k-policy')).toHaveAttribute('data-severity', 'tip');
  await expect(badge(page, 'r-wcc')).toHaveCount(0);
  await expect(badge(page, 'k-report')).toHaveAttribute('data-count', '1');
  await expect(badge(page, 'r-strat')).toHaveCount(0);
  // The organisation model sits with the hints: named, and the next step for this size.
  const model = page.locator('.oc-hints').getByTestId('model-panel');
  await expect(model).toHaveAttribute('data-model', 'hub-and-spoke');
  await expect(model).toContainText('Closest to: Hub and spoke');
  await expect(model).toContainText('Next step:');

  // Each hint opens its explanation and its source.
  await hint(page, 'crisis-without-pr').getByRole('button', { name: 'Why?' }).click();
  const details = hint(page, 'crisis-without-pr').locator('.oc-hint__details');
  await expect(details).toContainText('the oh-oh belongs with the PR people');
  await expect(details.locator('.oc-hint__sources')).toContainText('J. Govaart, “Bij wie zijn Social Media thuis?”, 17 Sep 2009, “Aha or oh-oh?”');
  await page.screenshot({ path: 'test-results/screens/hints-en.png' });
});

test('in Dutch: counts, wording and the source', async ({ page }) => {
  await openDemo(page, 'nl');
  await expect(page.locator('.oc-hints__group--warning h3')).toHaveText('Waarschuwingen (1)');
  await expect(page.locator('.oc-hints').getByTestId('model-panel')).toContainText('Lijkt het meest op: Hub-and-spoke');
  await expect(page.locator('.oc-hints').getByTestId('model-panel')).toContainText('Volgende stap:');
  await expect(hint(page, 'objective-unserved')).toContainText('Geen enkele taak draagt bij aan “Technici werven”');
  await expect(hint(page, 'crisis-without-pr')).toContainText('Communicatie werkt niet mee aan “Crisisprotocol”');
  await expect(hint(page, 'policy-without-training')).toContainText('“Richtlijnen voor medewerkers” legt de regels vast, maar geen taak zorgt ervoor dat iedereen ze kent en onderschrijft');
  await hint(page, 'vanity-kpi').getByRole('button', { name: 'Waarom?' }).click();
  await expect(hint(page, 'vanity-kpi').locator('.oc-hint__details')).toContainText('nietszeggende data');
  await expect(hint(page, 'vanity-kpi').locator('.oc-hint__sources')).toContainText('‘De samenstelling van een Social Media team’');
  await page.screenshot({ path: 'test-results/screens/hints-nl.png' });
});

test('hints appear and disappear live as the board changes', async ({ page }) => {
  await openDemo(page);
  const edit = (script: string) =>
    page.evaluate((body) => {
      const store = window.__ORGCANVAS_BENCH__!.store!;
      store.getState().changeBoard((board) => new Function('board', body)(board));
    }, script);

  // The strategist loses the mandate: a warning appears on her, and goes when it is back.
  await edit(`return { ...board, nodes: board.nodes.map((n) => n.id === 'r-strat' ? { ...n, data: { ...n.data, mandate: false } } : n) };`);
  await expect(hint(page, 'lead-without-mandate')).toContainText('“Social media strategist” leads without a mandate');
  await expect(badge(page, 'r-strat')).toHaveAttribute('data-severity', 'warning');
  await expect(count(page, 'warning')).toHaveText('▲ 2');
  await edit(`return { ...board, nodes: board.nodes.map((n) => n.id === 'r-strat' ? { ...n, data: { ...n.data, mandate: true } } : n) };`);
  await expect(hint(page, 'lead-without-mandate')).toHaveCount(0);
  await expect(badge(page, 'r-strat')).toHaveCount(0);

  // A new task nobody holds is an error, on that task.
  await edit(`return { ...board, nodes: [...board.nodes, { id: 'k-new', kind: 'task', label: 'Vacatures delen', position: { x: 1280, y: 710 }, data: { taskType: 'recruitment' } }] };`);
  await expect(count(page, 'error')).toHaveText('! 1');
  await expect(hint(page, 'task-unowned')).toContainText('Nobody is responsible for “Vacatures delen”');
  await expect(badge(page, 'k-new')).toHaveAttribute('data-severity', 'error');
  // It serves the recruitment objective and HR... there is none, but an owner ends the error
  // and serving ends the unserved-objective warning.
  await edit(`return { ...board, edges: [...board.edges, { id: 'x1', kind: 'serves', source: 'k-new', target: 'o-werving' }, { id: 'x2', kind: 'responsible', source: 'r-ceo', target: 'k-new', data: { raci: 'A' } }] };`);
  await expect(count(page, 'error')).toHaveText('! 0');
  await expect(hint(page, 'objective-unserved')).toHaveCount(0);
  // Recruitment owned outside HR, but the demo has no HR department: v2 leaves it there.
  await expect(badge(page, 'o-werving')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/hints-live-en.png' });
});

test('built by hand in the editor: the inspector, delete and undo move the hints live', async ({ page }) => {
  await openDemo(page, 'en', { withStore: false });
  // Take the strategist's mandate away in the inspector: a warning on her, live.
  await page.locator('.react-flow__node[data-id="r-strat"]').click();
  await page.getByLabel('Has a mandate').uncheck();
  await expect(hint(page, 'lead-without-mandate')).toContainText('“Social media strategist” leads without a mandate');
  await expect(badge(page, 'r-strat')).toHaveAttribute('data-severity', 'warning');
  await page.getByLabel('Has a mandate').check();
  await expect(hint(page, 'lead-without-mandate')).toHaveCount(0);
  await expect(badge(page, 'r-strat')).toHaveCount(0);

  // Delete the objective nobody serves: its warning goes; undo brings both back.
  await page.locator('.react-flow__node[data-id="o-werving"]').click();
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node[data-id="o-werving"]')).toHaveCount(0);
  await expect(count(page, 'warning')).toHaveText('▲ 0');
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node[data-id="o-werving"]')).toHaveCount(1);
  await expect(count(page, 'warning')).toHaveText('▲ 1');
});

test('clicking a hint selects and frames its nodes', async ({ page }) => {
  await openDemo(page);
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  const panel = (await page.locator('.oc-hints').boundingBox())!;
  const bar = (await page.locator('.oc-workshopbar').boundingBox())!;
  const legend = (await page.locator('.oc-legend').boundingBox())!;
  // Framed in the part of the canvas the hints panel leaves free, not behind the panel, and
  // between the workshop bar and the legend.
  const centre = { x: (canvas.x + panel.x) / 2, y: (bar.y + bar.height + legend.y) / 2 };
  const node = page.locator('.react-flow__node[data-id="o-werving"]');
  const overview = (await node.boundingBox())!.width;
  await hint(page, 'objective-unserved').locator('.oc-hint__message').click();
  await expect(node).toHaveClass(/selected/);
  // Framed: the node now sits in the middle of the canvas, larger than in the overview.
  await expect
    .poll(async () => {
      const box = (await node.boundingBox())!;
      return Math.hypot(box.x + box.width / 2 - centre.x, box.y + box.height / 2 - centre.y);
    })
    .toBeLessThan(40);
  const framed = (await node.boundingBox())!;
  expect(framed.width).toBeGreaterThan(overview * 1.3);
  expect(framed.x + framed.width).toBeLessThan(panel.x);
  expect(framed.y).toBeGreaterThan(bar.y + bar.height);
  await page.screenshot({ path: 'test-results/screens/hints-framed-en.png' });

  // A hint about several nodes selects them all: the spokesman takes over the crisis
  // protocol, and webcare has nobody left to escalate to.
  await page.evaluate((body) => {
    window.__ORGCANVAS_BENCH__!.store!.getState().changeBoard((board) => new Function('board', body)(board));
  }, `return { ...board, edges: board.edges.map((e) => (e.id === 'e13' ? { ...e, source: 'r-pr' } : e)) };`);
  await hint(page, 'webcare-no-escalation').locator('.oc-hint__message').click();
  for (const id of ['k-web', 'k-crisis']) await expect(page.locator(`.react-flow__node[data-id="${id}"]`)).toHaveClass(/selected/);
  await expect(node).not.toHaveClass(/selected/);
});

test('a quick fix is one change, and undo takes it back', async ({ page }) => {
  await openDemo(page, 'en', { withStore: false });
  // Delete the crisis protocol: monitoring without a crisis plan gets a tip with a fix.
  await page.locator('.react-flow__node[data-id="k-crisis"]').click();
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(29);
  const tip = hint(page, 'monitoring-without-crisis');
  await tip.getByRole('button', { name: 'Why?' }).click();
  await tip.getByRole('button', { name: 'Add the task “Crisis management”, owned by “Spokesperson”' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(30);
  const created = page.locator('.react-flow__node[data-kind="task"]', { hasText: 'Crisis management' });
  await expect(created).toHaveCount(1);
  await expect(created).toHaveClass(/selected/);
  await expect(tip).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/hints-fixed-en.png' });

  // One undo takes the whole fix back (the task and its A edge), one redo re-applies it.
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(29);
  await expect(tip).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(created).toHaveCount(1);
  await expect(tip).toHaveCount(0);
});

test('dismiss (with a reason) and "hide hints" are kept in the board and survive a reload', async ({ page }) => {
  await openDemo(page, 'en', { withStore: false });
  const vanity = hint(page, 'vanity-kpi');
  await vanity.getByRole('button', { name: 'Why?' }).click();
  await vanity.getByLabel('Reason (optional)').fill('Agreed: followers are the marketing KPI this year');
  await vanity.getByRole('button', { name: 'Dismiss for this board' }).click();
  await expect(vanity).toHaveCount(0);
  await expect(count(page, 'tip')).toHaveText('i 2');
  await expect(badge(page, 'k-report')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show dismissed hints (1)' })).toBeVisible();

  await page.getByLabel('Hide hints from the room').check();
  await expect(page.locator('.oc-hints__hidden')).toBeVisible();
  await expect(page.locator('.oc-hint-badge')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/hints-hidden-en.png' });

  // The switch is part of the document: the library saves it like any edit.
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(30);
  await expect(page.locator('.oc-hints__hidden')).toBeVisible();
  await expect(page.locator('.oc-hint-badge')).toHaveCount(0);

  await page.getByRole('button', { name: 'Reveal hints' }).click();
  await expect(count(page, 'tip')).toHaveText('i 2');
  await expect(badge(page, 'o-werving')).toHaveCount(1);
  await page.getByRole('button', { name: 'Show dismissed hints (1)' }).click();
  const dismissed = page.locator('.oc-hint.is-dismissed[data-rule="vanity-kpi"]');
  await expect(dismissed).toContainText('Reason: Agreed: followers are the marketing KPI this year');
  await dismissed.getByRole('button', { name: 'Show again' }).click();
  await expect(count(page, 'tip')).toHaveText('i 3');
  await expect(badge(page, 'k-report')).toHaveCount(1);
});
