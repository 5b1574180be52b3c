import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { evaluateBoard } from '../../../shared/rules/engine';
import { applyQuickFix, dismiss, restore, setHidden } from '../../../renderer/hints/actions';
import { createAppStore, historyCounts } from '../../../renderer/store/store';

const labels = { taskType: (t: string) => `T:${t}`, team: 'Team' };

function withoutCrisis() {
  const board = demoBoard();
  return { ...board, nodes: board.nodes.filter((n) => n.id !== 'k-crisis'), edges: board.edges.filter((e) => e.target !== 'k-crisis' && e.source !== 'k-crisis') };
}

describe('hint actions on the app store', () => {
  it('a quick fix is one undo step, selects what it made, and undoes cleanly', () => {
    const store = createAppStore();
    store.getState().loadBoard(withoutCrisis());
    const before = store.getState().board;
    const fix = evaluateBoard(before).find((h) => h.rule === 'monitoring-without-crisis')!.fixes[0];
    const result = applyQuickFix(store, fix, labels);
    expect(result.ok).toBe(true);
    const after = store.getState().board;
    expect(after.nodes).toHaveLength(before.nodes.length + 1);
    expect(after.nodes.at(-1)).toMatchObject({ label: 'T:crisis-management' });
    expect(store.getState().selectedNodeIds).toEqual([after.nodes.at(-1)!.id]);
    expect(historyCounts(store).undo).toBe(1);
    store.getState().undo();
    expect(store.getState().board).toBe(before);
  });

  it('refuses a fix that no longer fits, naming why, and changes nothing', () => {
    const store = createAppStore();
    store.getState().loadBoard(withoutCrisis());
    const fix = evaluateBoard(store.getState().board).find((h) => h.rule === 'monitoring-without-crisis')!.fixes[0];
    store.getState().changeBoard((b) => ({ ...b, nodes: b.nodes.filter((n) => n.id !== 'r-pr'), edges: b.edges.filter((e) => e.source !== 'r-pr' && e.target !== 'r-pr') }));
    const board = store.getState().board;
    expect(applyQuickFix(store, fix, labels)).toEqual({ ok: false, reason: 'no node with id "r-pr"' });
    expect(store.getState().board).toBe(board);
  });

  it('dismiss, restore and hide are document changes (saved with the board, undoable)', () => {
    const store = createAppStore();
    store.getState().loadBoard(demoBoard());
    const hint = evaluateBoard(store.getState().board)[0];
    dismiss(store, hint, '  discussed  ');
    expect(store.getState().board.dismissedHints).toEqual([{ key: hint.key, rule: hint.rule, reason: 'discussed', at: expect.any(String) }]);
    setHidden(store, true);
    expect(store.getState().board.hintsHidden).toBe(true);
    setHidden(store, true); // no second step for the same state
    expect(historyCounts(store).undo).toBe(2);
    restore(store, hint.key);
    expect(store.getState().board.dismissedHints).toBeUndefined();
  });
});
