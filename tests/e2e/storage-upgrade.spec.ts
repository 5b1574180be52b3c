/**
 * A library stored by an earlier OrgCanvas (storage version 2: each board one JSON string in
 * its row) opens in this one with nothing lost: Dexie's upgrade in db.ts moves every board
 * and version into text parts, in the real browser's IndexedDB, not a fake.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { demoBoard } from '../../shared/boards/demo';
import { storedBoards } from './storageHelpers';

const board = { ...demoBoard(), profile: { ...demoBoard().profile, name: 'Waterschap Oud' } };
// Any file of the built app: a page of the app's origin that does not start the app.
const asset = readdirSync(join(import.meta.dirname, '../../dist/renderer/assets')).find((f) => f.endsWith('.css'))!;

test('a version 2 library opens with its boards and versions (upgraded to text parts)', async ({ page }) => {
  await page.goto(`./assets/${asset}`);
  await page.evaluate(
    ({ json, organisation }) =>
      new Promise<void>((resolve, reject) => {
        // As Dexie created version 2 (Dexie stores version × 10).
        const open = indexedDB.open('orgcanvas', 20);
        open.onupgradeneeded = () => {
          const db = open.result;
          const boards = db.createObjectStore('boards', { keyPath: 'id' });
          boards.createIndex('updatedAt', 'updatedAt');
          boards.createIndex('trashedAt', 'trashedAt');
          const versions = db.createObjectStore('versions', { keyPath: 'seq', autoIncrement: true });
          versions.createIndex('boardId', 'boardId');
          versions.createIndex('[boardId+createdAt]', ['boardId', 'createdAt']);
          db.createObjectStore('settings', { keyPath: 'key' });
          boards.put({ id: 'b-old', name: 'Client 2025', createdAt: 1, updatedAt: Date.now(), revision: 5, boardJson: json, organisation, thumbnail: '<svg xmlns="http://www.w3.org/2000/svg"/>', trashedAt: -1 });
          versions.put({ boardId: 'b-old', createdAt: 2, reason: 'named', name: 'before the workshop', boardJson: json, bytes: json.length });
        };
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(open.error);
      }),
    { json: JSON.stringify(board), organisation: board.profile.name },
  );

  // The library lists it (its row alone: name, organisation, picture), and opens it.
  await page.goto('./?lang=en');
  const card = page.locator('.oc-board-card').filter({ hasText: 'Client 2025' });
  await expect(card).toContainText('Waterschap Oud');
  await card.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.locator('.oc-storage-bar__name')).toContainText('Client 2025');
  await expect(page.locator('.react-flow__node')).toHaveCount(board.nodes.length);
  await expect(page.locator('[data-save-state="saved"]')).toBeVisible();

  await page.getByRole('button', { name: 'Versions' }).click();
  const item = page.locator('.oc-versions__list li').filter({ hasText: 'before the workshop' });
  await item.getByRole('button', { name: 'Preview' }).click();
  await expect(page.locator('.oc-versions__preview img')).toBeVisible();

  const stored = (await storedBoards(page)).find((r) => r.id === 'b-old')!;
  expect(stored.board).toEqual(board);
  expect(stored).not.toHaveProperty('boardJson');
});
