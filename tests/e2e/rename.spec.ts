/**
 * Rename where you work, and the app's own questions (issue 21, point 7): the board's name in
 * the storage bar renames in place (Enter keeps, Esc cancels, an empty name is refused with
 * a message), also from the palette; the library's Rename, Empty trash, the unsaved-changes
 * question and the changed-on-disk question are the app's dialogs, never the browser's
 * (Electron implements none: electron/electron#472). Every test fails on a native dialog.
 */
import { expect, test, type Page } from '@playwright/test';
import { demoBoard } from '../../shared/boards/demo';
import type { Board } from '../../shared/model/board';
import { storedBoards } from './storageHelpers';

const demo = demoBoard();
test.use({ viewport: { width: 1280, height: 720 } });

const WORDS = {
  en: {
    demo: 'Demo board',
    boards: '← Boards',
    name: 'Name',
    empty: 'A name cannot be empty: type one, or cancel.',
    rename: 'Rename',
    renameBoard: 'Rename board…',
    cancel: 'Cancel',
    trash: 'Move to trash',
    trashOne: 'Trash (1)',
    emptyTrash: 'Empty trash',
    emptyTitle: 'Empty the trash?',
    back: 'Back to your boards',
    trashEmpty: 'The trash is empty.',
  },
  nl: {
    demo: 'Demobord',
    boards: '← Borden',
    name: 'Naam',
    empty: 'Een naam mag niet leeg zijn: typ er een, of annuleer.',
    rename: 'Naam wijzigen',
    renameBoard: 'Bord hernoemen…',
    cancel: 'Annuleren',
    trash: 'Naar prullenbak',
    trashOne: 'Prullenbak (1)',
    emptyTrash: 'Prullenbak legen',
    emptyTitle: 'Prullenbak legen?',
    back: 'Terug naar je borden',
    trashEmpty: 'De prullenbak is leeg.',
  },
} as const;

/** Fails the test on any alert/confirm/prompt: the app must ask with its own dialogs. */
function refuseNativeDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(dialog.message());
    void dialog.dismiss();
  });
  return seen;
}

async function openDemo(page: Page, lang: 'en' | 'nl') {
  await page.goto(`./?lang=${lang}`);
  await expect(page.locator('.react-flow__node')).toHaveCount(demo.nodes.length);
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();
}

