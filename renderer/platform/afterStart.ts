/**
 * Work worth doing soon after start, but never on the path to the first interactive board
 * (issue 9, "start"): it waits for start-up to be well done, then for an idle moment.
 */

/** Start-up work is done well within this (big, rarely needed code waits this long). */
const AFTER_MS = 1000;
/** A page that never gets an idle period (headless Chromium, a busy machine) runs it anyway. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Runs `work` in an idle moment after start (`afterMs`: after at least that long); returns
 * a function that cancels it.
 */
export function afterStartWhenIdle(work: () => void, afterMs = AFTER_MS): () => void {
  let idle: number | undefined;
  const timer = window.setTimeout(() => {
    idle = requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS });
  }, afterMs);
  return () => {
    window.clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
