/** The walking skeleton as a user meets it: the demo board, in both languages. */
import { expect, test } from '@playwright/test';
import { demoBoard } from '../../shared/boards/demo';

const demo = demoBoard();

test('opens the demo board with all its nodes and edges', async ({ page }) => {
  // A first start writes the demo in the interface's language.
  const demo = demoBoard('en');
  await page.goto('./?lang=en');
  const nodes = page.locator('.react-flow__node');
  await expect(nodes).toHaveCount(demo.nodes.length);
  await expect(page.locator('.oc-edge')).toHaveCount(demo.edges.length);
  for (const node of demo.nodes) {
    const element = page.locator(`.react-flow__node[data-id="${node.id}"]`);
    await expect(element).toHaveAttribute('data-kind', node.kind);
    await expect(element).toHaveAttribute('aria-label', node.label);
  }
  // Every accountable letter on the board is drawn on its edge.
  const accountable = demo.edges.filter((e) => e.kind === 'responsible' && e.data?.raci === 'A').length;
  await expect(page.locator('.oc-raci[data-raci="A"]')).toHaveCount(accountable);
  // Roles sit inside their department: React Flow positions them relative to it.
  const department = await page.locator('.react-flow__node[data-id="d-mkt"]').boundingBox();
  const role = await page.locator('.react-flow__node[data-id="r-strat"]').boundingBox();
  expect(role!.x).toBeGreaterThan(department!.x);
  expect(role!.y + role!.height).toBeLessThanOrEqual(department!.y + department!.height + 1);
  await page.screenshot({ path: 'test-results/screens/demo-en.png' });
});

