/**
 * Auto-layout in the canvas: the kernel (shared/layout) computes the plan, this animates the board to it
 * (so the room can follow where things went) and records it as ONE undo step, using the
 * same pause/resume as a drag.
 */
import type ELK from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import { layoutBoard, type LayoutPlan } from '../../shared/layout/autoLayout';
import type { Board } from '../../shared/model/board';
import type { Point } from '../../shared/model/board';
import { takeSnapshot } from '../library/controller';
import { useAppStore } from '../store/store';
import { fitBoard } from '../canvas/fitBoard';

const DURATION_MS = 450;
/** A worker that has not answered by then is taken as broken; the page lays out itself. */
const WORKER_PATIENCE_MS = 4000;

let workerElk: InstanceType<typeof ELK> | null | undefined;

/**
 * ELK in a web worker, so finding its order for a few hundred nodes (about 1.5 s for 450
 * nodes on this machine) never freezes the canvas; on the page's own thread when a worker
 * cannot start. A worker that does not answer is ended, and this layout goes on without
 * ELK's order (the kernel's own orders still give a banded board); the next one uses the
 * page's thread.
 */
async function plan(board: Board): Promise<LayoutPlan> {
  if (workerElk === undefined) {
    try {
      // Loaded on first use, like the kernel's own ELK: nothing of elkjs on the start path.
      workerElk = typeof Worker === 'undefined' ? null : new (await import('elkjs/lib/elk-api.js')).default({ workerUrl: elkWorkerUrl });
    } catch {
      workerElk = null;
    }
  }
  const worker = workerElk;
  if (!worker) return layoutBoard(board, undefined, nextTask);
  // Patience for ELK alone: the kernel's own search after it takes what it takes.
  const patient: Parameters<typeof layoutBoard>[1] = {
    layout: async (graph) => {
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('ELK worker timeout')), WORKER_PATIENCE_MS));
      try {
        return await Promise.race([worker.layout(graph), timeout]);
      } catch (error) {
        worker.terminateWorker();
        if (workerElk === worker) workerElk = null;
        throw error;
      }
    },
  };
  return layoutBoard(board, patient, nextTask);
}

/**
 * Between groups of plans the kernel scores, the page gets a turn: a frame can be drawn and a
 * key handled (choosing among a few hundred plans of the demo takes a few hundred ms here).
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function reduced(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

function ease(t: number): number {
  return t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
}

export async function runAutoLayout(): Promise<void> {
  const store = useAppStore.getState();
  const board = store.board;
  if (board.nodes.length === 0 || store.dragging) return;
  // A version to go back to even after Undo history is gone (versions panel: "Before a layout").
  void takeSnapshot('beforeLayout');
  const planned = await plan(board);
  // The board may have changed while ELK worked; lay out only the board it was given.
  if (useAppStore.getState().board !== board) return;
  // An empty plan: no banded layout would cross fewer boxes than the board does now.
  if (planned.positions.size === 0 && planned.sizes.size === 0) {
    fitBoard({ duration: reduced() ? 0 : 300 });
    return;
  }
  const from = new Map(board.nodes.map((n) => [n.id, n.position]));
  // A position may carry fields this version does not know: they ride along with the move.
  const layout: LayoutPlan = {
    positions: new Map([...planned.positions].map(([id, p]) => [id, { ...from.get(id), ...p }])),
    sizes: planned.sizes,
  };
  store.beginDrag();
  if (!reduced()) {
    const start = performance.now();
    await new Promise<void>((resolve) => {
      const frame = (now: number) => {
        const t = Math.min(1, (now - start) / DURATION_MS);
        const k = ease(t);
        const positions = new Map<string, Point>();
        for (const [id, target] of layout.positions) {
          const origin = from.get(id);
          if (origin) positions.set(id, { ...origin, x: origin.x + (target.x - origin.x) * k, y: origin.y + (target.y - origin.y) * k });
        }
        useAppStore.getState().moveNodes(positions);
        if (t < 1) requestAnimationFrame(frame);
        else resolve();
      };
      requestAnimationFrame(frame);
    });
  }
  const current = useAppStore.getState();
  current.applyLayoutPlan(layout);
  current.endDrag();
  fitBoard({ duration: reduced() ? 0 : 300 });
}
