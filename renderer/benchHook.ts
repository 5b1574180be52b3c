/**
 * The benchmark's door into the page (`npm run bench`, tests/bench/). Inert in normal use:
 * it does something only when the bench has defined `window.__ORGCANVAS_BENCH__` before the
 * page's own scripts ran (Playwright `addInitScript`), which no user and no Electron page
 * does. It then opens the bench's board instead of the demo, checked exactly like a stored
 * board, and hands the bench the store and the library's open/add so it can store, open,
 * close and edit boards while it times. (The library skips its start-up in a bench run.)
 */
import type { Board } from '../shared/model/board';
import { parseBoardValue } from '../shared/model/parse';
import { i18n } from './i18n/setup';
import { loadAllWindows } from './export/lazyWindows';
import { addBoard, openBoard } from './library/controller';
import { useSaveStatus } from './storage/saveStatus';
import { useAppStore, type AppStore } from './store/store';

export interface BenchHook {
  /** Set by the bench: the board to open first, as plain JSON data. */
  board?: unknown;
  /** Set here: the app's store. */
  store?: AppStore;
  /** Set here: checks a board the way opening one does (used to time opening). */
  parse?: (value: unknown) => Board;
  /** Set here: the library's own open/add, so the bench times opening a stored board. */
  library?: { addBoard: typeof addBoard; openBoard: typeof openBoard };
  /** Set here: autosave's status, so the bench knows when a save has committed. */
  saveStatus?: typeof useSaveStatus;
  /** Set here: the export dialog's own SVG and PNG paths for the whole board. */
  exports?: { load: () => Promise<BenchExports> };
  /** Set here: loads the export windows as the app does a second after start. */
  windows?: { load: () => Promise<unknown> };
}

export interface BenchExports {
  svg: (board: Board) => string;
  png: (board: Board, scale: number) => Promise<{ bytes: number; width: number; height: number }>;
}

/** Loaded on demand, so the bench hook adds nothing (no jsPDF metrics) to the start-up bundle. */
async function loadExports(): Promise<BenchExports> {
  const [{ buildScene, DEFAULT_DIAGRAM_OPTIONS }, { sceneToSvg }, { sceneToPng }] = await Promise.all([
    import('../shared/export'),
    import('../shared/export/svg'),
    import('./export/browserOutput'),
  ]);
  const diagram = (board: Board) => buildScene(board, DEFAULT_DIAGRAM_OPTIONS, i18n.t);
  return {
    svg: (board) => sceneToSvg(diagram(board), { title: board.profile.name || undefined }),
    png: async (board, scale) => {
      const { blob, plan } = await sceneToPng(diagram(board), scale, board.profile.name || undefined);
      return { bytes: blob.size, width: plan.width, height: plan.height };
    },
  };
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
  hook.library = { addBoard, openBoard };
  hook.saveStatus = useSaveStatus;
  hook.exports = { load: loadExports };
  hook.windows = { load: loadAllWindows };
  return hook.board === undefined ? undefined : parseOrThrow(hook.board);
}
