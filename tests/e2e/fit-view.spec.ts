/**
 * Fitting the board into view at a projector's 1280×720, where the workshop bar wraps onto
 * two rows (English) or three (Dutch) over the top of the canvas and the legend's button sits
 * at its bottom left: at start, after the Fit button and after Shift+1, the whole board is
 * between them, and inside the canvas.
 */
import { expect, test, type Page } from '@playwright/test';
import { demoBoard } from '../../shared/boards/demo';

const demo = demoBoard();
test.use({ viewport: { width: 1280, height: 720 } });

async function openDemo(page: Page, lang: 'en' | 'nl') {
  await page.goto(`./?lang=${lang}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(demo.nodes.length);
  await expect(page.locator('.oc-workshopbar')).toBeVisible();
  await expect(page.locator('.oc-legend')).toBeVisible();
}

/** Where the board's nodes are on screen, and what floats over the canvas. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const rect = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
    const nodes = [...document.querySelectorAll('.react-flow__node')].map((n) => n.getBoundingClientRect());
    return {
      top: Math.min(...nodes.map((r) => r.top)),
      bottom: Math.max(...nodes.map((r) => r.bottom)),
      left: Math.min(...nodes.map((r) => r.left)),
      right: Math.max(...nodes.map((r) => r.right)),
      barBottom: rect('.oc-workshopbar').bottom,
      legendTop: rect('.oc-legend').top,
      canvas: rect('.react-flow').toJSON() as DOMRect,
    };
  });
}

/** The whole board between the bar and the legend, and inside the canvas. */
async function expectBoardClear(page: Page) {
  // Polled: the Fit button and Shift+1 animate, and the start fit is redone when the bar comes in.
  await expect
    .poll(async () => {
      const at = await layout(page);
      return {
        belowBar: at.top >= at.barBottom,
        aboveLegend: at.bottom <= at.legendTop,
        inside: at.left >= at.canvas.left && at.right <= at.canvas.right,
      };
    })
    .toEqual({ belowBar: true, aboveLegend: true, inside: true });
}

for (const lang of ['en', 'nl'] as const) {
  test(`the board is fitted between the workshop bar and the legend at 1280×720 (${lang})`, async ({ page }) => {
    await openDemo(page, lang);
    const bar = (await page.locator('.oc-workshopbar').boundingBox())!;
    // The case this was about: the bar wrapped over the canvas's top (two rows in English,
    // three in Dutch). Since issue 21 it is one row in the tool row, above the canvas; the
    // fit still keeps the board between it and the legend.
    const canvasTop = (await page.locator('.react-flow').boundingBox())!.y;
    expect(bar.height).toBeLessThanOrEqual(44);
    expect(bar.y + bar.height).toBeLessThanOrEqual(canvasTop + 0.5);
    await expectBoardClear(page);
    // Not just pushed down: the board fills the free height (within the margins).
    const at = await layout(page);
    const free = at.legendTop - at.barBottom;
    const width = at.canvas.width;
    expect(Math.max((at.bottom - at.top) / free, (at.right - at.left) / width)).toBeGreaterThan(0.8);
    await page.screenshot({ path: `test-results/screens/fit-start-${lang}.png` });

    // Somewhere else, then the Fit button: the same.
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    await page.mouse.wheel(0, -400);
    await expect.poll(async () => (await layout(page)).top < (await layout(page)).barBottom).toBe(true);
    await page.locator('.react-flow__controls-fitview').click();
    await expectBoardClear(page);

    // And with Shift+1 (Zoom to fit).
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    await page.mouse.wheel(0, -400);
    await expect.poll(async () => (await layout(page)).top < (await layout(page)).barBottom).toBe(true);
    await page.keyboard.press('Shift+!');
    await expectBoardClear(page);
  });
}

/**
 * Acts on the canvas after React Flow's start fit and before the deferred panels render
 * (there are a few frames between them), and notes the view right after.
 */
function actEarly(page: Page, act: 'wheel' | 'press') {
  return page.addInitScript((act) => {
    const zoomNow = () => getComputedStyle(document.querySelector('.react-flow__viewport')!).transform;
    const early = () => {
      const pane = document.querySelector('.react-flow__pane');
      const fitted = pane && document.querySelector('.react-flow__node') && new DOMMatrix(zoomNow()).a !== 1;
      if (document.querySelector('.oc-workshopbar')) return;
      if (!fitted) return requestAnimationFrame(early);
      const box = pane.getBoundingClientRect();
      const at = { clientX: box.left + 100, clientY: box.top + 100, bubbles: true, cancelable: true };
      if (act === 'wheel') pane.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY: -400 }));
      else pane.dispatchEvent(new PointerEvent('pointerdown', { ...at, pointerId: 1, button: 0 }));
      requestAnimationFrame(() => ((window as unknown as { viewAfter: string }).viewAfter = zoomNow()));
    };
    requestAnimationFrame(early);
  }, act);
}

for (const act of ['wheel', 'press'] as const) {
  test(`a view the user ${act === 'wheel' ? 'zoomed' : 'pressed on'} before the panels came in is not refitted`, async ({ page }) => {
    await actEarly(page, act);
    // Dutch: there the refit moves the board most (the bar has three rows).
    await openDemo(page, 'nl');
    const viewAfter = await page.evaluate(() => (window as unknown as { viewAfter?: string }).viewAfter);
    test.skip(viewAfter === undefined, 'the panels came in with the start fit; there was no frame to act in');
    await page.waitForTimeout(300);
    const view = await page.evaluate(() => getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
    expect(view).toBe(viewAfter);
  });
}
