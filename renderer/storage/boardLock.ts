/**
 * One window edits a board at a time (issue 23: two windows on one board each autosaved
 * their own copy, and the later one silently undid the other's edits). The window that
 * opens a board asks for its Web Lock (`navigator.locks`, in Chromium and so in Electron);
 * a second window on the same board does not get it and shows the board read-only, with
 * the reason and a way to take over. Locks are per origin and profile, exactly the reach of
 * the library's IndexedDB, and the browser frees a lock when its window closes or crashes,
 * so a killed window never keeps a board locked.
 *
 * Taking over is a handover, not a grab: the taker asks the holder over a BroadcastChannel
 * to let go, the holder stores what it has not stored yet (`onLost`) and only then releases
 * the lock, and the taker, which waits for the lock, reads the board after that commit. A
 * stolen lock would let the taker read the board before the holder's last save, and that
 * save would then be refused as a conflict in the taker (found by tests/fault/
 * twoWindowsKill.ts). A holder that does not answer in time (hung) has the lock stolen.
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

export interface ClaimOptions {
  /** Take the board over from the window that edits it ("take over editing"). */
  takeOver?: boolean;
  /**
   * Another window takes the board over: store what is unsaved and stop editing. The lock
   * is released once the promise settles (or at once, if it was stolen).
   */
  onLost?: () => Promise<void> | void;
}

/** How long a take-over waits for the holder to store its last edit and let go. */
export const HANDOVER_WAIT_MS = 5000;

const lockName = (boardId: string) => `orgcanvas-board:${boardId}`;
const CHANNEL = 'orgcanvas-board-locks';

interface HandoverMessage {
  release: string;
}

const nothing = () => undefined;

type LockRequest = (options: LockOptions) => Promise<BoardClaim | undefined>;

/** Claims board `boardId` for editing (see above). */
export async function claimBoard(boardId: string, { takeOver = false, onLost = nothing }: ClaimOptions = {}): Promise<BoardClaim> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return { state: 'unsupported', release: nothing };

  const request: LockRequest = (options) =>
    new Promise((resolve, reject) => {
      let done = () => undefined as void;
      const held = new Promise<void>((settle) => (done = settle));
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        channel?.close();
        done();
      };
      let channel: BroadcastChannel | undefined;
      locks
        .request(lockName(boardId), options, async (lock) => {
          if (!lock) return resolve({ state: 'busy', release: nothing });
          channel = listenForHandover(boardId, async () => {
            if (released) return;
            try {
              await onLost();
            } finally {
              release();
            }
          });
          resolve({ state: 'held', release });
          await held;
        })
        .catch((error: unknown) => {
          // Stolen (AbortError after it was held): stop editing, the lock is gone already.
          if (!released && (error as { name?: string })?.name === 'AbortError' && channel) {
            released = true;
            channel.close();
            void onLost();
          }
          reject(error);
        });
    });

  try {
    if (!takeOver) return (await request({ ifAvailable: true }))!;
    askHolderToLetGo(boardId);
    try {
      return (await request({ signal: AbortSignal.timeout(HANDOVER_WAIT_MS) }))!;
    } catch (error) {
      if ((error as { name?: string })?.name !== 'TimeoutError' && (error as { name?: string })?.name !== 'AbortError') throw error;
      return (await request({ steal: true }))!;
    }
  } catch {
    // No lock could be had (a document being torn down, an opaque origin): edit, guarded
    // by the revision check alone.
    return { state: 'unsupported', release: nothing };
  }
}

function askHolderToLetGo(boardId: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ release: boardId } satisfies HandoverMessage);
  channel.close();
}

function listenForHandover(boardId: string, letGo: () => Promise<void>): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = ({ data }: MessageEvent<HandoverMessage>) => {
    if (data?.release === boardId) void letGo();
  };
  return channel;
}
