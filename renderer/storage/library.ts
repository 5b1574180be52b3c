/** The app's one library: the IndexedDB database and its repository, made on first use. */
import { openDb } from './db';
import { createRepository, type Repository } from './repository';

let repository: Repository | undefined;

export function libraryRepository(): Repository {
  repository ??= createRepository(openDb());
  return repository;
}
