/** Geometry for overlay tests: which controls an overlay covers, by the browser's own hit-testing. */
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The controls (buttons, fields, links) outside `overlay` whose centre the overlay takes:
 * `document.elementFromPoint` there lands inside the overlay. Controls off screen, hidden or
 * inside the overlay are not asked, nor those cut out of view by a scrolling or clipping box. Each is named by its text or label, for the message.
 */
export async function coveredControls(page: Page, overlay: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const layer = document.querySelector(selector);
    if (!layer) throw new Error(`no ${selector} on the page`);
    const covered: string[] = [];
    // Scrolled or cut out of view by a box that clips it: not on screen, so not covered.
    const clippedAt = (element: Element, x: number, y: number) => {
      for (let box = element.parentElement; box; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const r = box.getBoundingClientRect();
        if (x < r.left || x > r.right || y < r.top || y > r.bottom) return true;
      }
      return false;
    };
    for (const control of document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [role="button"]')) {
      if (layer.contains(control)) continue;
      const r = control.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      if (clippedAt(control, x, y)) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit && layer.contains(hit)) covered.push(control.getAttribute('aria-label') || control.textContent?.trim() || control.tagName);
    }
    return covered;
  }, overlay);
}

/** The element hit at the centre of `control` is the control itself (or inside it). */
export async function expectHittable(control: Locator): Promise<void> {
  const hit = await control.evaluate((element) => {
    const r = element.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return Boolean(top && element.contains(top));
  });
  expect(hit, `${control} is covered`).toBe(true);
}

/** A press on an empty stretch of the canvas, far from the nodes: "outside" every overlay. */
export async function pressOutside(page: Page): Promise<void> {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  // Just above the zoom buttons at the bottom right: no node, no panel, no control.
  await page.mouse.click(pane.x + pane.width - 140, pane.y + pane.height - 30);
}
