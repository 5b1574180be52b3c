/**
 * Raw data out of the library: what is stored for a board that cannot be read, as a JSON
 * file the user keeps (a damaged row, a board whose text is damaged). A download, like every
 * file the app writes in the browser build (Electron shows its Save dialog for one).
 */
import { libraryRepository } from '../storage/library';
import { storageErrorFrom } from '../storage/errors';
import { notify } from './session';

export async function exportRawData(key: IDBValidKey): Promise<void> {
  try {
    const text = await (await libraryRepository()).rawBoardData(key);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `orgcanvas-raw-${String(key).replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 80) || 'row'}.json`;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked later: Chromium reads the blob after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    const e = storageErrorFrom(error);
    notify({ kind: 'storageError', code: e.code, detail: e.detail });
  }
}