for (const lang of ['en', 'nl'] as const) {
  const T = WORDS[lang];

  test(`the board's name renames in place: Enter keeps, Esc cancels, empty is refused; stored and shown in the library (${lang})`, async ({ page }) => {
    const native = refuseNativeDialogs(page);
    await openDemo(page, lang);
    const name = page.getByTestId('board-name');
    const field = page.getByTestId('board-name-field');
    await expect(name).toHaveText(T.demo);

    await name.click();
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(T.demo);
    await field.fill('Veenstra, ronde 1');
    await page.screenshot({ path: `test-results/screens/rename-inline-${lang}.png` });
    await field.press('Enter');
    await expect(field).toHaveCount(0);
    await expect(name).toHaveText('Veenstra, ronde 1');
    await expect.poll(async () => (await storedBoards(page)).map((r) => r.name)).toEqual(['Veenstra, ronde 1']);

    // Escape keeps the old name.
    await name.click();
    await field.fill('Something else');
    await field.press('Escape');
    await expect(name).toHaveText('Veenstra, ronde 1');
    // Escape in the field did not clear the selection or reach the canvas: nothing else happened.
    await expect(page.locator('.oc-help')).toHaveCount(0);

    // An empty name is refused with a message; the field stays open.
    await name.click();
    await field.fill('   ');
    await field.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: T.empty })).toBeVisible();
    await expect(field).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await page.screenshot({ path: `test-results/screens/rename-refused-${lang}.png` });
    await field.press('Escape');
    await expect(name).toHaveText('Veenstra, ronde 1');

    // From the command palette too.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+k');
    await page.keyboard.type(T.renameBoard.slice(0, -1));
    await page.keyboard.press('Enter');
    await expect(field).toBeFocused();
    await field.fill('Veenstra, ronde 2');
    await field.press('Enter');
    await expect(name).toHaveText('Veenstra, ronde 2');

    // The library shows it.
    await page.getByRole('button', { name: T.boards }).click();
    await expect(page.locator('.oc-board-card__name')).toHaveText(['Veenstra, ronde 2']);
    expect(native).toEqual([]);
  });

  test(`the library renames and empties the trash through the app's dialogs (${lang})`, async ({ page }) => {
    const native = refuseNativeDialogs(page);
    await openDemo(page, lang);
    await page.getByRole('button', { name: T.boards }).click();
    const cards = page.locator('.oc-board-card');
    await expect(cards).toHaveCount(1);

    await cards.first().getByRole('button', { name: T.rename }).click();
    const dialog = page.getByRole('dialog');
    const input = dialog.getByRole('textbox', { name: T.name });
    await expect(input).toBeFocused();
    await expect(input).toHaveValue(T.demo);
    // Empty: refused, the dialog stays.
    await input.fill('');
    await input.press('Enter');
    await expect(dialog.getByRole('alert')).toHaveText(T.empty);
    await page.screenshot({ path: `test-results/screens/rename-library-${lang}.png` });
    // Cancel keeps the name; Esc too.
    await dialog.getByRole('button', { name: T.cancel }).click();
    await expect(dialog).toHaveCount(0);
    await expect(cards.first()).toContainText(T.demo);
    await cards.first().getByRole('button', { name: T.rename }).click();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(cards.first()).toContainText(T.demo);
    // A new name is stored.
    await cards.first().getByRole('button', { name: T.rename }).click();
    await input.fill('Gemeente Utrecht');
    await dialog.getByRole('button', { name: T.rename }).click();
    await expect(cards.first()).toContainText('Gemeente Utrecht');
    await expect.poll(async () => (await storedBoards(page)).map((r) => r.name)).toEqual(['Gemeente Utrecht']);

    // Empty trash asks first; Cancel keeps the board in the trash.
    await cards.first().getByRole('button', { name: T.trash }).click();
    await page.getByRole('button', { name: T.trashOne }).click();
    await page.getByRole('button', { name: T.emptyTrash }).click();
    const question = page.getByRole('alertdialog', { name: T.emptyTitle });
    await expect(question).toBeVisible();
    // The safe answer has focus: Enter right away destroys nothing.
    await expect(question.getByRole('button', { name: T.cancel })).toBeFocused();
    await page.screenshot({ path: `test-results/screens/confirm-empty-trash-${lang}.png` });
    await page.keyboard.press('Enter');
    await expect(question).toHaveCount(0);
    await expect(cards).toHaveCount(1);
    await page.getByRole('button', { name: T.emptyTrash }).click();
    await question.getByRole('button', { name: T.emptyTrash }).click();
    await expect(page.getByText(T.trashEmpty)).toBeVisible();
    await expect.poll(async () => (await storedBoards(page)).length).toBe(0);
    expect(native).toEqual([]);
  });
}

interface Bridge {
  calls: { name: string; payload: unknown }[];
}

