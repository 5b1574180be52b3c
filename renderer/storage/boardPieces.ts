/**
 * A board sent to the save worker as what changed since the last save (issue 9: autosave
 * may block the main thread ≤ 2 ms per edit). Posting copies what it posts: the whole text
 * of a 1,000-node board is 0.7 million characters, 24 parts of which one post took 0.1–1 ms
 * and, on a busy host, up to 7 ms. Board objects are immutable, so an edit replaces only the
 * objects it changed. The page numbers each node and edge object once (PieceSender) and
 * sends the worker the text of those it does not hold yet; the worker (PieceHolder) keeps
 * the texts of the last board it was sent and assembles the parts from the numbers.
 */
import type { Board } from '../../shared/model/board';
import { boardHead, boardTokens, piece, tokenParts } from './boardJson';
import { timeSlicer } from './yieldToEventLoop';

/** Texts the holder does not have yet, under their numbers. */
export interface PieceBatch {
  ids: number[];
  texts: string[];
}

/** A board by its pieces' numbers: its head, then its nodes' and its edges' numbers in order. */
export interface BoardOutline {
  head: string;
  nodes: Int32Array;
  edges: Int32Array;
}

interface Entry {
  id: number;
  /** The outline that last listed it: the holder has its text if that was the last one. */
  listedIn: number;
}

/** One list of the last outline: its objects and their entries, by position. */
interface Listing {
  values: readonly object[];
  entries: Entry[];
}

/**
 * The page's side. Each outline assumes the holder has taken in the one before it, with its
 * batches; so one sender serves one holder, and outlines go to it in the order they were made.
 */
export class PieceSender {
  private readonly entries = new WeakMap<object, Entry>();
  private lastId = 0;
  private outlines = 0;
  private last: { nodes?: Listing; edges?: Listing } = {};

  /**
   * The board's outline and the texts the holder lacks, in batches of at most `maxChars`
   * characters (a text longer than that is a batch of its own). Made in time slices.
   */
  async outline(board: Board, maxChars: number, now?: () => number): Promise<{ outline: BoardOutline; batches: PieceBatch[] }> {
    const current = ++this.outlines;
    const batches: PieceBatch[] = [];
    let batch: PieceBatch = { ids: [], texts: [] };
    let chars = 0;
    const slicer = timeSlicer(now);
    const numbers = async (values: readonly object[], before: Listing | undefined): Promise<[Int32Array, Listing]> => {
      const ids = new Int32Array(values.length);
      const entries = new Array<Entry>(values.length);
      for (let i = 0; i < values.length; i++) {
        const value = values[i]!;
        // An edit keeps most objects where they were: those need no look-up.
        let entry = before?.values[i] === value ? before.entries[i] : this.entries.get(value);
        if (!entry) this.entries.set(value, (entry = { id: ++this.lastId, listedIn: -1 }));
        // The holder keeps what the last outline listed; this one may list an object twice.
        if (entry.listedIn < current - 1) {
          const text = piece(value);
          if (chars > 0 && chars + text.length > maxChars) {
            batches.push(batch);
            batch = { ids: [], texts: [] };
            chars = 0;
          }
          batch.ids.push(entry.id);
          batch.texts.push(text);
          chars += text.length;
        }
        entry.listedIn = current;
        ids[i] = entry.id;
        entries[i] = entry;
        if (slicer.step()) await slicer.pause();
      }
      return [ids, { values, entries }];
    };
    const [nodes, nodeListing] = await numbers(board.nodes, this.last.nodes);
    const [edges, edgeListing] = await numbers(board.edges, this.last.edges);
    this.last = { nodes: nodeListing, edges: edgeListing };
    if (chars > 0) batches.push(batch);
    return { outline: { head: boardHead(board), nodes, edges }, batches };
  }
}

/** The worker's side: the texts of the last board it was sent. */
export class PieceHolder {
  private texts = new Map<number, string>();

  /** How many pieces it holds: the last board's, and any batches taken since. */
  get size(): number {
    return this.texts.size;
  }

  take(batch: PieceBatch): void {
    for (let i = 0; i < batch.ids.length; i++) this.texts.set(batch.ids[i]!, batch.texts[i]!);
  }

  /**
   * The board's JSON text in parts of at most `maxChars` characters. Afterwards it holds
   * only this board's pieces, as the sender's next outline assumes.
   */
  parts(outline: BoardOutline, maxChars: number): string[] {
    const held = new Map<number, string>();
    const texts = (ids: Int32Array) =>
      Array.from(ids, (id) => {
        const text = held.get(id) ?? this.texts.get(id);
        if (text === undefined) throw new Error(`The save worker was not sent piece ${id} of the board.`);
        held.set(id, text);
        return text;
      });
    const parts = tokenParts(boardTokens(outline.head, texts(outline.nodes), texts(outline.edges)), maxChars);
    this.texts = held;
    return parts;
  }
}
