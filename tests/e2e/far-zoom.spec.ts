/**
 * Zoomed far out (below 30 %), a node's words are a few pixels tall: the canvas leaves them
 * out and keeps the shapes, colours and hint badges; zooming back in brings the words back.
 * With the words gone the nodes are not clipped either (each clip costs Chromium time on every
 * frame of a big board; tests/bench): the test checks both, in English and in Dutch, with
 * the zoom buttons a user would press.
 */
import { expect, test, type Page } from '@playwright/test';
import { demoBoard } from '../../shared/boards/demo';
import { nodeEl, openBoard, shot, type Lang } from './editingHelpers';

test.use({ viewport: { width: 1600, height: 900 } });

const ZOOM = { en: { in: 'Zoom in', out: 'Zoom out' }, nl: { in: 'Inzoomen', out: 'Uitzoomen' } } as const;

const zoomOf = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);

/** The buttons animate the zoom: waits until two readings 100 ms apart agree. */
async function settled(page: Page) {
  let last = Number.NaN;
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(100);
    const now = await zoomOf(page);
    if (now === last) return;
    last = now;
  }
}

async function zoomUntil(page: Page, button: string, done: (zoom: number) => boolean) {
  for (let i = 0; i < 30 && !done(await zoomOf(page)); i++) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await settled(page);
  }
  expect(done(await zoomOf(page))).toBe(true);
}

const styleOf = (page: Page, selector: string, property: 'visibility' | 'overflow') =>
  page.locator(selector).first().evaluate((el, p) => getComputedStyle(el)[p], property);

for (const lang of ['en', 'nl'] as Lang[]) {
  test(`far out the words go and the shapes stay; zooming in brings the words back (${lang})`, async ({ page }) => {
    const demo = demoBoard();
    const task = demo.nodes.find((n) => n.kind === 'task')!;
    await openBoard(page, lang, demo);
    const label = `.react-flow__node[data-id="${task.id}"] .oc-node__label`;
    const frame = `.react-flow__node[data-id="${task.id}"] .oc-node`;

    await zoomUntil(page, ZOOM[lang].in, (z) => z >= 0.5);
    await expect(page.locator('.oc-canvas--far')).toHaveCount(0);
    await expect(page.locator(label)).toHaveText(task.label);
    expect(await styleOf(page, label, 'visibility')).toBe('visible');
    // Near, a long label is clipped to its node (two lines, then an ellipsis).
    expect(await styleOf(page, frame, 'overflow')).toBe('hidden');

    await zoomUntil(page, ZOOM[lang].out, (z) => z < 0.3);
    await expect(page.locator('.oc-canvas--far')).toHaveCount(1);
    expect(await styleOf(page, label, 'visibility')).toBe('hidden');
    expect(await styleOf(page, `.react-flow__node[data-id="${task.id}"] .oc-node__caption`, 'visibility')).toBe('hidden');
    expect(await styleOf(page, frame, 'overflow')).toBe('visible');
    // The shape, its colour band and the hint badges stay; the node keeps its name for assistive technology.
    await expect(nodeEl(page, task.id)).toBeVisible();
    expect(await styleOf(page, `.react-flow__node[data-id="${task.id}"] .oc-node__band`, 'visibility')).toBe('visible');
    await expect(page.locator('.oc-hint-badge').first()).toBeVisible();
    await expect(nodeEl(page, task.id)).toHaveAttribute('aria-label', new RegExp(task.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await shot(page, `far-zoom-${lang}`);

    await zoomUntil(page, ZOOM[lang].in, (z) => z >= 0.3);
    await expect(page.locator('.oc-canvas--far')).toHaveCount(0);
    expect(await styleOf(page, label, 'visibility')).toBe('visible');
    expect(await styleOf(page, frame, 'overflow')).toBe('hidden');
  });
}
