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

    // Every text the indicator shows from here on.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __seen: string[] }).__seen = seen;
      const bar = document.querySelector('.oc-storage-bar')!;
      new MutationObserver(() => seen.push(bar.querySelector('.oc-save')?.textContent ?? '')).observe(bar, { subtree: true, childList: true, characterData: true });
    });
    await dragNode(page, task.id, 60, 20);
    await expect(indicator).toHaveAttribute('data-save-state', 'saved');
    await expect.poll(async () => (await storedBoards(page))[0]!.revision).toBeGreaterThan(before.revision);
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen.filter((text) => words[lang].progress.test(text))).toEqual([]);

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
