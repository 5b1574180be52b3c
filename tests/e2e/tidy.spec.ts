/**
 * Tidy up (Ctrl+Shift+L) on the demo in a 1280×720 window, in English and Dutch (issue 21,
 * point 4): the board comes out readable (the fit's zoom, read from React Flow's viewport
 * transform), no two boxes cover each other on screen, and one Ctrl+Z brings the board back.
 */
import { expect, test, type Page } from '@playwright/test';
import { demoBoard } from '../../shared/boards/demo';
import { fitZoom } from '../../shared/geometry/fit';
import { READABLE_ZOOM, REFERENCE_CANVAS } from '../../shared/layout/autoLayout';
import { board, openBoard, undoDepth, type Lang } from './editingHelpers';

test.use({ viewport: { width: 1280, height: 720 } });

/** The zoom of React Flow's viewport (its transform is `translate(x, y) scale(zoom)`). */
async function zoom(page: Page): Promise<number> {
  return page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a);
}

/** Every node's box on screen, with its container. */
async function screenBoxes(page: Page) {
  const parents = new Map((await board(page)).nodes.map((n) => [n.id, n.parentId]));
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((el) => ({ id: el.dataset.id!, ...el.getBoundingClientRect().toJSON() as DOMRect })),
  );
  return boxes.map((b) => ({ ...b, parent: parents.get(b.id) }));
}

/** Share of the window the canvas takes. */
async function canvasShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const r = document.querySelector('.react-flow')!.getBoundingClientRect();
    return (r.width * r.height) / (window.innerWidth * window.innerHeight);
  });
}

for (const lang of ['en', 'nl'] as Lang[]) {
  test(`tidying the demo at 1280×720 leaves it readable, with no box over another, in one undo step (${lang})`, async ({ page }) => {
    const demo = demoBoard();
    await openBoard(page, lang, demo);
    await expect(page.locator('.react-flow__node')).toHaveCount(demo.nodes.length);
    await page.locator('.react-flow__controls-fitview').click();
    await page.waitForTimeout(400);
    const zoomBefore = await zoom(page);
    const depth = await undoDepth(page);

    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+Shift+L');
    await expect.poll(async () => (await undoDepth(page)).undo, { timeout: 15_000 }).toBe(depth.undo + 1);
    // The refit after the layout animates for 300 ms.
    await expect.poll(() => zoom(page)).not.toBe(zoomBefore);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `test-results/screens/tidy-demo-${lang}.png` });

    // No two boxes cover each other: top-level boxes, and roles within one department.
    const boxes = await screenBoxes(page);
    const covering: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        if (a.parent !== b.parent) continue;
        if (a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5) covering.push(`${a.id}×${b.id}`);
      }
    expect(covering).toEqual([]);

    // Readable. Today's chrome leaves the canvas about 40 % of a 1280×720 window, where no
    // layout of the demo reaches 50 %; issue 21 (point 1) gives it 65 %. So: the fit is closer
    // than before the tidy, and the laid-out board, measured on screen, fits a canvas of 65 % of
    // the window (REFERENCE_CANVAS, 1040×576) at 50 % or more; with that canvas in place, the
    // real fit must reach it too.
    const after = await zoom(page);
    expect(after).toBeGreaterThan(zoomBefore);
    const extent = {
      width: (Math.max(...boxes.map((b) => b.x + b.width)) - Math.min(...boxes.map((b) => b.x))) / after,
      height: (Math.max(...boxes.map((b) => b.y + b.height)) - Math.min(...boxes.map((b) => b.y))) / after,
    };
    const atReference = fitZoom(extent, REFERENCE_CANVAS);
    const share = await canvasShare(page);
    console.log(`${lang}: fit zoom before ${zoomBefore.toFixed(3)}, after ${after.toFixed(3)} (canvas ${(share * 100).toFixed(1)} % of the window); board ${extent.width.toFixed(0)}×${extent.height.toFixed(0)}, fits 1040×576 at ${atReference.toFixed(3)}`);
    expect(atReference).toBeGreaterThanOrEqual(READABLE_ZOOM);
    if (share >= 0.65) expect(after).toBeGreaterThanOrEqual(READABLE_ZOOM);

    // One Ctrl+Z: the board as it was.
    await page.keyboard.press('Control+Z');
    expect((await board(page)).nodes).toEqual(demo.nodes);
  });
}
