/** Fresh IndexedDB per test (fake-indexeddb in Node) and a repository that can be made to fail. */
import 'fake-indexeddb/auto';
import { openDb, type OrgcanvasDb } from '../../../renderer/storage/db';
import { createRepository, type Repository } from '../../../renderer/storage/repository';

let counter = 0;

export function freshDb(): OrgcanvasDb {
  return openDb(`orgcanvas-test-${process.pid}-${++counter}`);
}

/** A DOMException shaped like Chromium's when IndexedDB hits its quota (a full disk). */
export function quotaError(): Error {
  const error = new Error('The quota has been exceeded.');
  error.name = 'QuotaExceededError';
  return error;
}

/** Wraps a repository so that chosen calls fail (while `failing` is on) or wait (while `gate` is set). */
export function controllable(repository: Repository) {
  const control = {
    failing: false as false | (() => Error),
    gate: undefined as Promise<void> | undefined,
    saves: 0,
  };
  const wrapped: Repository = {
    ...repository,
    async saveBoard(...args) {
      if (control.gate) await control.gate;
      if (control.failing) throw control.failing();
      control.saves++;
      return repository.saveBoard(...args);
    },
  };
  return { repository: wrapped, control };
}

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await wait(5);
  }
}

export { createRepository };
