/**
 * One window edits a board at a time (issue 23: two windows on one board each autosaved
 * their own copy, and the later one silently undid the other's edits). The window that
 * opens a board asks for its Web Lock (`navigator.locks`, in Chromium and so in Electron);
 * a second window on the same board does not get it and shows the board read-only, with
 * the reason and a way to take over. Taking over steals the lock: the window that had it
 * is told (`onLost`), saves what it has and turns read-only itself. Locks are per origin
 * and profile, exactly the reach of the library's IndexedDB, and the browser frees a
 * lock when its window closes or crashes, so a killed window never keeps a board locked.
 *
 * Where there is no Web Locks API every window edits, and the revision check of the save
 * (saveCommit.ts) still refuses a stale window's write: locks keep windows out of each
 * other's way, the check is what makes an overwrite impossible.
 */

export type BoardClaim =
  /** This window edits the board until `release()`. */
  | { state: 'held'; release(): void }
  /** Another window edits it. */
  | { state: 'busy'; release(): void }
  /** No Web Locks here: every window edits, guarded by the revision check alone. */
  | { state: 'unsupported'; release(): void };

const lockName = (boardId: string) => `orgcanvas-board:${boardId}`;

const nothing = () => undefined;

/**
 * Claims board `boardId` for editing. `steal`: take it even from another window (the
 * "take over editing" action); without it a board another window holds is `busy`.
 * `onLost` runs if another window steals it later.
 */
export function claimBoard(boardId: string, { steal = false, onLost = nothing }: { steal?: boolean; onLost?: () => void } = {}): Promise<BoardClaim> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return Promise.resolve({ state: 'unsupported', release: nothing });
  return new Promise((resolve) => {
    let released = false;
    let release = () => void (released = true);
    const held = new Promise<void>((done) => {
      release = () => {
        released = true;
        done();
      };
    });
    locks
      // `ifAvailable` and `steal` may not be given together.
      .request(lockName(boardId), steal ? { steal: true } : { ifAvailable: true }, async (lock) => {
        if (!lock) return resolve({ state: 'busy', release: nothing });
        resolve({ state: 'held', release });
        if (!released) await held;
      })
      .catch((error: unknown) => {
        // A stolen lock rejects its request with AbortError; its callback's promise is
        // left as it is. Anything else (a document being torn down) means no lock either.
        if ((error as { name?: string })?.name === 'AbortError' && !released) onLost();
        resolve({ state: 'unsupported', release: nothing });
      });
  });
}