test('the board shows first; the panels around it fill in after, and the canvas does not move when they do', async ({ page }) => {
  // From the first script on: when the first node appears, where the canvas is and which
  // panels have their contents yet.
  await page.addInitScript(() => {
    const first: Record<string, unknown> = {};
    (window as unknown as { __first: typeof first }).__first = first;
    new MutationObserver((_, observer) => {
      if (!document.querySelector('.react-flow__node')) return;
      observer.disconnect();
      const r = document.querySelector('.oc-canvas')!.getBoundingClientRect();
      first.canvas = { x: r.x, y: r.y, width: r.width, height: r.height };
      first.paletteItems = document.querySelectorAll('.oc-palette__item').length;
      first.inspectorFields = document.querySelectorAll('.oc-inspector input, .oc-inspector select').length;
      first.hintsPanels = document.querySelectorAll('.oc-hints').length;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('./?lang=en');
  await expect(page.locator('.oc-palette__item').first()).toBeVisible();
  await expect(page.locator('.oc-inspector select').first()).toBeVisible();
  await expect(page.locator('.oc-hints')).toBeVisible();
  const first = await page.evaluate(() => (window as unknown as { __first: Record<string, unknown> }).__first);
  expect(first).toMatchObject({ paletteItems: 0, inspectorFields: 0, hintsPanels: 0 });
  expect(await page.locator('.oc-canvas').boundingBox()).toEqual(first.canvas);
});

test('every relation with a direction ends in an arrowhead of its own colour; membership has none', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(page.locator('.oc-edge')).toHaveCount(demo.edges.length);
  const drawn = await page.evaluate(() =>
    [...document.querySelectorAll('.oc-edge')].map((edge) => {
      const path = edge.querySelector('path.oc-edge__line')!;
      const ref = /^url\(["']?#([^"')]+)["']?\)$/.exec(getComputedStyle(path).markerEnd === 'none' ? '' : path.getAttribute('marker-end') ?? '');
      const marker = ref ? document.getElementById(ref[1]) : null;
      const head = marker?.querySelector('polygon');
      return {
        kind: edge.getAttribute('data-relation'),
        line: getComputedStyle(path).stroke,
        head: head && marker!.tagName === 'marker' ? getComputedStyle(head).fill : null,
        size: marker ? (marker as unknown as SVGMarkerElement).markerWidth.baseVal.value : null,
      };
    }),
  );
  const kinds = new Set(drawn.map((d) => d.kind));
  expect([...kinds].sort()).toEqual([...new Set(demo.edges.map((e) => e.kind))].sort());
  expect(kinds.size).toBeGreaterThan(4);
  for (const edge of drawn) {
    if (edge.kind === 'member') expect(edge.head).toBeNull();
    else expect(edge, `${edge.kind}`).toEqual({ kind: edge.kind, line: edge.line, head: edge.line, size: 18 });
  }
});

test('a fresh start asks for nothing the app does not have (the tab icon included)', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`));
  page.on('requestfailed', (request) => failed.push(`${request.failure()?.errorText} ${request.url()}`));
  await page.goto('./?lang=en');
  await expect(page.locator('.react-flow__node')).toHaveCount(demo.nodes.length);
  // The export windows load a second after start; wait for them too.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/ExportDialog-/.test(e.name))), { timeout: 10_000 }).toBe(true);
  expect(failed).toEqual([]);
  const icon = await page.evaluate(() => document.querySelector('link[rel="icon"]')?.getAttribute('href'));
  expect(icon).toMatch(/\.svg$/);
  const fetched = await page.request.get(new URL(icon!, page.url()).href);
  expect(fetched.ok()).toBe(true);
  expect(await fetched.text()).toContain('<svg');
});

test('speaks English with ?lang=en', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Legend ▸' }).click();
  await expect(page.locator('.oc-legend')).toContainText('Responsible for');
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await expect(page.locator('.react-flow__node[data-id="r-wcc"]')).toContainText('Webcare coordinator');
  await expect(page.getByRole('combobox', { name: 'Language', exact: true })).toHaveValue('en');
});

test('speaks Dutch with ?lang=nl', async ({ page }) => {
  await page.goto('./?lang=nl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.getByRole('button', { name: 'Legenda ▸' }).click();
  await expect(page.getByRole('button', { name: 'Inzoomen' })).toBeVisible();
  await expect(page.locator('.react-flow__node[data-id="k-web"]')).toContainText('Operationeel');
  await expect(page.locator('.oc-legend')).toContainText('Verantwoordelijk voor');
  await page.screenshot({ path: 'test-results/screens/demo-nl.png' });
});

test('follows the browser locale and remembers a switch', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'nl-BE' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByRole('combobox', { name: 'Taal', exact: true })).toHaveValue('nl');
  await page.getByRole('combobox', { name: 'Taal', exact: true }).selectOption('en');
  await expect(page.getByRole('combobox', { name: 'Language', exact: true })).toHaveValue('en');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Language', exact: true })).toHaveValue('en');
  await context.close();
});

test('loads only the texts of the language on screen; the other loads on a switch, and a failed load keeps the language', async ({ page }) => {
  const catalogues = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => /\/(en|nl)-[\w-]+\.js$/.exec(e.name)?.[1]).filter(Boolean));
  await page.route(/\/nl-[\w-]+\.js$/, (route) => route.abort('failed'));
  await page.goto('./?lang=en');
  await expect(page.locator('.react-flow__node')).toHaveCount(demo.nodes.length);
  expect(await catalogues()).toEqual(['en']);
  // The Dutch texts cannot load (a damaged install): English stays, and the user is told.
  const language = page.getByRole('combobox', { name: 'Language', exact: true });
  await language.selectOption('nl');
  await expect(page.locator('[data-notice="loadError"]')).toContainText('Part of OrgCanvas could not be loaded');
  await expect(language).toHaveValue('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Once they can load, the switch works and every text is Dutch.
  await page.unroute(/\/nl-[\w-]+\.js$/);
  await language.selectOption('nl');
  await expect(page.getByRole('combobox', { name: 'Taal', exact: true })).toHaveValue('nl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.locator('.react-flow__node[data-id="r-wcc"]')).toContainText('Coördinator webcare');
  expect(await catalogues()).toContain('nl');
});
