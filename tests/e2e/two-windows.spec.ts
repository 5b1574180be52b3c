/**
 * Two windows on one board (issue 23). Before: window A moved a node, window B (still
 * showing the old board) moved another, B's autosave wrote its whole stale board over A's
 * move, and both said "Saved". Two pages of one browser context share the origin's
 * IndexedDB and Web Locks, as two windows of the browser build or the desktop app do.
 */
import { expect, test, type Page } from '@playwright/test';
import { demoBoard } from '../../shared/boards/demo';
import { dragNode, storedBoards } from './storageHelpers';

const demo = demoBoard();
const [first, second] = demo.nodes.filter((n) => !n.parentId && n.kind === 'task');

const nodeX = async (page: Page, id: string) => (await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!.x;
/** Where the first task is from the second, in widths of the first: the same at any zoom. */
const shape = async (page: Page) => {
  const [one, two] = [await page.locator(`.react-flow__node[data-id="${first.id}"]`).boundingBox(), await page.locator(`.react-flow__node[data-id="${second.id}"]`).boundingBox()];
  return (one!.x - two!.x) / one!.width;
};
const storedX = async (page: Page, id: string) => (await storedBoards(page)).filter((r) => r.trashedAt === -1)[0]!.board.nodes.find((n) => n.id === id)!.position.x;

test('one window edits, the other is read-only and told why, and takes over with the latest board; no edit lost', async ({ context }) => {
  const a = await context.newPage();
  await a.goto('./?lang=en');
  await expect(a.locator('[data-save-state="saved"]')).toBeVisible();
  const b = await context.newPage();
  await b.goto('./?lang=nl');
  await expect(b.locator('[data-access="readOnly"]')).toContainText('in een ander OrgCanvas-venster open om te bewerken');
  await b.screenshot({ path: 'test-results/screens/two-windows-read-only-nl.png' });

  // A edits; B's canvas takes no input.
  const firstAt = await storedX(a, first.id);
  await dragNode(a, first.id, 120, 0);
  await expect.poll(() => storedX(a, first.id)).toBeGreaterThan(firstAt + 50);
  const secondAt = await storedX(a, second.id);
  const before = await nodeX(b, second.id);
  await expect(b.locator('.oc-library-gate__main')).toHaveAttribute('inert');
  await dragNode(b, second.id, 120, 0);
  await b.keyboard.press('Control+z');
  expect(await nodeX(b, second.id)).toBe(before);
  expect(await storedX(a, second.id)).toBe(secondAt);

  // B takes over: it shows A's move first, then its own edit is stored on top of it.
  await b.getByRole('button', { name: 'Zelf verder bewerken' }).click();
  await expect(b.locator('[data-access]')).toHaveCount(0);
  await expect(a.locator('[data-access="takenOver"]')).toContainText('Another window took over editing this board');
  await a.screenshot({ path: 'test-results/screens/two-windows-taken-over-en.png' });
  const storedFirst = await storedX(a, first.id);
  await dragNode(b, second.id, 0, 120);
  await expect.poll(async () => (await storedBoards(b))[0]!.board.nodes.find((n) => n.id === second.id)!.position.y).toBeGreaterThan(demo.nodes.find((n) => n.id === second.id)!.position.y + 50);
  await expect(b.locator('[data-save-state="saved"]')).toBeAttached();
  expect(await storedX(b, first.id)).toBe(storedFirst); // A's move is still there
});

test('without Web Locks, a stale window is refused, told, and keeps its edit as a copy; the other window’s edit stays', async ({ context }) => {
  const a = await context.newPage();
  await a.goto('./?lang=en');
  await expect(a.locator('[data-save-state="saved"]')).toBeVisible();
  const b = await context.newPage();
  // A browser without the Web Locks API: nothing keeps B from editing, only the save's revision check.
  await b.addInitScript(() => Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined }));
  await b.goto('./?lang=en');
  await expect(b.locator('[data-save-state="saved"]')).toBeVisible();
  await expect(b.locator('[data-access]')).toHaveCount(0);

  const firstAt = await storedX(a, first.id);
  const secondAt = await storedX(a, second.id);
  await dragNode(a, first.id, 120, 0);
  await expect.poll(() => storedX(a, first.id)).toBeGreaterThan(firstAt + 50);
  const aMoved = await storedX(a, first.id);

  // B still shows the board without A's move, and moves another node.
  await dragNode(b, second.id, 120, 0);
  const banner = b.locator('[data-access="conflict"]');
  await expect(banner).toContainText('Another window saved this board after this one opened it');
  await expect(b.locator('[data-save-state="error"]')).toBeAttached();
  await b.screenshot({ path: 'test-results/screens/two-windows-conflict-en.png' });
  // Not written over A's move, and B's move is still on B's screen.
  expect(await storedX(a, first.id)).toBe(aMoved);
  expect(await storedX(a, second.id)).toBe(secondAt);
  const bSecond = await nodeX(b, second.id);

  await banner.getByRole('button', { name: 'Keep my version as a new board' }).click();
  await expect(b.locator('[data-access]')).toHaveCount(0);
  await expect(b.locator('[data-save-state="saved"]')).toBeVisible();
  const rows = (await storedBoards(b)).filter((r) => r.trashedAt === -1);
  expect(rows).toHaveLength(2);
  const copy = rows.find((r) => r.name.endsWith('(my version)'))!;
  expect(copy.board.nodes.find((n) => n.id === second.id)!.position.x).toBeGreaterThan(secondAt + 50);
  expect(copy.board.nodes.find((n) => n.id === first.id)!.position.x).toBe(firstAt);
  expect(await nodeX(b, second.id)).toBeCloseTo(bSecond, 0);
  // The original still has A's move, B's not written over it.
  const original = rows.find((r) => r !== copy)!;
  expect(original.board.nodes.find((n) => n.id === first.id)!.position.x).toBe(aMoved);
});

test('a stale window that loads the saved board keeps its own version under Versions', async ({ context }) => {
  const a = await context.newPage();
  await a.goto('./?lang=nl');
  await expect(a.locator('[data-save-state="saved"]')).toBeVisible();
  const b = await context.newPage();
  await b.addInitScript(() => Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined }));
  await b.goto('./?lang=nl');
  await expect(b.locator('[data-save-state="saved"]')).toBeVisible();

  const firstAt = await storedX(a, first.id);
  await dragNode(a, first.id, 120, 0);
  await expect.poll(() => storedX(a, first.id)).toBeGreaterThan(firstAt + 50);
  const aMoved = await storedX(a, first.id);
  await dragNode(b, second.id, 120, 0);
  const banner = b.locator('[data-access="conflict"]');
  await expect(banner).toContainText('Een ander venster heeft dit bord opgeslagen');
  await b.screenshot({ path: 'test-results/screens/two-windows-conflict-nl.png' });

  await banner.getByRole('button', { name: 'Laad het opgeslagen bord' }).click();
  await expect(b.locator('[data-access]')).toHaveCount(0);
  // B now shows A's board (compared in node widths, which holds at any zoom), and stored nothing over it.
  const aShape = await shape(a);
  await expect.poll(async () => Math.abs((await shape(b)) - aShape)).toBeLessThan(0.05);
  expect(await storedX(b, first.id)).toBe(aMoved);
  // B's own board is a version of the board.
  await b.getByRole('button', { name: 'Versies' }).click();
  await expect(b.locator('[data-version-reason="conflict"]').first()).toContainText('Uit een venster waarvan het opslaan werd geweigerd');
});
