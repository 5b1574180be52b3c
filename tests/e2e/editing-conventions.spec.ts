/**
 * The draw.io conventions, on the demo board, in both languages: palette names, search,
 * right-click menu, shift-click and marquee selection, select all, align, double-click
 * rename, zoom commands, find, snap toggle.
 */
import { expect, test } from '@playwright/test';
import { demoBoard } from '../../shared/boards/demo';
import { absoluteRects } from '../../shared/geometry/geometry';
import { board, nodeEl, openBoard, shot, undoDepth, type Lang } from './editingHelpers';

test.use({ viewport: { width: 1920, height: 1200 } });

const C = {
  en: {
    kinds: ['Department', 'Role', 'Team', 'Task', 'Objective', 'External party', 'Note'],
    typed: 'Webcare coordinator',
    search: 'Search the palette',
    duplicate: 'Duplicate',
    alignLeft: 'Align left edges',
    menu: 'Context menu',
    zoom100: 'Zoom to 100%',
    snap: 'Snap to grid',
    findTitle: 'Find a node',
  },
  nl: {
    kinds: ['Afdeling', 'Rol', 'Team', 'Taak', 'Doelstelling', 'Externe partij', 'Notitie'],
    typed: 'Coördinator webcare',
    search: 'Zoeken in het palet',
    duplicate: 'Dupliceren',
    alignLeft: 'Links uitlijnen',
    menu: 'Contextmenu',
    zoom100: 'Zoom 100%',
    snap: 'Uitlijnen op raster',
    findTitle: 'Element zoeken',
  },
} as const;

