/**
 * A drag is shown before it changes the board (renderer/canvas/dragPreview.ts): while the
 * mouse button is down, the nodes and their lines move on screen and the board is as it was;
 * the drop stores it, in one undo step, exactly where the drag showed it.
 */
import { expect, test, type Page } from '@playwright/test';
import { demoBoard } from '../../shared/boards/demo';
import { board, nodeEl, openBoard, shot, undoDepth, type Lang } from './editingHelpers';

test.use({ viewport: { width: 1920, height: 1200 } });

/*
 * These tests are about how the layer draws and moves straight lines; with routing (issue
 * 21) a drop reroutes lines, its own and others', a moment later (tests/e2e/routing.spec.ts).
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('orgcanvas.routing', 'off'));
});

const pathOf = (page: Page, selector: string) => page.locator(`${selector} path.oc-edge__line`).getAttribute('d');
const box = async (page: Page, id: string) => (await nodeEl(page, id).boundingBox())!;
const transformOf = (page: Page, id: string) => nodeEl(page, id).evaluate((el: HTMLElement) => el.style.transform);

for (const lang of ['en', 'nl'] as Lang[]) {
  test(`a department, its roles and their lines move on screen during the drag and are stored at the drop (${lang})`, async ({ page }) => {
    const demo = demoBoard();
    await openBoard(page, lang, demo);
    const before = await board(page);
    const steps = (await undoDepth(page)).undo;
    const dept = await box(page, 'd-comm');
    const role = await box(page, 'r-pr');
    // e10: the role's line to a task; e1: a line between two nodes that stay put.
    const line = await pathOf(page, '.oc-edge-layer .oc-edge[data-id="e10"]');
    const other = await pathOf(page, '.oc-edge-layer .oc-edge[data-id="e1"]');

    await page.mouse.move(dept.x + 12, dept.y + 12);
    await page.mouse.down();
    await page.mouse.move(dept.x + 72, dept.y + 52, { steps: 10 });

    // Mid-drag: the board is unchanged, nothing is in the undo history yet…
    expect(await board(page)).toEqual(before);
    expect((await undoDepth(page)).undo).toBe(steps);
    // …while on screen the department has moved, with its role by the same distance…
    const deptMid = await box(page, 'd-comm');
    const roleMid = await box(page, 'r-pr');
    expect(deptMid.x - dept.x).toBeGreaterThan(30);
    expect(deptMid.y - dept.y).toBeGreaterThan(20);
    expect(roleMid.x - role.x).toBeCloseTo(deptMid.x - dept.x, 0);
    expect(roleMid.y - role.y).toBeCloseTo(deptMid.y - dept.y, 0);
    // …and the role's line follows it; the other line is left alone.
    const lineMid = await pathOf(page, '.oc-edge-layer .oc-edge[data-id="e10"]');
    expect(lineMid).not.toBe(line);
    expect(await pathOf(page, '.oc-edge-layer .oc-edge[data-id="e1"]')).toBe(other);
    await shot(page, `drag-preview-mid-${lang}`);

    await page.mouse.up();
    // Stored: the department moved, the role stays inside it, one undo step.
    const after = await board(page);
    const moved = after.nodes.find((n) => n.id === 'd-comm')!;
    const original = before.nodes.find((n) => n.id === 'd-comm')!;
    expect(moved.position).not.toEqual(original.position);
    expect(after.nodes.find((n) => n.id === 'r-pr')).toEqual(before.nodes.find((n) => n.id === 'r-pr'));
    expect((await undoDepth(page)).undo).toBe(steps + 1);
    // Drawn where the drag showed it: no jump at the drop, and one position per node.
    const deptAfter = await box(page, 'd-comm');
    expect(deptAfter.x).toBeCloseTo(deptMid.x, 0);
    expect(deptAfter.y).toBeCloseTo(deptMid.y, 0);
    expect((await box(page, 'r-pr')).x).toBeCloseTo(roleMid.x, 0);
    expect(await pathOf(page, '.oc-edge-layer .oc-edge[data-id="e10"]')).toBe(lineMid);
    expect((await transformOf(page, 'd-comm')).match(/translate/g)).toHaveLength(1);
    expect((await transformOf(page, 'r-pr')).match(/translate/g)).toHaveLength(1);

    // Undo puts it back, on screen too.
    await page.keyboard.press('Control+Z');
    expect((await board(page)).nodes.find((n) => n.id === 'd-comm')!.position).toEqual(original.position);
    await expect.poll(async () => Math.round((await box(page, 'd-comm')).x)).toBe(Math.round(dept.x));
  });
}

test('selected lines follow their node during the drag, and a selection moves together', async ({ page }) => {
  const demo = demoBoard();
  await openBoard(page, 'en', demo);
  // A selection box around a task selects it and its lines, which React Flow then draws
  // (thicker, with end handles); a click on a node would select the node alone.
  const task = await box(page, 'k-mon');
  await page.mouse.move(task.x - 6, task.y - 6);
  await page.mouse.down();
  await page.mouse.move(task.x + task.width + 6, task.y + task.height + 6, { steps: 6 });
  await page.mouse.up();
  const selected = '.react-flow__edge[data-id="e10"]';
  await expect(page.locator(selected)).toHaveCount(1);
  const line = await pathOf(page, selected);
  await page.mouse.move(task.x + task.width / 2, task.y + task.height / 2);
  await page.mouse.down();
  await page.mouse.move(task.x + task.width / 2 + 50, task.y + task.height / 2 + 30, { steps: 8 });
  const lineMid = await pathOf(page, selected);
  expect(lineMid).not.toBe(line);
  await page.mouse.up();
  await expect(page.locator(selected)).toHaveCount(1);
  expect(await pathOf(page, selected)).toBe(lineMid);

  // Two tasks selected, one dragged: both move on screen, and both are stored moved.
  await page.keyboard.press('Escape');
  const a = await box(page, 'k-strat');
  const b = await box(page, 'k-policy');
  await nodeEl(page, 'k-strat').click();
  await nodeEl(page, 'k-policy').click({ modifiers: ['Shift'] });
  const before = await board(page);
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 40, a.y + a.height / 2 + 60, { steps: 8 });
  const aMid = await box(page, 'k-strat');
  const bMid = await box(page, 'k-policy');
  expect(aMid.y - a.y).toBeGreaterThan(30);
  expect(bMid.y - b.y).toBeCloseTo(aMid.y - a.y, 0);
  expect(await board(page)).toEqual(before);
  await page.mouse.up();
  const after = await board(page);
  const dy = (id: string) => after.nodes.find((n) => n.id === id)!.position.y - before.nodes.find((n) => n.id === id)!.position.y;
  expect(dy('k-strat')).toBeGreaterThan(0);
  expect(dy('k-policy')).toBe(dy('k-strat'));
  expect((await box(page, 'k-policy')).y).toBeCloseTo(bMid.y, 0);
});
