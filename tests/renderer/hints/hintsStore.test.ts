import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { demoBoard } from '../../../shared/boards/demo';
import type { Board, BoardNode } from '../../../shared/model/board';
import { dismissHint, setHintsHidden } from '../../../shared/rules/dismissals';
import { SETTLE_MS, connectHints, useHintsStore } from '../../../renderer/hints/hintsStore';

function documentStore(board: Board) {
  return createStore<{ board: Board; dragging: boolean }>()(() => ({ board, dragging: false }));
}

const move = (b: Board, id: string): Board => ({
  ...b,
  nodes: b.nodes.map((n) => (n.id === id ? { ...n, position: { x: n.position.x + 40, y: n.position.y } } : n)),
});

describe('connectHints', () => {
  let stop: () => void = () => {};
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('evaluates at once on connect, with badges per node', () => {
    stop = connectHints(documentStore(demoBoard()));
    const { active, badges } = useHintsStore.getState();
    expect(active.map((h) => h.rule)).toEqual(['objective-unserved', 'crisis-without-pr', 'vanity-kpi', 'policy-without-training']); // rule set v2
    expect(badges.get('o-werving')).toEqual({ severity: 'warning', count: 1 });
    expect(badges.get('r-strat')).toBeUndefined();
  });

  it('waits for the board to settle, and never runs during a drag', () => {
    const store = documentStore(demoBoard());
    stop = connectHints(store);
    const before = useHintsStore.getState().active;
    store.setState({ dragging: true });
    // Mid-drag, even a semantic change waits: the rules run once the drag ends.
    store.setState({ board: { ...store.getState().board, nodes: store.getState().board.nodes.filter((n) => n.id !== 'o-werving') } });
    vi.advanceTimersByTime(SETTLE_MS * 5);
    expect(useHintsStore.getState().active).toBe(before);
    store.setState({ dragging: false });
    vi.advanceTimersByTime(SETTLE_MS + 1);
    expect(useHintsStore.getState().active.map((h) => h.rule)).not.toContain('objective-unserved');
  });

  it('a move changes nothing: same hints array, same badge objects', () => {
    const store = documentStore(demoBoard());
    stop = connectHints(store);
    const { active, badges } = useHintsStore.getState();
    store.setState({ board: move(store.getState().board, 'k-web') });
    vi.advanceTimersByTime(SETTLE_MS + 1);
    expect(useHintsStore.getState().active).toBe(active);
    expect(useHintsStore.getState().badges).toBe(badges);
  });

  it('keeps unchanged badge objects when another node’s badge changes', () => {
    const store = documentStore(demoBoard());
    stop = connectHints(store);
    const werving = useHintsStore.getState().badges.get('o-werving');
    const board = store.getState().board;
    store.setState({ board: { ...board, nodes: board.nodes.map((n) => (n.id === 'k-report' ? ({ ...n, data: { taskType: 'reporting' } } as BoardNode) : n)) } });
    vi.advanceTimersByTime(SETTLE_MS + 1);
    expect(useHintsStore.getState().badges.get('k-report')).toBeUndefined();
    expect(useHintsStore.getState().badges.get('o-werving')).toBe(werving);
  });

  it('moves dismissed hints aside without re-running the rules, and hides at once', () => {
    const store = documentStore(demoBoard());
    stop = connectHints(store);
    const vanity = useHintsStore.getState().active.find((h) => h.rule === 'vanity-kpi')!;
    store.setState({ board: dismissHint(store.getState().board, vanity, { reason: 'agreed' }) });
    vi.advanceTimersByTime(SETTLE_MS + 1);
    expect(useHintsStore.getState().dismissed).toEqual([vanity]);
    expect(useHintsStore.getState().badges.has('k-report')).toBe(false);
    store.setState({ board: setHintsHidden(store.getState().board, true) });
    expect(useHintsStore.getState().hidden).toBe(true); // before any timer
  });
});
