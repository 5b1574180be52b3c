/** Shared set-up for the editing end-to-end tests: an empty board and a window on the store. */
import { expect, type Page } from '@playwright/test';
import { emptyBoard, type Board } from '../../shared/model/board';

export const TEXT = {
  en: {
    palette: { department: 'Department', role: 'Role', team: 'Team', task: 'Task', objective: 'Objective', webcareCoordinator: 'Webcare coordinator', search: 'Search the palette' },
    refusal: 'A team cannot be connected to a department.',
    refused: 'Not connected',
    layout: 'Tidy up the board',
    undo: 'Undo',
    label: 'Label',
    person: 'Person',
    mandate: 'Has a mandate',
    kpi: 'KPI',
    taskType: 'Task type',
    connectSearch: 'Search for the node to connect to',
    raciAccountable: 'A · Accountable',
    member: 'Member of',
    help: 'Keyboard shortcuts',
    palettePlaceholder: 'Type a command',
  },
  nl: {
    palette: { department: 'Afdeling', role: 'Rol', team: 'Team', task: 'Taak', objective: 'Doelstelling', webcareCoordinator: 'Coördinator webcare', search: 'Zoeken in het palet' },
    refusal: 'Een team kan niet verbonden worden met een afdeling.',
    refused: 'Niet verbonden',
    layout: 'Bord netjes schikken',
    undo: 'Ongedaan maken',
    label: 'Naam',
    person: 'Persoon',
    mandate: 'Heeft mandaat',
    kpi: 'KPI',
    taskType: 'Soort taak',
    connectSearch: 'Zoek het element om mee te verbinden',
    raciAccountable: 'Eindverantwoordelijk (A)',
    member: 'Lid van',
    help: 'Sneltoetsen',
    palettePlaceholder: 'Typ een opdracht',
  },
} as const;

export type Lang = keyof typeof TEXT;

/** Open the app on `board` (empty by default) through the bench hook, which also exposes the store. */
export async function openBoard(page: Page, lang: Lang, board: Board = emptyBoard({ name: 'Test BV' })) {
  await page.addInitScript((value) => {
    (window as unknown as { __ORGCANVAS_BENCH__: unknown }).__ORGCANVAS_BENCH__ = { board: value };
  }, board);
  await page.goto(`./?lang=${lang}`);
  await expect(page.locator('.oc-canvas .react-flow__pane')).toBeVisible();
  // The hints panel (another feature) floats over the canvas's right side: fold it away. It
  // opens unfolded, a moment after the canvas (renderer/chrome/AfterFirstPaint.tsx).
  await page.locator('.oc-hints__toggle[aria-expanded="true"]').click();
  await expect(page.locator('.oc-hints__toggle[aria-expanded="false"]')).toBeVisible();
}

export async function board(page: Page): Promise<Board> {
  return page.evaluate(() => (window as unknown as { __ORGCANVAS_BENCH__: { store: { getState(): { board: Board } } } }).__ORGCANVAS_BENCH__.store.getState().board);
}

export async function undoDepth(page: Page): Promise<{ undo: number; redo: number }> {
  return page.evaluate(() => {
    const store = (window as unknown as { __ORGCANVAS_BENCH__: { store: { temporal: { getState(): { pastStates: unknown[]; futureStates: unknown[] } } } } }).__ORGCANVAS_BENCH__.store;
    const t = store.temporal.getState();
    return { undo: t.pastStates.length, redo: t.futureStates.length };
  });
}

export function nodeEl(page: Page, id: string) {
  return page.locator(`.react-flow__node[data-id="${id}"]`);
}

export async function centreOf(page: Page, id: string) {
  const box = (await nodeEl(page, id).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}

/** Drag a palette item (by its accessible name) onto the canvas at a screen point. */
export async function dropFromPalette(page: Page, name: string, x: number, y: number): Promise<string> {
  const before = new Set((await board(page)).nodes.map((n) => n.id));
  const item = page.locator('.oc-palette').getByRole('button', { name, exact: true });
  await item.dragTo(page.locator('.oc-canvas .react-flow__pane'), { targetPosition: await paneOffset(page, x, y) });
  await expect.poll(async () => (await board(page)).nodes.length).toBe(before.size + 1);
  return (await board(page)).nodes.find((n) => !before.has(n.id))!.id;
}

async function paneOffset(page: Page, x: number, y: number) {
  const pane = (await page.locator('.oc-canvas .react-flow__pane').boundingBox())!;
  return { x: x - pane.x, y: y - pane.y };
}

/** Drag from a node's bottom handle to the centre of another node with the real mouse. */
export async function connectByMouse(page: Page, from: string, to: string, part?: string) {
  const handle = (await nodeEl(page, from).locator('.react-flow__handle.source').first().boundingBox())!;
  const partBox = part ? (await nodeEl(page, to).locator(part).boundingBox())! : undefined;
  const target = partBox ? { x: partBox.x + partBox.width / 2, y: partBox.y + partBox.height / 2 - 10 } : await centreOf(page, to);
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move((handle.x + target.x) / 2, (handle.y + target.y) / 2, { steps: 5 });
  await page.mouse.move(target.x, target.y + 10, { steps: 5 });
  await page.mouse.up();
}

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

/** Clicks the edge's line where nothing else lies on top of it, as a user aims. */
export async function clickEdge(page: Page, id: string, modifiers: ('Shift' | 'Control')[] = []) {
  const point = await page.locator(`.oc-edge[data-id="${id}"]`).evaluate((group: SVGGElement) => {
    const path = group.querySelector<SVGPathElement>('path.oc-edge__line')!;
    const m = path.getScreenCTM()!;
    for (let f = 0.1; f < 0.95; f += 0.05) {
      const p = path.getPointAtLength(path.getTotalLength() * f);
      const x = p.x * m.a + p.y * m.c + m.e;
      const y = p.x * m.b + p.y * m.d + m.f;
      if (group.contains(document.elementFromPoint(x, y))) return { x, y };
    }
    return null;
  });
  expect(point, 'a visible stretch of the line').not.toBeNull();
  for (const key of modifiers) await page.keyboard.down(key);
  await page.mouse.click(point!.x, point!.y);
  for (const key of modifiers) await page.keyboard.up(key);
}
