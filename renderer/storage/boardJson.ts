/**
 * A board as JSON text for IndexedDB, made cheaply on the main thread (issue 9: autosave
 * may block it ≤ 2 ms per edit). Storing the board as text instead of an object graph
 * turns IndexedDB's structured clone of 1,000 nodes (≈ 25 ms) into copies of strings. The
 * text is assembled from per-node and per-edge pieces cached by object identity: board
 * objects are immutable, so an edit re-serialises only what it replaced.
 *
 * The text comes in parts of a bounded length (textParts.ts says why), joined straight from
 * the pieces: no text of the whole board is ever made, so nothing copies it whole (a string
 * built by `+` is a rope that its first slice flattens, a task of its own on M). Autosave
 * makes the parts in slices that yield to the event loop, so even a board whose every node
 * moved (auto-layout, a fresh board) never blocks input for long.
 */
import type { Board } from '../../shared/model/board';
import { PART_CHARS } from './textParts';
import { yieldToEventLoop } from './yieldToEventLoop';

const pieces = new WeakMap<object, string>();

function piece(value: object): string {
  let text = pieces.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    pieces.set(value, text);
  }
  return text;
}

/** The board's JSON text, in order, as the cached pieces and the bits between them. */
function* jsonTokens(board: Board): Generator<string> {
  const { nodes, edges, ...rest } = board;
  const head = JSON.stringify(rest);
  yield head.length > 2 ? `${head.slice(0, -1)},"nodes":[` : '{"nodes":[';
  for (let i = 0; i < nodes.length; i++) {
    if (i > 0) yield ',';
    yield piece(nodes[i]);
  }
  yield '],"edges":[';
  for (let i = 0; i < edges.length; i++) {
    if (i > 0) yield ',';
    yield piece(edges[i]);
  }
  yield ']}';
}

/**
 * Collects tokens into parts of at most `maxChars` characters. Parts end between tokens
 * where they can; a token longer than a part (a node with a very long description) is cut
 * inside.
 */
function partCutter(maxChars: number) {
  const parts: string[] = [];
  let chunk: string[] = [];
  let length = 0;
  return {
    add(text: string) {
      if (length > 0 && length + text.length > maxChars) {
        parts.push(chunk.join(''));
        chunk = [];
        length = 0;
      }
      let from = 0;
      for (; text.length - from > maxChars; from += maxChars) parts.push(text.slice(from, from + maxChars));
      const tail = from === 0 ? text : text.slice(from);
      chunk.push(tail);
      length += tail.length;
    },
    parts(): string[] {
      return [...parts, chunk.join('')];
    },
  };
}

/**
 * The board's JSON text in parts of at most `maxChars` characters (`Infinity`: one part).
 * Joined, they parse to the same board as JSON.stringify's (keys may be in another order).
 */
export function boardJsonParts(board: Board, maxChars: number): string[] {
  const cutter = partCutter(maxChars);
  for (const token of jsonTokens(board)) cutter.add(token);
  return cutter.parts();
}

/**
 * Time slice per task, by the page's clock. A frame and an input event fit in between, and
 * a slice stays under issue 9's 2 ms with the task's own overhead (1 ms slices showed as
 * 1.3–1.9 ms tasks in a trace).
 */
const SLICE_MS = 0.5;
/** Tokens between looks at the clock (a cached piece takes well under a microsecond). */
const TOKENS_PER_LOOK = 16;

/**
 * boardJsonParts in slices of about SLICE_MS, each a task of its own: the first starts after
 * a yield (not inside the caller's task, autosave's timer, which has work of its own), and
 * the caller's next step after one more.
 */
export async function boardJsonPartsInSlices(board: Board, maxChars: number, now: () => number = () => performance.now()): Promise<string[]> {
  const cutter = partCutter(maxChars);
  await yieldToEventLoop();
  let started = now();
  let tokens = 0;
  for (const token of jsonTokens(board)) {
    cutter.add(token);
    if (++tokens % TOKENS_PER_LOOK === 0 && now() - started >= SLICE_MS) {
      await yieldToEventLoop();
      started = now();
    }
  }
  const parts = cutter.parts();
  await yieldToEventLoop();
  return parts;
}

/**
 * Warms the pieces' cache in slices, in idle time when a board opens, so that the first
 * save after it is as light as the rest. (In parts, like a save: one part for the whole
 * board would be one long join at the end.)
 */
export async function prepareBoardJson(board: Board): Promise<void> {
  await boardJsonPartsInSlices(board, PART_CHARS);
}
