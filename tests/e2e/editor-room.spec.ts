/**
 * Issue 21, "an editor that gives the board the room", checked by geometry at the sizes
 * facilitators meet (a 1280×720 or 1366×768 projector laptop, a 1920×1080 screen), in English
 * and Dutch (whose labels are longer):
 * - the canvas's share of the window, with the panels open by default at that size;
 * - no bar wraps: each is one row high, and every control on it sits in that row and in view
 *   (what does not fit is in the bar's "⋯" menu, which runs the same commands);
 * - no control of the chrome is covered by another (the browser's own hit-testing);
 * - the hints are docked beside the canvas, and at 1280×720 show four hints with their quick
 *   fixes without scrolling;
 * - a folded panel stays folded after a reload; below 1440 px the properties open on selection;
 * - fits and a hint's frame land the board in the canvas, beside the docked panels.
 */
import { expect, test, type Page } from '@playwright/test';
import { demoBoard } from '../../shared/boards/demo';
import { templateBoard } from '../../shared/templates';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const LANGS = ['en', 'nl'] as const;
/** The bars that must keep to one row. */
const BARS = ['.oc-topbar', '.oc-storage-bar', '.oc-toolrow', '.oc-toolbar', '.oc-workshopbar'];
/** One row of the app bar or the tool row. */
const ROW = 44;
const SHOTS = 'test-results/editor-room';

const chip = (page: Page) => page.getByTestId('open-model');

async function openDemo(page: Page, lang: 'en' | 'nl') {
  await page.goto(`./?lang=${lang}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(demoBoard().nodes.length);
  // The deferred panels are in (AfterFirstPaint), and the workshop bar has its model chip.
  await expect(page.locator('.oc-workshopbar')).toHaveCount(1);
  await expect(page.locator('.oc-legend')).toBeVisible();
  await expect(page.locator('.oc-hints')).toHaveCount(1);
}

/** The canvas's area as a share of the window's. */
async function canvasShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const r = document.querySelector('.react-flow')!.getBoundingClientRect();
    return (r.width * r.height) / (innerWidth * innerHeight);
  });
}

/** For each bar: its height, and the controls on it that are out of its row or out of view. */
async function barFacts(page: Page) {
  return page.evaluate((bars) => {
    return bars.map((selector) => {
      const bar = document.querySelector(selector);
      if (!bar) return { selector, height: -1, outOfRow: ['missing'] };
      const box = bar.getBoundingClientRect();
      const outOfRow: string[] = [];
      for (const control of bar.querySelectorAll<HTMLElement>('button, select, input, .oc-save, h1')) {
        const style = getComputedStyle(control);
        if (style.visibility === 'hidden' || style.display === 'none' || control.closest('[data-overflowed]')) continue;
        const r = control.getBoundingClientRect();
        if (r.width === 0) continue;
        const name = control.getAttribute('aria-label') || control.textContent?.trim() || control.tagName;
        // In the row: its middle within the bar's height; in view: wholly inside the bar and the window.
        const middle = r.top + r.height / 2;
        if (middle < box.top || middle > box.bottom) outOfRow.push(`${name} (below the row)`);
        if (r.left < Math.max(0, box.left) - 0.5 || r.right > Math.min(innerWidth, box.right) + 0.5) outOfRow.push(`${name} (cut off)`);
      }
      return { selector, height: box.height, outOfRow };
    });
  }, BARS);
}

/**
 * The visible controls of the chrome whose centre hits something else: covered by another
 * control, a panel, or the canvas. Scrolled out of a list's view is not "visible".
 */
async function coveredChrome(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const roots = document.querySelectorAll('.oc-topbar, .oc-toolrow, .oc-sidedock, .oc-rail, .oc-palette, .oc-legend, .react-flow__controls, .oc-dock');
    const covered: string[] = [];
    const clippedAt = (element: Element, x: number, y: number) => {
      for (let box = element.parentElement; box; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const r = box.getBoundingClientRect();
        if (x < r.left || x > r.right || y < r.top || y > r.bottom) return true;
      }
      return false;
    };
    for (const root of roots) {
      // The skip link waits off screen until Tab reaches it.
      for (const control of root.querySelectorAll<HTMLElement>('button, select, input, a[href]:not(.oc-skip-link)')) {
        const style = getComputedStyle(control);
        if (style.visibility === 'hidden' || control.closest('[data-overflowed], [hidden]')) continue;
        const r = control.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        // Scrolled out of a list's view (the palette's, the hints').
        if (clippedAt(control, x, y)) continue;
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) {
          covered.push(`${control.getAttribute('aria-label') || control.textContent?.trim()} (off screen)`);
          continue;
        }
        const hit = document.elementFromPoint(x, y);
        if (!hit || !(control === hit || control.contains(hit))) {
          covered.push(`${control.getAttribute('aria-label') || control.textContent?.trim()} under ${hit?.className || hit?.tagName}`);
        }
      }
    }
    return covered;
  });
}

/** Every node inside the canvas (the fit saw only the canvas's share, beside the panels). */
async function nodesInsideCanvas(page: Page) {
  return page.evaluate(() => {
    const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
    const nodes = [...document.querySelectorAll('.react-flow__node')].map((n) => n.getBoundingClientRect());
    return nodes.every((r) => r.left >= canvas.left - 0.5 && r.right <= canvas.right + 0.5 && r.top >= canvas.top - 0.5 && r.bottom <= canvas.bottom + 0.5);
  });
}

for (const size of SIZES) {
  for (const lang of LANGS) {
    test(`${size.width}×${size.height} ${lang}: the canvas's share, one-row bars, no covered control, a fitted board`, async ({ page }) => {
      await page.setViewportSize(size);
      await openDemo(page, lang);
      const share = await canvasShare(page);
      test.info().annotations.push({ type: 'canvas share', description: `${(share * 100).toFixed(1)} %` });
      // 1280×720 and 1366×768: the 65 %. 1920×1080 opens every panel and still leaves the board most.
      expect(share).toBeGreaterThanOrEqual(size.width < 1440 ? 0.65 : 0.6);

      for (const bar of await barFacts(page)) {
        expect(bar.height, bar.selector).toBeGreaterThan(0);
        expect(bar.height, bar.selector).toBeLessThanOrEqual(ROW);
        expect(bar.outOfRow, bar.selector).toEqual([]);
      }
      expect(await coveredChrome(page)).toEqual([]);
      // The hints are docked beside the canvas, not over it.
      const canvas = (await page.locator('.react-flow').boundingBox())!;
      const dock = (await page.getByTestId('side-dock').boundingBox())!;
      expect(dock.x).toBeGreaterThanOrEqual(canvas.x + canvas.width - 0.5);
      await expect.poll(() => nodesInsideCanvas(page)).toBe(true);
      if (size.width === 1280 || size.width === 1920) await page.screenshot({ path: `${SHOTS}/editor-${lang}-${size.width}.png` });

      // Shift+1 fits again, inside the same share.
      await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
      await page.keyboard.press('Shift+Digit1');
      await expect.poll(() => nodesInsideCanvas(page)).toBe(true);
    });
  }
}

