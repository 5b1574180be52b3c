/**
 * The edges that are not selected are drawn by the canvas's own edge layer (one set of SVGs
 * under the nodes), the selected ones by React Flow. To the user nothing may differ: a click,
 * Shift+click, the keyboard and a selection box select edges as before, and a dragged node's
 * lines follow it, while the lines of nodes that did not move are left alone.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demoBoard } from '../../shared/boards/demo';
import { board, centreOf, clickEdge, nodeEl, openBoard, shot } from './editingHelpers';

test.use({ viewport: { width: 1920, height: 1200 } });

/*
 * These tests are about how the layer draws and moves straight lines; with routing (issue
 * 21) a drop reroutes lines, its own and others', a moment later (tests/e2e/routing.spec.ts).
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('orgcanvas.routing', 'off'));
});

const layerEdges = (page: Page) => page.locator('.oc-edge-layer .oc-edge');
const flowEdges = (page: Page) => page.locator('.react-flow__edge.oc-edge');
const selectedIds = (page: Page) =>
  page.evaluate(() => (window as unknown as { __ORGCANVAS_BENCH__: { store: { getState(): { selectedEdgeIds: string[] } } } }).__ORGCANVAS_BENCH__.store.getState().selectedEdgeIds);

const pathOf = (page: Page, id: string) => page.locator(`.oc-edge[data-id="${id}"] path.oc-edge__line`).getAttribute('d');

test('a click moves an edge from the layer to React Flow; Shift+click adds one; a click on the pane puts them back', async ({ page }) => {
  const demo = demoBoard();
  await openBoard(page, 'en', demo);
  await expect(layerEdges(page)).toHaveCount(demo.edges.length);
  await expect(flowEdges(page)).toHaveCount(0);

  const [first, second] = demo.edges.filter((e) => e.kind === 'responsible');
  await clickEdge(page, first!.id);
  await expect(page.locator(`.react-flow__edge.selected[data-id="${first!.id}"]`)).toHaveCount(1);
  await expect(layerEdges(page)).toHaveCount(demo.edges.length - 1);
  // Selected, it is drawn thicker, with its end handles.
  await expect(page.locator('.oc-edge-ends__handle')).toHaveCount(2);

  await clickEdge(page, second!.id, ['Shift']);
  expect((await selectedIds(page)).sort()).toEqual([first!.id, second!.id].sort());
  await expect(flowEdges(page)).toHaveCount(2);

  // A plain click on another edge selects only that one.
  await clickEdge(page, first!.id);
  expect(await selectedIds(page)).toEqual([first!.id]);

  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.click(pane.x + 8, pane.y + pane.height - 8);
  expect(await selectedIds(page)).toEqual([]);
  await expect(layerEdges(page)).toHaveCount(demo.edges.length);
});

test('the keyboard reaches an edge in the layer; Enter selects it and keeps the focus on it', async ({ page }) => {
  const demo = demoBoard();
  await openBoard(page, 'en', demo);
  const edge = demo.edges[3]!;
  await page.locator(`.oc-edge-layer .oc-edge[data-id="${edge.id}"]`).focus();
  await expect(page.locator(`.oc-edge-layer .oc-edge[data-id="${edge.id}"]`)).toHaveAttribute('aria-roledescription', 'Relation');
  await page.keyboard.press('Enter');
  expect(await selectedIds(page)).toEqual([edge.id]);
  await expect(page.locator(`.react-flow__edge[data-id="${edge.id}"]`)).toBeFocused();
  // Delete, as for any selected element, removes it (and Ctrl+Z brings it back).
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await board(page)).edges.some((e) => e.id === edge.id)).toBe(false);
  await page.keyboard.press('Control+z');
  await expect(page.locator(`.oc-edge[data-id="${edge.id}"]`)).toHaveCount(1);
});

test('the layer\'s edges are named for assistive technology in both languages, with no serious axe findings', async ({ page }) => {
  const demo = demoBoard();
  for (const lang of ['en', 'nl'] as const) {
    await openBoard(page, lang, demo);
    const accountable = demo.edges.find((e) => e.kind === 'responsible' && e.data?.raci === 'A')!;
    await expect(page.locator(`.oc-edge-layer .oc-edge[data-id="${accountable.id}"]`)).toHaveAttribute(
      'aria-label',
      lang === 'en' ? 'Responsible for (A)' : 'Verantwoordelijk voor (A)',
    );
    await expect(page.locator('.oc-edge-layer .oc-edge').first()).toHaveAttribute('aria-roledescription', lang === 'en' ? 'Relation' : 'Relatie');
    const axe = await new AxeBuilder({ page }).include('.oc-edge-layer').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  }
});

test('a selection box selects the edges of the nodes in it, as React Flow does', async ({ page }) => {
  const demo = demoBoard();
  await openBoard(page, 'en', demo);
  const task = demo.nodes.find((n) => n.kind === 'task' && !n.parentId && demo.edges.filter((e) => e.source === n.id || e.target === n.id).length >= 2)!;
  const own = demo.edges.filter((e) => e.source === task.id || e.target === task.id).map((e) => e.id);
  const { box } = await centreOf(page, task.id);
  await page.mouse.move(box.x - 6, box.y - 6);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(box.x + box.width + 6, box.y + box.height + 6, { steps: 4 });
  await page.mouse.up();
  await expect(nodeEl(page, task.id)).toHaveClass(/selected/);
  expect((await selectedIds(page)).sort()).toEqual(own.sort());
  await expect(flowEdges(page)).toHaveCount(own.length);
  await shot(page, 'edge-layer-box-selection');
});

test("dragging a node redraws its own lines and no other's", async ({ page }) => {
  const demo = demoBoard();
  await openBoard(page, 'nl', demo);
  const task = demo.nodes.find((n) => n.kind === 'task' && !n.parentId && demo.edges.some((e) => e.source === n.id || e.target === n.id))!;
  const own = demo.edges.filter((e) => e.source === task.id || e.target === task.id);
  const other = demo.edges.find((e) => e.source !== task.id && e.target !== task.id)!;
  const before = await Promise.all(own.map((e) => pathOf(page, e.id)));
  const otherBefore = await pathOf(page, other.id);
  // Watch the layer: only the moved node's lines may change while it is dragged.
  await page.evaluate((ownIds) => {
    const changed = new Set<string>();
    (window as unknown as { __changed: Set<string> }).__changed = changed;
    new MutationObserver((records) => {
      for (const r of records) {
        const id = (r.target as Element).closest?.('.oc-edge')?.getAttribute('data-id');
        if (id && !ownIds.includes(id)) changed.add(id);
      }
    }).observe(document.querySelector('.oc-edge-layer')!, { subtree: true, attributes: true, childList: true });
  }, own.map((e) => e.id));

  const { x, y } = await centreOf(page, task.id);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 60, y + 40, { steps: 8 });
  await page.mouse.move(x + 120, y + 80, { steps: 8 });
  await page.mouse.up();

  const after = await Promise.all(own.map((e) => pathOf(page, e.id)));
  own.forEach((_, i) => expect(after[i], `line ${own[i]!.id} follows the node`).not.toBe(before[i]));
  expect(await pathOf(page, other.id)).toBe(otherBefore);
  expect(await page.evaluate(() => [...(window as unknown as { __changed: Set<string> }).__changed])).toEqual([]);
  await shot(page, 'edge-layer-after-drag-nl');
});
