/**
 * The app's one library: the IndexedDB database and its repository, made on first use.
 *
 * The database code (Dexie, ≈ 100 KB of script) loads with that first use, not with the
 * page: a cold start has to compile and run everything it imports before the board shows,
 * and the library is first needed after that (tests/bench start row).
 */
import { afterStartWhenIdle } from '../platform/afterStart';
import { loadOnce } from '../platform/loadOnce';
import type { OrgcanvasDb } from './db';
import { createRepository, type Repository } from './repository';
import { localSaveWriter, type SaveWriter } from './saveCommit';
import { workerSaves, type SaveWorkerPort } from './saveWorkerClient';

/** The repository; a first use whose script could not load is retried by the next. */
export const libraryRepository: () => Promise<Repository> = loadOnce(async () => {
  const { openDb } = await import('./db');
  const db = openDb();
  return createRepository(db, typeof Worker === 'undefined' ? localSaveWriter(db) : workerWriter(db));
});

/** Autosave commits in a worker (saveWorker.ts says why); the page is the fallback. */
function workerWriter(db: OrgcanvasDb): SaveWriter {
  const saves = workerSaves(() => new Worker(new URL('./saveWorker.ts', import.meta.url), { type: 'module', name: 'orgcanvas-save' }) as SaveWorkerPort, db.name, localSaveWriter(db));
  // Made at the first idle moment, not after the usual wait: the first edit can come within
  // a second, and a cold worker (its script, its own database connection) made its save
  // take over two seconds on a loaded machine. Neither the start nor that save pays for it.
  afterStartWhenIdle(saves.warm, 0);
  return saves.write;
}
