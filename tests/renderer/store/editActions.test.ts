import { describe, expect, it } from 'vitest';
import { copySelection } from '../../../shared/edit';
import { layoutBoard } from '../../../shared/layout/autoLayout';
import { emptyBoard } from '../../../shared/model/board';
import { demoBoard } from '../../../shared/boards/demo';
import { createAppStore, historyCounts, type AppStore } from '../../../renderer/store/store';

function fresh(): AppStore {
  const store = createAppStore();
  store.getState().loadBoard(emptyBoard());
  return store;
}

const at = (x: number, y: number) => ({ x, y });

describe('store edit actions', () => {
  it('reconnecting an edge end is one undo step; a refused one changes nothing', () => {
    const store = createAppStore();
    store.getState().loadBoard(demoBoard());
    const s = () => store.getState();
    expect(s().reconnectEdge('e29', 'target', 'r-wcc')).toMatchObject({ ok: false, refusal: { code: 'wrongTarget' } });
    expect(historyCounts(store).undo).toBe(0);
    expect(s().reconnectEdge('e29', 'target', 'o-werving').ok).toBe(true);
    expect(s().board.edges.find((e) => e.id === 'e29')!.target).toBe('o-werving');
    expect(s().selectedEdgeIds).toEqual(['e29']);
    expect(historyCounts(store).undo).toBe(1);
    s().undo();
    expect(s().board.edges.find((e) => e.id === 'e29')!.target).toBe('o-care');
  });

  it('adding selects the new node and is one undo step each', () => {
    const store = fresh();
    const d = store.getState().addNode({ kind: 'department', type: 'marketing' }, 'Marketing', at(0, 0));
    expect(store.getState().selectedNodeIds).toEqual([d]);
    store.getState().addNode({ kind: 'task' }, 'Task', at(500, 0));
    expect(historyCounts(store)).toEqual({ undo: 2, redo: 0 });
    store.getState().undo();
    expect(store.getState().board.nodes.map((n) => n.id)).toEqual([d]);
    store.getState().undo();
    expect(store.getState().board.nodes).toEqual([]);
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().board.nodes).toHaveLength(2);
  });

  it('a drag ending over a department adopts the role in the same single step', () => {
    const store = fresh();
    const s = () => store.getState();
    const d = s().addNode({ kind: 'department' }, 'Sales', at(0, 0));
    const r = s().addNode({ kind: 'role' }, 'Seller', at(600, 0));
    const before = historyCounts(store).undo;
    s().beginDrag();
    for (let x = 580; x >= 20; x -= 40) s().moveNodes(new Map([[r, at(x, 60)]]));
    s().dropNodes([r]);
    expect(historyCounts(store).undo).toBe(before + 1);
    expect(s().board.nodes.find((n) => n.id === r)!.parentId).toBe(d);
    // The department follows: moving it moves the child with it (relative position unchanged).
    const relative = s().board.nodes.find((n) => n.id === r)!.position;
    s().beginDrag();
    s().moveNodes(new Map([[d, at(300, 300)]]));
    s().dropNodes([d]);
    expect(s().board.nodes.find((n) => n.id === r)!.position).toEqual(relative);
    s().undo();
    s().undo();
    const role = s().board.nodes.find((n) => n.id === r)!;
    expect(role.parentId).toBeUndefined();
    expect(role.position).toEqual(at(600, 0));
  });

  it('connect refuses a forbidden pair with its reason and records nothing', () => {
    const store = fresh();
    const s = () => store.getState();
    const o = s().addNode({ kind: 'objective' }, 'Goal', at(0, 0));
    const tm = s().addNode({ kind: 'team' }, 'Team', at(400, 0));
    const before = historyCounts(store).undo;
    expect(s().connectNodes(o, tm, { relation: 'serves' })).toMatchObject({ ok: false, refusal: { code: 'wrongSource' } });
    expect(historyCounts(store).undo).toBe(before);
    const r = s().addNode({ kind: 'role' }, 'Lead', at(0, 400));
    const result = s().connectNodes(r, tm, { relation: 'leads' });
    expect(result.ok).toBe(true);
    expect(s().selectedEdgeIds).toEqual([result.ok ? result.edgeId : '']);
  });

  it('delete takes the edges along; RACI and fields change in one step each', () => {
    const store = fresh();
    const s = () => store.getState();
    const r = s().addNode({ kind: 'role' }, 'Analyst', at(0, 0));
    const t = s().addNode({ kind: 'task', type: 'reporting' }, 'Report', at(400, 0));
    const e = s().connectNodes(r, t, { relation: 'responsible', raci: 'R' });
    if (!e.ok) throw new Error();
    s().setRaci(e.edgeId, 'A');
    expect(s().board.edges[0].data).toEqual({ raci: 'A' });
    s().updateNode<'task'>(t, { data: { kpi: 'Report monthly' } });
    expect(s().board.nodes[1].data).toMatchObject({ kpi: 'Report monthly' });
    s().select([r]);
    expect(s().deleteSelection()).toBe(1);
    expect(s().board.edges).toEqual([]);
    s().undo();
    expect(s().board.edges).toHaveLength(1);
  });

  it('paste is one step and selects what was pasted; nudge moves the selection', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().loadBoard(demoBoard());
    const payload = copySelection(s().board, ['d-mkt'])!;
    const before = s().board.nodes.length;
    const ids = s().pastePayload(payload, at(2000, 0));
    expect(ids.length).toBeGreaterThan(1);
    expect(s().board.nodes.length).toBe(before + ids.length);
    expect(s().selectedNodeIds).toEqual(ids);
    expect(historyCounts(store).undo).toBe(1);
    const department = ids.find((id) => s().board.nodes.find((n) => n.id === id)?.kind === 'department')!;
    const x = s().board.nodes.find((n) => n.id === department)!.position.x;
    s().nudgeSelection(24, 0);
    expect(s().board.nodes.find((n) => n.id === department)!.position.x).toBe(x + 24);
    s().undo();
    s().undo();
    expect(s().board.nodes.length).toBe(before);
  });

  it('loading another board clears history', () => {
    const store = fresh();
    store.getState().addNode({ kind: 'note' }, 'Note', at(0, 0));
    expect(historyCounts(store).undo).toBe(1);
    store.getState().loadBoard(demoBoard());
    expect(historyCounts(store)).toEqual({ undo: 0, redo: 0 });
    store.getState().undo();
    expect(store.getState().board.nodes.length).toBe(demoBoard().nodes.length);
  });

  it('applying an auto-layout (animated like a drag) is one undo step', async () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().loadBoard(demoBoard());
    const original = s().board;
    const plan = await layoutBoard(original);
    s().beginDrag();
    s().moveNodes(new Map([...plan.positions].map(([id, p]) => [id, { x: p.x / 2, y: p.y / 2 }])));
    s().applyLayoutPlan(plan);
    s().endDrag();
    expect(historyCounts(store).undo).toBe(1);
    expect(s().board).not.toBe(original);
    s().undo();
    expect(s().board).toBe(original);
  });
});
