/**
 * Lines that find their way (issue 21, point 3), by geometry at 1280×720, 1366×768 and
 * 1920×1080 in English and Dutch, on the demo and the two largest templates: points sampled along every drawn line
 * (its SVG path, mapped to the screen) never fall inside a box the line does not join, nor
 * in a department's header band (a line may leave the department its role sits in, and
 * cross a department's open floor: shared/routing/router.ts). With routing switched off the
 * same check finds crossings, so it tests the routing and not the boards.
 */
import { expect, test, type Page } from '@playwright/test';
import { demoBoard } from '../../shared/boards/demo';
import type { Board } from '../../shared/model/board';
import dandelion from '../../shared/templates/boards/dandelion.json' with { type: 'json' };
import honeycomb from '../../shared/templates/boards/honeycomb.json' with { type: 'json' };
import { openBoard } from './editingHelpers';
import { ROOM_SIZES, sizeName } from './roomSizes';

test.use({ viewport: { width: 1280, height: 720 } });

const HEADER_HEIGHT = 48;

/** Every (line, box) pair where a drawn line passes through a box it does not join. */
async function drawnCrossings(page: Page, board: Board): Promise<string[]> {
  const parents = Object.fromEntries(board.nodes.map((n) => [n.id, n.parentId ?? null]));
  const ends = Object.fromEntries(board.edges.map((e) => [e.id, [e.source, e.target]]));
  const containers = [...new Set(board.nodes.flatMap((n) => (n.parentId ? [n.parentId] : [])))];
  return page.evaluate(
    ({ parents, ends, containers, header }) => {
      // A department's title band: the editor's 48 units, or the header as drawn where it is
      // taller (presenting sizes it for the room), whichever is more.
      const boxes = [...document.querySelectorAll<HTMLElement>('.react-flow__node[data-id]')].map((el) => {
        const r = el.getBoundingClientRect();
        const title = el.querySelector('.oc-department__header')?.getBoundingClientRect();
        return { id: el.dataset.id!, r, title: title ? title.bottom - r.top : 0 };
      });
      const zoom = (() => {
        const m = /scale\(([\d.]+)\)/.exec(document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform);
        return m ? Number(m[1]) : 1;
      })();
      const found: string[] = [];
      for (const group of document.querySelectorAll<SVGGElement>('.oc-edge-layer .oc-edge')) {
        const id = group.dataset.id!;
        const path = group.querySelector<SVGPathElement>('path.oc-edge__line')!;
        const ctm = path.getScreenCTM()!;
        const length = path.getTotalLength();
        const points: { x: number; y: number }[] = [];
        for (let at = 0; at <= length; at += 3) {
          const p = path.getPointAtLength(at);
          points.push({ x: ctm.a * p.x + ctm.c * p.y + ctm.e, y: ctm.b * p.x + ctm.d * p.y + ctm.f });
        }
        // The line's ends and every department holding one of them.
        const exempt = new Set<string>();
        for (const end of ends[id]!) {
          for (let node: string | null = end; node; node = parents[node] ?? null) exempt.add(node);
        }
        for (const { id: box, r, title } of boxes) {
          if (exempt.has(box)) continue;
          const height = containers.includes(box) ? Math.min(Math.max(header * zoom, title), r.height) : r.height;
          const inset = 2;
          const hit = points.some((p) => p.x > r.left + inset && p.x < r.right - inset && p.y > r.top + inset && p.y < r.top + height - inset);
          if (hit) found.push(`${id}×${box}`);
        }
      }
      return found;
    },
    { parents, ends, containers, header: HEADER_HEIGHT },
  );
}

const BOARDS: [string, () => Board][] = [
  ['demo', demoBoard],
  ['dandelion', () => structuredClone(dandelion) as unknown as Board],
  ['honeycomb', () => structuredClone(honeycomb) as unknown as Board],
];

