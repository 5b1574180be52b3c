/**
 * Asks the browser to keep this site's storage even under pressure (otherwise Chromium may
 * evict IndexedDB when the disk fills up: Excalidraw's silent loss). The answer is shown
 * in the settings, so a consultant knows whether to keep file copies.
 */
export type PersistenceState = 'persistent' | 'bestEffort' | 'unsupported';

export async function requestPersistence(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<PersistenceState> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persistent';
    return (await storage.persist()) ? 'persistent' : 'bestEffort';
  } catch {
    return 'unsupported';
  }
}
