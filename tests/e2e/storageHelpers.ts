/** Helpers for the storage and library e2e tests: read IndexedDB as the app stored it. */
import type { Page, Worker } from '@playwright/test';

export interface StoredRow {
  id: string;
  name: string;
  revision: number;
  trashedAt: number;
  board: { profile: { name: string }; nodes: { id: string; position: { x: number; y: number } }[] };
}

/**
 * Every board row in the app's database, straight from IndexedDB (not through the app).
 * Since storage version 3 a row holds no board: its JSON text lies in `texts`, in parts
 * keyed [`board:<id>`, part] (renderer/storage/db.ts). Text that does not parse is handed
 * on as a string, for the caller's checks to reject.
 */
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
          const tx = db.transaction(['boards', 'texts']);
          const rows = tx.objectStore('boards').getAll();
          const texts = tx.objectStore('texts').getAll(); // in key order: owner, then part
          tx.oncomplete = () => {
            db.close();
            const byOwner = new Map<string, string>();
            for (const t of texts.result as { owner: string; text: string }[]) byOwner.set(t.owner, (byOwner.get(t.owner) ?? '') + t.text);
            const parse = (json: string | undefined) => {
              try {
                return JSON.parse(json ?? '');
              } catch {
                return json;
              }
            };
            resolve((rows.result as Omit<StoredRow, 'board'>[]).map((row) => ({ ...row, board: parse(byOwner.get(`board:${row.id}`)) })));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** The page and its workers (autosave commits in one), under the one signature they share. */
export const pageAndWorkers = (page: Page): Pick<Worker, 'evaluate'>[] => [page, ...page.workers()];

/**
 * Makes every IndexedDB `put` fail as on a full disk (QuotaExceededError), or work again:
 * in the page and in each of its workers (autosave commits in one), as they are now.
 */
export async function setDiskFull(page: Page, full: boolean): Promise<void> {
  for (const scope of pageAndWorkers(page)) {
    await scope.evaluate((on) => {
      const scope = globalThis as { __diskFull?: boolean };
      if (scope.__diskFull === undefined) {
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
          if (scope.__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return put.apply(this, args);
        };
      }
      scope.__diskFull = on;
    }, full);
  }
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
