/**
 * Rule-engine measures, in Node (the engine is a pure kernel of shared/; same V8 as the
 * page): a full pass on L, one semantic edit on L through the engine's memo, and how often
 * the canvas's hints connection runs the engine during a drag through the app's own store.
 */
import type { Board, BoardEdge, BoardNode } from '../../../shared/model/board';
import { createRuleEngine, evaluateBoard } from '../../../shared/rules/engine';
import { WARM_UP_PASSES } from '../rules.bench';
import { median, percentile } from '../stats';

export interface RuleFigures {
  fullPassMs: number;
  editP95Ms: number;
  callsDuringDrag: number | string;
}

function timed(work: () => void): number {
  const t0 = performance.now();
  work();
  return performance.now() - t0;
}

/** Edits a facilitator makes that change what rules read: a task renamed, a RACI letter, a mandate. */
function semanticEdit(board: Board, i: number): Board {
  const kind = i % 3;
  if (kind === 0) {
    const tasks = board.nodes.filter((n) => n.kind === 'task');
    const task = tasks[(i * 7) % tasks.length]!;
    return { ...board, nodes: board.nodes.map((n): BoardNode => (n === task ? { ...n, label: `${n.label}!` } : n)) };
  }
  if (kind === 1) {
    const edges = board.edges.filter((e) => e.kind === 'responsible' && e.data?.raci !== 'A');
    const edge = edges[(i * 13) % edges.length]!;
    const raci = edge.data?.raci === 'C' ? 'R' : 'C';
    return { ...board, edges: board.edges.map((e): BoardEdge => (e === edge ? { ...e, data: { raci } } : e)) };
  }
  const roles = board.nodes.filter((n) => n.kind === 'role');
  const role = roles[(i * 11) % roles.length]!;
  return {
    ...board,
    nodes: board.nodes.map((n): BoardNode => (n === role && n.kind === 'role' ? { ...n, data: { ...n.data, mandate: !n.data.mandate } } : n)),
  };
}

export async function measureRules(large: Board, medium: Board): Promise<RuleFigures> {
  for (let i = 0; i < WARM_UP_PASSES; i++) evaluateBoard(large);
  const full: number[] = [];
  for (let i = 0; i < 10; i++) full.push(timed(() => evaluateBoard(large)));

  const engine = createRuleEngine();
  let board = large;
  engine.evaluate(board);
  const edits: number[] = [];
  for (let i = -5; i < 60; i++) {
    board = semanticEdit(board, i + 5);
    const next = board;
    const ms = timed(() => engine.evaluate(next));
    if (i >= 0) edits.push(ms);
  }
  return { fullPassMs: median(full), editP95Ms: percentile(edits, 95), callsDuringDrag: await callsDuringDrag(medium) };
}

/**
 * The app's store with the canvas's hints connection live; a drag of 120 paced steps on M
 * through beginDrag / moveNodes / endDrag, exactly the store calls the canvas makes. Any
 * read of the board by the engine while the drag is in progress counts as a call.
 */
async function callsDuringDrag(board: Board): Promise<number | string> {
  let modules;
  try {
    modules = { store: await import('../../../renderer/store/store'), hints: await import('../../../renderer/hints/hintsStore') };
  } catch (error) {
    return `n/a (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
  const store = modules.store.createAppStore();
  store.getState().loadBoard(board);
  let calls = 0;
  const watched = new WeakMap<Board, Board>();
  const source = {
    getState: () => {
      const state = store.getState();
      let proxy = watched.get(state.board);
      if (!proxy) {
        proxy = new Proxy(state.board, {
          get(target, key, receiver) {
            if (store.getState().dragging && (key === 'nodes' || key === 'edges')) calls++;
            return Reflect.get(target, key, receiver);
          },
        });
        watched.set(state.board, proxy);
      }
      return { board: proxy, dragging: state.dragging };
    },
    subscribe: store.subscribe,
  };
  const stop = modules.hints.connectHints(source);
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  await sleep(100);
  const task = board.nodes.find((n) => n.id === 't1')!;
  store.getState().beginDrag();
  for (let i = 1; i <= 120; i++) {
    store.getState().moveNodes(new Map([[task.id, { x: task.position.x + 2 * i, y: task.position.y + i }]]));
    await sleep(1000 / 60);
  }
  const during = calls;
  store.getState().endDrag();
  await sleep(200);
  stop();
  return during;
}
