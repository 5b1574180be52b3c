/**
 * A board as JSON text for IndexedDB, made cheaply on the main thread (issue 9: autosave
 * may block it ≤ 2 ms per edit). Storing the board as one string instead of an object
 * graph turns IndexedDB's structured clone of 1,000 nodes (≈ 25 ms) into a copy of one
 * string. The text itself is assembled from per-node and per-edge pieces cached by object
 * identity: board objects are immutable, so an edit re-serialises only what it replaced.
 * Pieces are made in slices that yield to the event loop, so even a board whose every node
 * moved (auto-layout, a fresh board) never blocks input for long.
 */
import type { Board } from '../../shared/model/board';

const pieces = new WeakMap<object, string>();

function piece(value: object): string {
  let text = pieces.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    pieces.set(value, text);
  }
  return text;
}

/** The board's JSON text (parses to the same board as JSON.stringify's; keys may be in another order). */
export function boardToJson(board: Board): string {
  const { nodes, edges, ...rest } = board;
  const head = JSON.stringify(rest);
  const open = head.length > 2 ? `${head.slice(0, -1)},` : '{';
  return `${open}"nodes":[${nodes.map(piece).join(',')}],"edges":[${edges.map(piece).join(',')}]}`;
}

/** Time slice per task; a frame and an input event fit in between. */
const SLICE_MS = 1;

export const yieldToEventLoop = () =>
  new Promise<void>((resolve) => {
    // A message, not setTimeout(0): no 4 ms clamp after a few nested calls.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/**
 * Serialises what is not cached yet in slices of about SLICE_MS, yielding in between; the
 * final assembly (joining cached pieces) is a short task of its own. Also used to warm the
 * cache in idle time when a board opens, so the first save after it is cheap too.
 */
export async function prepareBoardJson(board: Board, now: () => number = () => performance.now()): Promise<void> {
  let started = now();
  for (const list of [board.nodes, board.edges] as readonly object[][]) {
    for (const value of list) {
      if (pieces.has(value)) continue;
      if (now() - started >= SLICE_MS) {
        await yieldToEventLoop();
        started = now();
      }
      piece(value);
    }
  }
  await yieldToEventLoop();
}