/** The desktop preload, stood in for: one file handed over at start; saving it reports it changed on disk unless told to overwrite. */
async function installBridge(page: Page, board: Board) {
  await page.addInitScript((file) => {
    const calls: { name: string; payload: unknown }[] = [];
    const answer = (name: string, value: unknown) => (payload?: unknown) => {
      calls.push({ name, payload });
      return Promise.resolve(value);
    };
    (window as unknown as { orgcanvas: object }).orgcanvas = {
      getAppInfo: answer('getAppInfo', { version: '0.1.0', platform: 'linux', forcedLanguage: null }),
      takeOpenRequests: () => Promise.resolve([{ requestId: 'r1', name: 'Klant.orgcanvas' }]),
      onOpenRequest: () => () => undefined,
      onMenuCommand: () => () => undefined,
      setMenuLanguage: answer('setMenuLanguage', undefined),
      fileOpenRequest: answer('fileOpenRequest', { ok: true, handle: 'h1', name: 'Klant.orgcanvas', board: file, repairs: [] }),
      fileSave: (payload: { overwrite?: boolean }) => {
        calls.push({ name: 'fileSave', payload });
        return Promise.resolve(
          payload.overwrite ? { ok: true, handle: 'h1', name: 'Klant.orgcanvas' } : { ok: false, code: 'changedOnDisk', file: 'Klant.orgcanvas', detail: '', problems: [] },
        );
      },
      fileRelease: answer('fileRelease', undefined),
      fileRecent: answer('fileRecent', []),
      mirrorList: answer('mirrorList', []),
      mirrorRead: answer('mirrorRead', { ok: false, code: 'notFound', file: '', detail: '', problems: [] }),
      mirrorWrite: () => Promise.resolve({ ok: true, written: true }),
      mirrorRemove: answer('mirrorRemove', { ok: true }),
    };
    (window as unknown as { __bridge: Bridge }).__bridge = { calls };
  }, board);
}

const saves = (page: Page) => page.evaluate(() => (window as unknown as { __bridge: Bridge }).__bridge.calls.filter((c) => c.name === 'fileSave').map((c) => c.payload));

test('a file changed on disk, and leaving a board with unsaved file changes, ask in the app (desktop bridge stood in for)', async ({ page }) => {
  const native = refuseNativeDialogs(page);
  const board = demoBoard();
  board.profile.name = 'Klant BV';
  await installBridge(page, board);
  await page.goto('./?lang=en');
  await expect(page.locator('.oc-topbar__board')).toHaveText('Klant BV');
  const task = demo.nodes.find((n) => !n.parentId && n.kind === 'task')!;

  // An edit, then Save: the file changed on disk, so the app asks before overwriting.
  await page.locator(`.react-flow__node[data-id="${task.id}"]`).click();
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+s');
  const changed = page.getByRole('alertdialog', { name: 'The file changed on disk' });
  await expect(changed).toContainText('“Klant.orgcanvas” was changed by someone or something else since you opened it.');
  await page.screenshot({ path: 'test-results/screens/confirm-changed-on-disk-en.png' });
  await changed.getByRole('button', { name: 'Cancel' }).click();
  await expect(changed).toHaveCount(0);
  await expect(page.getByText('“Klant.orgcanvas” changed on disk since you opened it; it was not overwritten.')).toBeVisible();
  expect(await saves(page)).toEqual([{ handle: 'h1', board: expect.anything() }]);

  await page.keyboard.press('Control+s');
  await changed.getByRole('button', { name: 'Overwrite' }).click();
  await expect.poll(async () => (await saves(page)).length).toBe(3);
  expect((await saves(page))[2]).toMatchObject({ handle: 'h1', overwrite: true });
  await expect(page.getByText('Saved to “Klant.orgcanvas”.')).toBeVisible();

  // Another edit, not saved to the file: going back to the library asks first.
  const other = demo.nodes.filter((n) => !n.parentId && n.kind === 'task')[1];
  await page.locator(`.react-flow__node[data-id="${other.id}"]`).click();
  await page.keyboard.press('Delete');
  await page.getByRole('button', { name: '← Boards' }).click();
  const unsaved = page.getByRole('alertdialog', { name: 'Leave without saving to the file?' });
  await expect(unsaved).toContainText('not yet saved to “Klant.orgcanvas”');
  await unsaved.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.oc-storage-bar')).toBeVisible();
  await page.getByRole('button', { name: '← Boards' }).click();
  await unsaved.getByRole('button', { name: 'Leave' }).click();
  await expect(page.getByRole('heading', { name: 'Your boards' })).toBeVisible();
  expect(native).toEqual([]);
});