for (const lang of LANGS) {
  test(`1024×720 ${lang}: what does not fit is in the "⋯" menu, by keyboard too, and it runs the same command`, async ({ page }) => {
    // Narrower than any projector laptop: both the file actions and the workshop tools give way.
    await page.setViewportSize({ width: 1024, height: 720 });
    await openDemo(page, lang);
    // Polled: the save state changes its words at start, and the bar measures again in the next frame.
    await expect.poll(async () => (await barFacts(page)).flatMap((bar) => bar.outOfRow)).toEqual([]);
    // The file actions (last on the app bar) are in its menu.
    const saveAs = lang === 'en' ? 'Save as…' : 'Opslaan als…';
    await expect(page.getByTestId('storage-actions').getByRole('button', { name: saveAs, exact: true })).toBeHidden();
    await page.getByTestId('storage-actions').locator('[data-overflow-more]').click();
    await expect(page.getByRole('menu').getByRole('menuitem', { name: saveAs })).toBeVisible();
    await page.keyboard.press('Escape');
    // The workshop bar's last item, the model chip, is in the workshop bar's menu.
    await expect(chip(page)).toBeHidden();
    const more = page.getByTestId('workshop-bar').locator('[data-overflow-more]');
    await more.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await expect(menu).toBeVisible();
    const box = (await menu.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1024);
    // Focus on the first entry; the arrows move it (and wrap round).
    const entries = menu.locator('[role^="menuitem"]');
    await expect(entries.first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(entries.last()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(more).toBeFocused();
    // A press outside closes it too.
    await more.click();
    await expect(menu).toBeVisible();
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await expect(menu).toHaveCount(0);
    // Choosing the model opens the model card, as the chip does.
    const model = lang === 'en' ? 'Organisation model' : 'Organisatiemodel';
    await more.click();
    await menu.getByRole('menuitemcheckbox').filter({ hasText: model }).click();
    await expect(page.getByTestId('model-card')).toBeVisible();
    await expect(chip(page)).toHaveAttribute('aria-pressed', 'true');
  });

  test(`1280×720 ${lang}: every workshop tool is on its bar, the model chip too`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openDemo(page, lang);
    await expect(page.getByTestId('open-model')).toBeVisible();
    await expect(page.getByTestId('workshop-bar').locator('[data-overflow-more]')).toHaveCount(0);
  });
}

for (const lang of LANGS) {
  test(`1280×720 ${lang}: the docked hints show four hints with their quick fixes without scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openDemo(page, lang);
    // A template with nine hints, four of them with a quick fix, opened as a facilitator would.
    await page.getByTestId('open-templates').click();
    await page.getByTestId('template-picker').locator('[data-template="traditional-midsize"]').getByRole('button').click();
    // The template is written in the interface's language (issue 21, point 6).
    await expect(page.locator('.oc-topbar')).toContainText(templateBoard('traditional-midsize', lang).profile.name);
    await expect(page.locator('.oc-hint')).toHaveCount(9);
    // Another board, other names in the bars: they measure again and still keep to one row.
    await expect.poll(async () => (await barFacts(page)).flatMap((bar) => bar.outOfRow)).toEqual([]);
    const facts = await page.evaluate(() => {
      const body = document.querySelector('.oc-hints__body')!;
      const view = body.getBoundingClientRect();
      const inside = (r: DOMRect) => r.top >= view.top - 0.5 && r.bottom <= view.bottom + 0.5 && r.left >= view.left - 0.5 && r.right <= view.right + 0.5;
      const hints = [...document.querySelectorAll<HTMLElement>('.oc-hints__group .oc-hint')];
      const shown = hints.filter((hint) => inside(hint.getBoundingClientRect()));
      return {
        scrollTop: body.scrollTop,
        shown: shown.length,
        fixesShown: shown.flatMap((hint) => [...hint.querySelectorAll('.oc-hint__fix')]).filter((fix) => inside(fix.getBoundingClientRect())).length,
        fixesOfShown: shown.flatMap((hint) => [...hint.querySelectorAll('.oc-hint__fix')]).length,
      };
    });
    expect(facts.scrollTop).toBe(0);
    expect(facts.shown).toBeGreaterThanOrEqual(4);
    expect(facts.fixesOfShown).toBeGreaterThanOrEqual(2);
    expect(facts.fixesShown).toBe(facts.fixesOfShown);
    await page.screenshot({ path: `${SHOTS}/hints-${lang}-1280.png` });

    // A hint's frame lands its nodes in the canvas, beside the dock, not under it.
    const message = page.locator('.oc-hints__group .oc-hint').first().locator('.oc-hint__message');
    await message.click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
          const selected = [...document.querySelectorAll('.react-flow__node.selected')].map((n) => n.getBoundingClientRect());
          return selected.length > 0 && selected.every((r) => r.left >= canvas.left && r.right <= canvas.right && r.top >= canvas.top && r.bottom <= canvas.bottom);
        }),
      )
      .toBe(true);
    // A selection made from the hints keeps the hints in view.
    await expect(page.locator('.oc-hints__body')).toBeVisible();
  });
}

test('1280×720: the properties open on selection and give the room back without one', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openDemo(page, 'en');
  await expect(page.locator('.oc-inspector')).toBeHidden();
  await expect(page.locator('.oc-hints__body')).toBeVisible();
  await page.locator('.react-flow__node[data-id="r-strat"]').click();
  await expect(page.locator('.oc-inspector')).toBeVisible();
  await expect(page.locator('.oc-inspector').getByLabel('Has a mandate')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/selected-en-1280.png` });
  await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await expect(page.locator('.oc-inspector')).toBeHidden();
  await expect(page.locator('.oc-hints__body')).toBeVisible();
});

