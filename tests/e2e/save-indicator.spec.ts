/**
 * The save indicator (renderer/library/shownSaveStatus.ts): a quick save does not make it
 * flicker ("Unsaved changes" → "Saving…" → "Saved" on every edit), but a board left unsaved
 * for over two seconds says so, and says "Saved" once the change is stored.
 */
import { expect, test } from '@playwright/test';
import { demoBoard } from '../../shared/boards/demo';
import { dragNode, storedBoards } from './storageHelpers';

const demo = demoBoard();
const task = demo.nodes.find((n) => !n.parentId && n.kind === 'task')!;
const words = {
  en: { saved: 'Saved', progress: /Unsaved changes|Saving/ },
  nl: { saved: 'Opgeslagen', progress: /Nog niet opgeslagen|Bezig met opslaan/ },
};

for (const lang of ['en', 'nl'] as const) {
  test(`a quick save leaves the indicator alone; a long unsaved stretch is shown (${lang})`, async ({ page }) => {
    await page.goto(`./?lang=${lang}`);
    const indicator = page.locator('.oc-save');
    await expect(indicator).toHaveAttribute('data-save-state', 'saved');
    await expect(indicator).toContainText(words[lang].saved);
    const before = (await storedBoards(page))[0]!;

    // Every text the indicator shows from here on, and when; and when the drag began (the
    // board is unsaved from its first move at the earliest).
    await page.evaluate(() => {
      const w = window as unknown as { __seen: { text: string; at: number }[]; __downAt?: number };
      w.__seen = [];
      addEventListener('pointerdown', () => (w.__downAt ??= performance.now()), true);
      const bar = document.querySelector('.oc-storage-bar')!;
      new MutationObserver(() => w.__seen.push({ text: bar.querySelector('.oc-save')?.textContent ?? '', at: performance.now() })).observe(bar, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await dragNode(page, task.id, 60, 20);
    await expect(indicator).toHaveAttribute('data-save-state', 'saved');
    await expect.poll(async () => (await storedBoards(page))[0]!.revision).toBeGreaterThan(before.revision);
    const { seen, downAt } = await page.evaluate(() => {
      const w = window as unknown as { __seen: { text: string; at: number }[]; __downAt: number };
      return { seen: w.__seen, downAt: w.__downAt };
    });
    // "Unsaved" or "saving" may only show once the board has been unsaved for two seconds:
    // a save that quick shows nothing. (On a machine so loaded that the save took longer, the
    // indicator is right to say so, and this does not count it.)
    expect(seen.filter((s) => words[lang].progress.test(s.text) && s.at - downAt < 2000)).toEqual([]);

    // A drag held on: nothing is saved until the drop, and after two seconds the indicator says so.
    const box = (await page.locator(`.react-flow__node[data-id="${task.id}"] .oc-node__band`).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2 + 10, { steps: 4 });
    await expect(indicator).toHaveText(words[lang].progress, { timeout: 5000 });
    await expect(indicator).toHaveAttribute('data-save-state', 'pending');
    await page.screenshot({ path: `test-results/screens/save-indicator-unsaved-${lang}.png` });
    await page.mouse.up();
    await expect(indicator).toContainText(words[lang].saved);
    await expect(indicator).toHaveAttribute('data-save-state', 'saved');
  });
}
