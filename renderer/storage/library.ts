/** The app's one library: the IndexedDB database and its repository, made on first use. */
import { openDb } from './db';
import { createRepository, type Repository } from './repository';
import { localSaveWriter } from './saveCommit';
import { workerSaveWriter, type SaveWorkerPort } from './saveWorkerClient';

let repository: Repository | undefined;

export function libraryRepository(): Repository {
  if (repository) return repository;
  const db = openDb();
  const inPage = localSaveWriter(db);
  // Autosave commits in a worker (saveWorker.ts says why); the page is the fallback.
  const writeSave =
    typeof Worker === 'undefined'
      ? inPage
      : workerSaveWriter(() => new Worker(new URL('./saveWorker.ts', import.meta.url), { type: 'module', name: 'orgcanvas-save' }) as SaveWorkerPort, db.name, inPage);
  repository = createRepository(db, writeSave);
  return repository;
}