test('a folded panel stays folded after a reload, and an unfolded one open', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openDemo(page, 'nl');
  // Below 1440 px the palette starts as its rail; the user opens it, and it stays open.
  await expect(page.getByTestId('palette-rail')).toBeVisible();
  await page.getByTestId('palette-rail').getByRole('button', { name: 'Palet openen' }).click();
  await expect(page.locator('.oc-palette')).toBeVisible();
  // The side dock folded to its rail.
  await page.getByTestId('side-dock').getByRole('button', { name: 'Zijpaneel inklappen' }).click();
  await expect(page.getByTestId('side-rail')).toBeVisible();
  const folded = await canvasShare(page);
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(demoBoard().nodes.length);
  await expect(page.locator('.oc-palette__search')).toBeVisible();
  await expect(page.getByTestId('side-rail')).toBeVisible();
  await expect(page.getByTestId('side-dock')).toHaveCount(0);
  expect(await canvasShare(page)).toBeCloseTo(folded, 2);
  // And back: folded palette, open dock, after another reload.
  await page.getByRole('button', { name: 'Palet inklappen' }).click();
  await page.getByTestId('side-rail').getByRole('button', { name: 'Hints' }).click();
  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(demoBoard().nodes.length);
  await expect(page.getByTestId('palette-rail')).toBeVisible();
  await expect(page.getByTestId('side-dock')).toBeVisible();
});

test('1920×1080: the palette and the properties are open from the start, beside the hints', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openDemo(page, 'en');
  await expect(page.locator('.oc-palette__search')).toBeVisible();
  await expect(page.locator('.oc-inspector')).toBeVisible();
  await expect(page.locator('.oc-hints__body')).toBeVisible();
});
