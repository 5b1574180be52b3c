/**
 * The hints the canvas shows, derived from the document store and kept in their own small
 * store, so panels and badges subscribe to hints without ever subscribing to the board.
 *
 * Off the hot path: the engine runs after a short pause once the board changed, never
 * during a drag (a drag ends with one board change, and the engine's semantic memo answers
 * that from cache because only positions moved). Per-node badges are reused objects when
 * unchanged, so a node re-renders only when its own badge changes.
 */
import { create } from 'zustand';
import type { Board } from '../../shared/model/board';
import { hintsHidden, partitionHints } from '../../shared/rules/dismissals';
import { createRuleEngine } from '../../shared/rules/engine';
import { SEVERITIES, type Hint, type Severity } from '../../shared/rules/types';

export interface Badge {
  severity: Severity;
  count: number;
}

export interface HintsState {
  /** Not dismissed, worst first. */
  active: Hint[];
  dismissed: Hint[];
  /** The facilitator's switch, as stored in the board. */
  hidden: boolean;
  /** Node id → its worst active hint and how many active hints name it. */
  badges: ReadonlyMap<string, Badge>;
}

export const useHintsStore = create<HintsState>()(() => ({ active: [], dismissed: [], hidden: false, badges: new Map() }));

/** What the hints need from the document store (the app's store, or a test's). */
export interface BoardSource {
  getState: () => { board: Board; dragging: boolean };
  subscribe: (listener: (state: { board: Board; dragging: boolean }, previous: { board: Board; dragging: boolean }) => void) => () => void;
}

/** How long the board must stand still before the rules run: typing a label is one run, not ten. */
export const SETTLE_MS = 60;

/** Keeps `useHintsStore` in step with `source`; returns the function that stops it. */
export function connectHints(source: BoardSource): () => void {
  const engine = createRuleEngine();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastHints: Hint[] | undefined;
  let lastDismissed: unknown;

  const run = () => {
    timer = undefined;
    const { board, dragging } = source.getState();
    if (dragging) return;
    const hints = engine.evaluate(board);
    const hidden = hintsHidden(board);
    if (hints === lastHints && board.dismissedHints === lastDismissed) {
      if (useHintsStore.getState().hidden !== hidden) useHintsStore.setState({ hidden });
      return;
    }
    lastHints = hints;
    lastDismissed = board.dismissedHints;
    const { active, dismissed } = partitionHints(hints, board);
    useHintsStore.setState({ active, dismissed, hidden, badges: badgesFor(active, useHintsStore.getState().badges) });
  };

  run();
  const unsubscribe = source.subscribe((state, previous) => {
    if (state.board === previous.board && state.dragging === previous.dragging) return;
    // The facilitator's switch acts at once; only the rules wait for the board to settle.
    const hidden = hintsHidden(state.board);
    if (useHintsStore.getState().hidden !== hidden) useHintsStore.setState({ hidden });
    if (state.dragging) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, SETTLE_MS);
  });
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}

function badgesFor(hints: Hint[], previous: ReadonlyMap<string, Badge>): ReadonlyMap<string, Badge> {
  const next = new Map<string, Badge>();
  for (const hint of hints) {
    for (const id of hint.nodes) {
      const badge = next.get(id);
      if (!badge) next.set(id, { severity: hint.severity, count: 1 });
      else {
        badge.count++;
        if (SEVERITIES.indexOf(hint.severity) < SEVERITIES.indexOf(badge.severity)) badge.severity = hint.severity;
      }
    }
  }
  // Hand back last run's object where nothing changed, so that node's badge does not re-render.
  for (const [id, badge] of next) {
    const old = previous.get(id);
    if (old && old.severity === badge.severity && old.count === badge.count) next.set(id, old);
  }
  return next;
}

/** The badge of one node: a narrow selector, so only that node re-renders when it changes. */
export function useNodeBadge(nodeId: string): Badge | undefined {
  return useHintsStore((s) => (s.hidden ? undefined : s.badges.get(nodeId)));
}

