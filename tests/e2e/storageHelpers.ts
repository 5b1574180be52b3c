/** Helpers for the storage and library e2e tests: read IndexedDB as the app stored it. */
import type { Page } from '@playwright/test';

export interface StoredRow {
  id: string;
  name: string;
  revision: number;
  trashedAt: number;
  board: { profile: { name: string }; nodes: { id: string; position: { x: number; y: number } }[] };
}

/** Every board row in the app's database, straight from IndexedDB (not through the app). */
export async function storedBoards(page: Page): Promise<StoredRow[]> {
  return page.evaluate(
    () =>
      new Promise<StoredRow[]>((resolve, reject) => {
        const open = indexedDB.open('orgcanvas');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('boards')) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction('boards').objectStore('boards').getAll();
          request.onsuccess = () => {
            db.close();
            // Rows hold the board as JSON text since storage version 2 (renderer/storage/db.ts).
            resolve(
              (request.result as (StoredRow & { boardJson?: string })[]).map(({ boardJson, ...row }) => ({
                ...row,
                board: boardJson !== undefined ? JSON.parse(boardJson) : row.board,
              })),
            );
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Drops `text` as a file named `name` onto the window, the way a user drags one in. */
export async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ({ name, text }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'application/json' }));
      for (const type of ['dragover', 'drop']) {
        window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    },
    { name, text },
  );
}

/** Drags a node by `dx, dy` screen pixels with the mouse. */
export async function dragNode(page: Page, nodeId: string, dx: number, dy: number): Promise<void> {
  const box = await page.locator(`.react-flow__node[data-id="${nodeId}"] .oc-node__band`).boundingBox();
  if (!box) throw new Error(`node ${nodeId} not visible`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(x + (dx * i) / 8, y + (dy * i) / 8);
  await page.mouse.up();
}
