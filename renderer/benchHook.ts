/**
 * The benchmark's door into the page (`npm run bench`, tests/bench/). Inert in normal use:
 * it does something only when the bench has defined `window.__ORGCANVAS_BENCH__` before the
 * page's own scripts ran (Playwright `addInitScript`), which no user and no Electron page
 * does. It then opens the bench's board instead of the demo, checked exactly like a stored
 * board, and hands the bench the store so it can open, close and edit boards while it times.
 */
import type { Board } from '../shared/model/board';
import { parseBoardValue } from '../shared/model/parse';
import { useAppStore, type AppStore } from './store/store';

export interface BenchHook {
  /** Set by the bench: the board to open first, as plain JSON data. */
  board?: unknown;
  /** Set here: the app's store. */
  store?: AppStore;
  /** Set here: checks a board the way opening one does (used to time opening). */
  parse?: (value: unknown) => Board;
}

function parseOrThrow(value: unknown): Board {
  const parsed = parseBoardValue(value);
  if (!parsed.ok) throw new Error(`Bench board is invalid: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
  return parsed.value;
}

/** The board the bench asked for, or undefined outside a bench run. */
export function benchBoard(): Board | undefined {
  const hook = (globalThis as { __ORGCANVAS_BENCH__?: BenchHook }).__ORGCANVAS_BENCH__;
  if (!hook || typeof hook !== 'object') return undefined;
  hook.store = useAppStore;
  hook.parse = parseOrThrow;
  return hook.board === undefined ? undefined : parseOrThrow(hook.board);
}
