/** The app's one library: the IndexedDB database and its repository, made on first use. */
import { afterStartWhenIdle } from '../platform/afterStart';
import { openDb, type OrgcanvasDb } from './db';
import { createRepository, type Repository } from './repository';
import { localSaveWriter, type SaveWriter } from './saveCommit';
import { workerSaves, type SaveWorkerPort } from './saveWorkerClient';

let repository: Repository | undefined;

export function libraryRepository(): Repository {
  if (repository) return repository;
  const db = openDb();
  repository = createRepository(db, typeof Worker === 'undefined' ? localSaveWriter(db) : workerWriter(db));
  return repository;
}

/** Autosave commits in a worker (saveWorker.ts says why); the page is the fallback. */
function workerWriter(db: OrgcanvasDb): SaveWriter {
  const saves = workerSaves(() => new Worker(new URL('./saveWorker.ts', import.meta.url), { type: 'module', name: 'orgcanvas-save' }) as SaveWorkerPort, db.name, localSaveWriter(db));
  // Made when the page is idle, so neither the start nor the first edit's save pays for it.
  afterStartWhenIdle(saves.warm);
  return saves.write;
}
