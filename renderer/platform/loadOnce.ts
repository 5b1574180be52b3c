/**
 * A load (a dynamic import, and what is made from it) done once and shared by every caller.
 * A load that failed is forgotten, so the next call tries again: a damaged or half-replaced
 * install may have been mended since, and the user's retry should not meet the old error.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
