/**
 * Issue 23: an edit that takes the board past a limit of the file format is shown but not
 * stored. The indicator says "Not saved" and names the limit, the stored revision stays as
 * it was (so it opens again, as a file and from the desktop mirror), and the board is saved
 * again once it is back within the limits.
 */
import { expect, test } from '@playwright/test';
import { LIMITS } from '../../shared/model/limits';
import { storedBoards } from './storageHelpers';

interface FaultWindow {
  __ORGCANVAS_FAULT__: { ready?: boolean; store: { getState(): { board: { nodes: unknown[] }; changeBoard(recipe: (b: any) => any): void } } };
}

const words = {
  en: { saved: 'Saved', refused: `Not saved: The board is past a limit: the board has 5,001 nodes, more than the 5,000 a board can have` },
  nl: { saved: 'Opgeslagen', refused: 'Niet opgeslagen: Het bord gaat over een grens: het bord heeft 5.001 elementen, meer dan de 5.000 die een bord mag hebben' },
};

for (const lang of ['en', 'nl'] as const) {
  test(`a board past the node limit is not stored, and the indicator names the limit (${lang})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.addInitScript(() => ((window as unknown as { __ORGCANVAS_FAULT__: object }).__ORGCANVAS_FAULT__ = {}));
    await page.goto(`./?lang=${lang}`);
    const indicator = page.locator('.oc-save');
    await expect(indicator).toHaveAttribute('data-save-state', 'saved');
    await page.waitForFunction(() => (window as unknown as FaultWindow).__ORGCANVAS_FAULT__.ready === true);
    const before = (await storedBoards(page))[0]!;

    // Notes far off to the side, up to one past the limit.
    await page.evaluate((limit) => {
      const { store } = (window as unknown as FaultWindow).__ORGCANVAS_FAULT__;
      store.getState().changeBoard((b) => ({
        ...b,
        nodes: [
          ...b.nodes,
          ...Array.from({ length: limit + 1 - b.nodes.length }, (_, i) => ({ id: `extra${i}`, kind: 'note', label: '', position: { x: 50_000 + (i % 70) * 260, y: Math.floor(i / 70) * 160 }, data: {} })),
        ],
      }));
    }, LIMITS.maxNodes);
    await expect(indicator).toHaveAttribute('data-save-state', 'error', { timeout: 60_000 });
    await expect(indicator).toContainText(words[lang].refused);
    await page.screenshot({ path: `test-results/screens/save-limits-${lang}.png` });
    const during = (await storedBoards(page))[0]!;
    expect(during.revision).toBe(before.revision);
    expect(during.board.nodes).toHaveLength(before.board.nodes.length);

    // Back within the limits: saved again.
    await page.evaluate(() => {
      const { store } = (window as unknown as FaultWindow).__ORGCANVAS_FAULT__;
      store.getState().changeBoard((b) => ({ ...b, nodes: b.nodes.filter((n: { id: string }) => !n.id.startsWith('extra')) }));
    });
    await expect(indicator).toHaveAttribute('data-save-state', 'saved', { timeout: 60_000 });
    await expect.poll(async () => (await storedBoards(page))[0]!.revision, { timeout: 30_000 }).toBeGreaterThan(before.revision);
  });
}