for (const lang of ['en', 'nl'] as const satisfies readonly Lang[]) {
  test(`draw.io conventions on the demo board (${lang})`, async ({ page }) => {
    const T = C[lang];
    await openBoard(page, lang, demoBoard());
    // Nodes tell assistive technology their kind, in the current language, and their label.
    await expect(nodeEl(page, 'r-wcc')).toHaveAttribute('aria-roledescription', T.kinds[1]);
    await expect(nodeEl(page, 'r-wcc')).toHaveAttribute('data-kind', 'role');
    await expect(nodeEl(page, 'k-web')).toHaveAttribute('aria-roledescription', T.kinds[3]);
    const palette = page.locator('.oc-palette');
    for (const name of T.kinds) await expect(palette.getByRole('button', { name, exact: true })).toBeVisible();
    await expect(palette.getByRole('button', { name: T.typed, exact: true })).toBeVisible();
    // Search narrows the palette; accents do not matter.
    await palette.getByLabel(T.search).fill(lang === 'nl' ? 'coordinator' : 'webcare co');
    // (The list's buttons: the palette's head has its fold button.)
    await expect(palette.locator('.oc-palette__list').getByRole('button')).toHaveCount(1);
    await expect(palette.locator('.oc-palette__list').getByRole('button')).toHaveAccessibleName(T.typed);
    await shot(page, `conventions-palette-search-${lang}`);
    await palette.getByLabel(T.search).fill('');

    // Shift-click adds to the selection; align left lines them up in one step.
    await nodeEl(page, 'k-strat').click();
    await nodeEl(page, 'k-web').click({ modifiers: ['Shift'] });
    await nodeEl(page, 'k-report').click({ modifiers: ['Shift'] });
    expect(await page.evaluate(() => (window as never as { __ORGCANVAS_BENCH__: { store: { getState(): { selectedNodeIds: string[] } } } }).__ORGCANVAS_BENCH__.store.getState().selectedNodeIds.sort())).toEqual(['k-report', 'k-strat', 'k-web']);
    // Right-click opens the context menu from the registry.
    await nodeEl(page, 'k-web').click({ button: 'right' });
    const menu = page.getByRole('menu', { name: T.menu });
    await expect(menu).toBeVisible();
    await shot(page, `conventions-context-menu-${lang}`);
    const steps = (await undoDepth(page)).undo;
    await menu.getByRole('menuitem', { name: T.alignLeft }).click();
    const rects = absoluteRects(await board(page));
    expect(new Set(['k-strat', 'k-web', 'k-report'].map((id) => rects.get(id)!.x)).size).toBe(1);
    expect((await undoDepth(page)).undo).toBe(steps + 1);
    // Duplicate from the context menu: one step, the copies are selected.
    await nodeEl(page, 'k-web').click({ button: 'right' });
    await menu.getByRole('menuitem', { name: T.duplicate }).click();
    expect((await board(page)).nodes).toHaveLength(demoBoard().nodes.length + 3);
    await page.keyboard.press('Control+Z');

    // Double-click renames in place.
    await nodeEl(page, 'o-rep').dblclick();
    const field = nodeEl(page, 'o-rep').locator('input');
    await expect(field).toBeFocused();
    await field.fill('Goede naam');
    await field.press('Enter');
    await expect(nodeEl(page, 'o-rep')).toContainText('Goede naam');

    // Marquee: drag on empty canvas selects what it covers.
    await page.keyboard.press('Escape');
    const a = (await nodeEl(page, 'o-care').boundingBox())!;
    const b = (await nodeEl(page, 'o-rep').boundingBox())!;
    await page.mouse.move(Math.min(a.x, b.x) - 20, Math.min(a.y, b.y) - 20);
    await page.mouse.down();
    await page.mouse.move(Math.max(a.x + a.width, b.x + b.width) + 20, Math.max(a.y + a.height, b.y + b.height) + 20, { steps: 8 });
    await page.mouse.up();
    const selected = await page.evaluate(() => (window as never as { __ORGCANVAS_BENCH__: { store: { getState(): { selectedNodeIds: string[] } } } }).__ORGCANVAS_BENCH__.store.getState().selectedNodeIds);
    expect(selected).toEqual(expect.arrayContaining(['o-care', 'o-rep']));

    // Dragging a role out of its department detaches it, in one undo step.
    await page.keyboard.press('Escape');
    const role = (await nodeEl(page, 'r-wcc').locator('.oc-node__band').boundingBox())!;
    const before = (await undoDepth(page)).undo;
    await page.mouse.move(role.x + 20, role.y + role.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(role.x + 20 + i * 10, role.y + role.height / 2 + i * 30);
    await page.mouse.up();
    expect((await board(page)).nodes.find((n) => n.id === 'r-wcc')!.parentId).toBeUndefined();
    expect((await undoDepth(page)).undo).toBe(before + 1);
    await page.keyboard.press('Control+Z');
    expect((await board(page)).nodes.find((n) => n.id === 'r-wcc')!.parentId).toBe('d-cs');

    // A selected note (or department) shows resize handles; a resize is one undo step.
    await nodeEl(page, 'n-tiktok').click();
    const corner = (await nodeEl(page, 'n-tiktok').locator('.react-flow__resize-control.handle.bottom.right').boundingBox())!;
    const widthBefore = (await nodeEl(page, 'n-tiktok').boundingBox())!.width;
    const stepsBeforeResize = (await undoDepth(page)).undo;
    await page.mouse.move(corner.x + corner.width / 2, corner.y + corner.height / 2);
    await page.mouse.down();
    await page.mouse.move(corner.x + 40, corner.y + 30, { steps: 4 });
    await page.mouse.move(corner.x + 80, corner.y + 60, { steps: 4 });
    await page.mouse.up();
    expect((await nodeEl(page, 'n-tiktok').boundingBox())!.width).toBeGreaterThan(widthBefore + 30);
    expect((await undoDepth(page)).undo).toBe(stepsBeforeResize + 1);
    expect((await board(page)).nodes.find((n) => n.id === 'n-tiktok')!.width).toBeGreaterThan(0);
    await shot(page, `conventions-resize-${lang}`);

    // Select all, zoom to 100 %, snap toggle, find.
    await page.locator('.oc-canvas .react-flow__pane').click({ position: { x: 5, y: 900 } });
    await page.keyboard.press('Control+A');
    expect(await page.evaluate(() => (window as never as { __ORGCANVAS_BENCH__: { store: { getState(): { selectedNodeIds: string[] } } } }).__ORGCANVAS_BENCH__.store.getState().selectedNodeIds.length)).toBe(demoBoard().nodes.length);
    await page.getByRole('button', { name: T.zoom100 }).click();
    await expect.poll(async () => (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '').toContain('scale(1)');
    const snap = page.getByRole('button', { name: T.snap });
    await expect(snap).toHaveAttribute('aria-pressed', 'true');
    await snap.click();
    await expect(snap).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('Control+F');
    await expect(page.getByRole('dialog', { name: T.findTitle })).toBeVisible();
    await page.keyboard.type('Crisisprotocol');
    await shot(page, `conventions-find-${lang}`);
    await page.keyboard.press('Enter');
    await expect(nodeEl(page, 'k-crisis')).toBeFocused();
  });
}

test('panning with the middle button or Space moves the board as one layer; a click and the wheel do not', async ({ page }) => {
  await openBoard(page, 'en', demoBoard());
  const canvas = page.locator('.oc-canvas');
  const viewport = page.locator('.react-flow__viewport');
  const layer = () => viewport.evaluate((v) => getComputedStyle(v).willChange);
  // A point where the pointer reaches the empty pane (not a node, a panel or a button).
  const at = await page.evaluate(() => {
    const r = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    for (let y = r.top + 60; y < r.bottom - 60; y += 20) {
      for (let x = r.left + 60; x < r.right - 60; x += 20) {
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    throw new Error('no empty pane');
  });
  const before = await viewport.evaluate((v) => v.style.transform);

  // A click on the pane: no layer.
  await page.mouse.click(at.x, at.y);
  await expect(canvas).not.toHaveClass(/oc-canvas--panning/);

  await page.mouse.move(at.x, at.y);
  await page.mouse.down({ button: 'middle' });
  await page.mouse.move(at.x + 30, at.y - 10);
  await page.mouse.move(at.x + 60, at.y - 20);
  await expect(canvas).toHaveClass(/oc-canvas--panning/);
  expect(await layer()).toBe('transform');
  // The canvas holds the pointer while it pans (Chromium skips hit-testing the board).
  const captured = () => canvas.evaluate((c) => c.hasPointerCapture(1));
  expect(await captured()).toBe(true);
  expect(await canvas.evaluate((c) => getComputedStyle(c).cursor)).toBe('grabbing');
  await page.mouse.up({ button: 'middle' });
  await expect(canvas).not.toHaveClass(/oc-canvas--panning/);
  expect(await captured()).toBe(false);
  expect(await layer()).toBe('auto');
  expect(await viewport.evaluate((v) => v.style.transform)).not.toBe(before);
  // After the pan the pointer reaches the nodes again: a click selects one.
  await nodeEl(page, 'k-web').click();
  await expect(nodeEl(page, 'k-web')).toHaveClass(/selected/);

  // Space + drag pans the same way.
  await page.mouse.click(at.x, at.y);
  await page.keyboard.down('Space');
  await page.mouse.down();
  await page.mouse.move(at.x - 30, at.y + 10);
  await page.mouse.move(at.x - 60, at.y + 20);
  await expect(canvas).toHaveClass(/oc-canvas--panning/);
  await page.mouse.up();
  await page.keyboard.up('Space');
  await expect(canvas).not.toHaveClass(/oc-canvas--panning/);

  // The wheel zooms without the layer (it would be re-rastered at every scale).
  const watch = canvas.evaluate((c) => new Promise<boolean>((resolve) => {
    let seen = false;
    const observer = new MutationObserver(() => (seen ||= c.classList.contains('oc-canvas--panning')));
    observer.observe(c, { attributes: true, attributeFilter: ['class'] });
    setTimeout(() => (observer.disconnect(), resolve(seen)), 800);
  }));
  await page.mouse.wheel(0, -240);
  expect(await watch).toBe(false);
});
