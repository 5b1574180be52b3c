/**
 * A board as JSON text for IndexedDB, made cheaply on the main thread (issue 9: autosave
 * may block it ≤ 2 ms per edit). Storing the board as text instead of an object graph
 * turns IndexedDB's structured clone of 1,000 nodes (≈ 25 ms) into copies of strings. The
 * text is assembled from per-node and per-edge pieces cached by object identity: board
 * objects are immutable, so an edit re-serialises only what it replaced.
 *
 * The text comes in parts of a bounded length (textParts.ts says why), joined straight from
 * the pieces: no text of the whole board is ever made, so nothing copies it whole (a string
 * built by `+` is a rope that its first slice flattens, a task of its own on M). In the page
 * the parts are made in slices that yield to the event loop, so even a board whose every
 * node moved (auto-layout, a fresh board) never blocks input for long. The save worker makes
 * them from the same tokens, out of the pieces it was sent (boardPieces.ts).
 */
import type { Board } from '../../shared/model/board';
import { PART_CHARS } from './textParts';
import { timeSlicer, yieldToEventLoop } from './yieldToEventLoop';

const pieces = new WeakMap<object, string>();

/** A node's or an edge's JSON text, made once per object. */
export function piece(value: object): string {
  let text = pieces.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    pieces.set(value, text);
  }
  return text;
}

/** The board without its nodes and edges, as JSON text (its profile, view and the like). */
export function boardHead(board: Board): string {
  const { nodes: _nodes, edges: _edges, ...rest } = board;
  return JSON.stringify(rest);
}

/**
 * A board's JSON text, in order, as the bits between its pieces and the pieces themselves:
 * its head (boardHead) and its nodes' and edges' texts. The save worker assembles a board it
 * was sent as pieces the same way (boardPieces.ts).
 */
export function* boardTokens(head: string, nodes: Iterable<string>, edges: Iterable<string>): Generator<string> {
  yield head.length > 2 ? `${head.slice(0, -1)},"nodes":[` : '{"nodes":[';
  let first = true;
  for (const node of nodes) {
    if (!first) yield ',';
    first = false;
    yield node;
  }
  yield '],"edges":[';
  first = true;
  for (const edge of edges) {
    if (!first) yield ',';
    first = false;
    yield edge;
  }
  yield ']}';
}

function* piecesOf(values: readonly object[]): Generator<string> {
  for (const value of values) yield piece(value);
}

const jsonTokens = (board: Board) => boardTokens(boardHead(board), piecesOf(board.nodes), piecesOf(board.edges));

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

/** Tokens joined into parts of at most `maxChars` characters (`Infinity`: one part). */
export function tokenParts(tokens: Iterable<string>, maxChars: number): string[] {
  const cutter = partCutter(maxChars);
  for (const token of tokens) cutter.add(token);
  return cutter.parts();
}

/**
 * The board's JSON text in parts of at most `maxChars` characters (`Infinity`: one part).
 * Joined, they parse to the same board as JSON.stringify's (keys may be in another order).
 */
export function boardJsonParts(board: Board, maxChars: number): string[] {
  return tokenParts(jsonTokens(board), maxChars);
}

/**
 * boardJsonParts in time slices (timeSlicer), each a task of its own: the first starts after
 * a yield (not inside the caller's task, which may have work of its own), and the caller's
 * next step after one more.
 */
export async function boardJsonPartsInSlices(board: Board, maxChars: number, now?: () => number): Promise<string[]> {
  const cutter = partCutter(maxChars);
  await yieldToEventLoop();
  const slicer = timeSlicer(now);
  for (const token of jsonTokens(board)) {
    cutter.add(token);
    if (slicer.step()) await slicer.pause();
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