for (const size of ROOM_SIZES) {
  for (const lang of ['en', 'nl'] as const) {
    for (const [name, make] of BOARDS) {
      test(`${sizeName(size)} ${lang}: ${name}: no drawn line passes through a box it does not join`, async ({ page }) => {
        await page.setViewportSize(size);
        const board = make();
        await openBoard(page, lang, board);
        await expect(page.locator('.oc-edge-layer .oc-edge')).toHaveCount(board.edges.length);
        await expect(page.locator('.oc-edge-layer[data-routed="true"]')).toHaveCount(1, { timeout: 20_000 });
        const crossings = await drawnCrossings(page, board);
        console.info(`${sizeName(size)} ${lang} ${name}: ${crossings.length} crossings routed`);
        expect(crossings).toEqual([]);
      });
    }
  }
}

// Presenting draws grown boxes and taller department titles (renderer/workshop/presentedBoard.ts);
// its lines are routed round those, titles included.
for (const size of ROOM_SIZES) {
  for (const lang of ['en', 'nl'] as const) {
    test(`${sizeName(size)} ${lang}: presenting, no drawn line passes through a box or a title it does not join`, async ({ page }) => {
      test.slow();
      await page.setViewportSize(size);
      for (const [name, make] of BOARDS) {
        const board = make();
        await openBoard(page, lang, board);
        await expect(page.locator('.oc-edge-layer[data-routed="true"]')).toHaveCount(1, { timeout: 20_000 });
        await page.keyboard.press('F5');
        await expect(page.locator('html')).toHaveClass(/oc-presenting/);
        // The presented boxes are laid out against the fit, then routed in the worker.
        await expect
          .poll(async () => {
            const routed = await page.locator('.oc-edge-layer[data-routed="true"]').count();
            const found = await drawnCrossings(page, board);
            return routed === 1 ? found : ['not routed yet', ...found];
          }, { timeout: 30_000, intervals: [500, 1000] })
          .toEqual([]);
        console.info(`${sizeName(size)} ${lang} ${name}: presenting, 0 crossings`);
        await page.keyboard.press('Escape');
      }
    });
  }
}

test('with routing switched off the same check finds the crossings', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('orgcanvas.routing', 'off'));
  for (const [name, make] of BOARDS) {
    const board = make();
    await openBoard(page, 'en', board);
    await expect(page.locator('.oc-edge-layer[data-routed="true"]')).toHaveCount(1);
    const crossings = await drawnCrossings(page, board);
    console.info(`${name}: ${crossings.length} crossings straight`);
    expect(crossings.length).toBeGreaterThan(0);
  }
});

test('a drag draws the moved lines straight, and the drop routes them round the boxes again', async ({ page }) => {
  const demo = demoBoard();
  await openBoard(page, 'en', demo);
  await expect(page.locator('.oc-edge-layer[data-routed="true"]')).toHaveCount(1, { timeout: 20_000 });
  // k-sell (Social selling, a task in the bottom row) into the free space at its right.
  const line = page.locator('.oc-edge-layer .oc-edge[data-id="e17"] path.oc-edge__line');
  const segments = async () => ((await line.getAttribute('d')) ?? '').split('L').length - 1;
  const task = await page.locator('.react-flow__node[data-id="k-sell"]').boundingBox();
  await page.mouse.move(task!.x + 12, task!.y + 12);
  await page.mouse.down();
  await page.mouse.move(task!.x + 12 + task!.width * 1.3, task!.y + 12, { steps: 10 });
  // Mid-drag: the task's line is one straight segment (no routing in a drag step).
  expect(await segments()).toBe(1);
  await page.mouse.up();
  await expect(page.locator('.oc-edge-layer[data-routed="true"]')).toHaveCount(1, { timeout: 20_000 });
  await expect.poll(segments, { timeout: 20_000 }).toBeGreaterThan(1);
  const after = await page.evaluate(() => (window as unknown as { __ORGCANVAS_BENCH__: { store: { getState(): { board: Board } } } }).__ORGCANVAS_BENCH__.store.getState().board);
  await expect.poll(async () => drawnCrossings(page, after), { timeout: 20_000 }).toEqual([]);
});
