/** The app's one library: the IndexedDB database and its repository, made on first use. */
import { openDb } from './db';
import { createRepository, type Repository } from './repository';
import { localSaveWriter } from './saveCommit';
import { workerSaves, type SaveWorkerPort } from './saveWorkerClient';

let repository: Repository | undefined;

export function libraryRepository(): Repository {
  if (repository) return repository;
  const db = openDb();
  const inPage = localSaveWriter(db);
  if (typeof Worker === 'undefined') {
    repository = createRepository(db, inPage);
    return repository;
  }
  // Autosave commits in a worker (saveWorker.ts says why); the page is the fallback.
  const saves = workerSaves(() => new Worker(new URL('./saveWorker.ts', import.meta.url), { type: 'module', name: 'orgcanvas-save' }) as SaveWorkerPort, db.name, inPage);
  repository = createRepository(db, saves.write);
  // Made when the page is idle, so neither the start nor the first edit's save pays for it.
  (globalThis.requestIdleCallback ?? setTimeout)(() => saves.warm());
  return repository;
}
