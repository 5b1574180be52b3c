import { describe, expect, it } from 'vitest';
import { emptyBoard, type Board, type BoardNode } from '../../../shared/model/board';
import {
  addNode,
  align,
  connect,
  connectOptions,
  copySelection,
  createNode,
  deleteElements,
  distribute,
  duplicate,
  growToFit,
  idFactory,
  nudge,
  parseClipboard,
  reconnect,
  paste,
  reparentDropped,
  serializeClipboard,
  setRaci,
  updateNode,
} from '../../../shared/edit';
import { demoBoard } from '../../../shared/boards/demo';
import { absoluteRects } from '../../../shared/geometry/geometry';

function board(): Board {
  let b = emptyBoard();
  b = addNode(b, createNode({ kind: 'department', type: 'marketing' }, 'd1', 'Marketing', { x: 0, y: 0 }));
  b = addNode(b, { ...createNode({ kind: 'role', type: 'strategist' }, 'r1', 'Strategist', { x: 20, y: 60 }), parentId: 'd1' });
  b = addNode(b, createNode({ kind: 'team' }, 'tm1', 'Social team', { x: 600, y: 0 }));
  b = addNode(b, createNode({ kind: 'task', type: 'strategy' }, 't1', 'Strategy', { x: 600, y: 300 }));
  b = addNode(b, createNode({ kind: 'objective', type: 'reputation' }, 'o1', 'Reputation', { x: 1000, y: 300 }));
  b = addNode(b, createNode({ kind: 'note' }, 'n1', 'Ask the CEO', { x: 1000, y: 0 }));
  return b;
}

describe('ids', () => {
  it('never reuses an id on the board', () => {
    const b = board();
    const next = idFactory({ nodes: [...b.nodes, { ...b.nodes[0], id: 't2' }], edges: [] });
    expect(next('task')).toBe('t3');
    expect(next('task')).toBe('t4');
    expect(next('role')).toBe('r2');
  });
});

describe('add, update, delete', () => {
  it('creates nodes with the domain defaults', () => {
    const role = createNode({ kind: 'role' }, 'r9', 'Role', { x: 1.4, y: 2.6 });
    expect(role).toMatchObject({ kind: 'role', position: { x: 1, y: 3 }, data: { roleType: 'other', mandate: false, budget: false } });
    expect(createNode({ kind: 'task', type: 'webcare' }, 't9', 'W', { x: 0, y: 0 }).data).toEqual({ taskType: 'webcare' });
  });

  it('deleting a node takes its edges with it and detaches children in place', () => {
    let b = board();
    const before = absoluteRects(b).get('r1')!;
    const result = connect(b, 'r1', 't1', { relation: 'responsible', raci: 'A' }, 'e1');
    if (!result.ok) throw new Error('refused');
    b = deleteElements(result.board, ['d1']);
    expect(b.nodes.find((n) => n.id === 'd1')).toBeUndefined();
    const role = b.nodes.find((n) => n.id === 'r1')!;
    expect(role.parentId).toBeUndefined();
    expect(role.position).toEqual({ x: before.x, y: before.y });
    expect(b.edges).toHaveLength(1);
    expect(deleteElements(b, ['r1']).edges).toHaveLength(0);
  });

  it('returns the same board when nothing changes', () => {
    const b = board();
    expect(deleteElements(b, ['nope'])).toBe(b);
    expect(updateNode(b, 'r1', { label: 'Strategist' })).toBe(b);
    expect(setRaci(b, 'nope', 'A')).toBe(b);
  });

  it('updates fields and removes emptied optional ones', () => {
    let b = updateNode(board(), 't1', { label: 'Plan', notes: 'Q3', data: { kpi: 'reach', level: 'operational' } });
    const task = b.nodes.find((n) => n.id === 't1')!;
    expect(task).toMatchObject({ label: 'Plan', notes: 'Q3', data: { taskType: 'strategy', kpi: 'reach', level: 'operational' } });
    b = updateNode(b, 't1', { notes: '', data: { kpi: '' } });
    const cleared = b.nodes.find((n) => n.id === 't1')!;
    expect(cleared.notes).toBeUndefined();
    expect(cleared.data).toEqual({ taskType: 'strategy', level: 'operational' });
  });
});

describe('connect', () => {
  it('adds an allowed relation and refuses a forbidden one with its reason', () => {
    const b = board();
    const ok = connect(b, 'r1', 'tm1', { relation: 'member' }, 'e1');
    expect(ok.ok && ok.board.edges).toEqual([{ id: 'e1', kind: 'member', source: 'r1', target: 'tm1' }]);
    const refused = connect(b, 'o1', 'r1', { relation: 'serves' }, 'e1');
    expect(refused).toMatchObject({ ok: false, refusal: { code: 'wrongSource' } });
    expect(connect(b, 'd1', 'tm1', { relation: 'sponsors' }, 'e1')).toMatchObject({ ok: false, refusal: { code: 'sponsorNotBoard' } });
  });

  it('connecting the same pair again changes the RACI letter instead of doubling the line', () => {
    const first = connect(board(), 'r1', 't1', { relation: 'responsible', raci: 'R' }, 'e1');
    if (!first.ok) throw new Error();
    const again = connect(first.board, 'r1', 't1', { relation: 'responsible', raci: 'A' }, 'e2');
    expect(again.ok && again.board.edges).toEqual([{ id: 'e1', kind: 'responsible', source: 'r1', target: 't1', data: { raci: 'A' } }]);
    if (!again.ok) throw new Error();
    expect(setRaci(again.board, 'e1', 'C').edges[0].data).toEqual({ raci: 'C' });
  });

  it('offers only the relations the pair allows, reversed when dragged the other way', () => {
    const b = board();
    expect(connectOptions(b, 'r1', 't1')).toMatchObject({ kind: 'choices', choices: [{ raci: 'R' }, { raci: 'A' }, { raci: 'C' }, { raci: 'I' }] });
    const team = connectOptions(b, 'r1', 'tm1');
    expect(team.kind === 'choices' && team.choices.map((c) => c.relation)).toEqual(['member', 'leads', 'sponsors']);
    expect(connectOptions(b, 'o1', 't1')).toMatchObject({ kind: 'choices', source: 't1', target: 'o1', choices: [{ relation: 'serves' }] });
    expect(connectOptions(b, 'o1', 'tm1')).toMatchObject({ kind: 'refused', refusal: { code: 'noRelationFits' } });
    expect(connectOptions(b, 'n1', 't1')).toMatchObject({ kind: 'refused', refusal: { code: 'noteCannotConnect' } });
  });
});

describe('containment', () => {
  it('a role dropped on a department becomes its child without jumping, and the department grows', () => {
    let b = addNode(board(), createNode({ kind: 'role' }, 'r2', 'Analyst', { x: 100, y: 100 }));
    const before = absoluteRects(b).get('r2')!;
    b = reparentDropped(b, ['r2']);
    const role = b.nodes.find((n) => n.id === 'r2')!;
    expect(role.parentId).toBe('d1');
    const after = absoluteRects(b);
    // Same column; slid down only as far as needed to clear the role already there.
    expect(after.get('r2')!.x).toBe(before.x);
    expect(after.get('r2')!.y).toBe(after.get('r1')!.y + 132 + 16);
    const dept = after.get('d1')!;
    expect(dept.y + dept.height).toBeGreaterThanOrEqual(before.y + before.height + 20);
    expect(dept.x + dept.width).toBeGreaterThanOrEqual(before.x + before.width + 20);
  });

  it('a role dragged out is detached; tasks are never adopted', () => {
    let b = nudge(board(), ['r1'], 2000, 0);
    b = reparentDropped(b, ['r1']);
    expect(b.nodes.find((n) => n.id === 'r1')!.parentId).toBeUndefined();
    expect(absoluteRects(b).get('r1')!.x).toBe(2020);
    const t = reparentDropped(nudge(board(), ['t1'], -590, -280), ['t1']);
    expect(t.nodes.find((n) => n.id === 't1')!.parentId).toBeUndefined();
  });

  it('growToFit moves the department so no child sits under its header', () => {
    let b = board();
    b = { ...b, nodes: b.nodes.map((n): BoardNode => (n.id === 'r1' ? { ...n, position: { x: -10, y: 0 } } : n)) };
    const before = absoluteRects(b).get('r1')!;
    b = growToFit(b, 'd1');
    const r1 = b.nodes.find((n) => n.id === 'r1')!;
    expect(r1.position.x).toBeGreaterThanOrEqual(20);
    expect(r1.position.y).toBeGreaterThanOrEqual(56);
    expect(absoluteRects(b).get('r1')).toMatchObject({ x: before.x, y: before.y });
  });
});

describe('arrange', () => {
  it('nudges the top of each family only', () => {
    const b = nudge(board(), ['d1', 'r1'], 10, -5);
    expect(b.nodes.find((n) => n.id === 'd1')!.position).toEqual({ x: 10, y: -5 });
    expect(b.nodes.find((n) => n.id === 'r1')!.position).toEqual({ x: 20, y: 60 });
  });

  it('aligns and distributes', () => {
    const left = absoluteRects(align(board(), ['tm1', 't1', 'o1'], 'left'));
    expect(new Set(['tm1', 't1', 'o1'].map((id) => left.get(id)!.x))).toEqual(new Set([600]));
    const top = absoluteRects(align(board(), ['t1', 'n1'], 'top'));
    expect(top.get('t1')!.y).toBe(0);
    let b = board();
    b = nudge(b, ['o1'], 400, 0); // t1 at 600, n1 at 1000, o1 at 1400
    b = nudge(b, ['n1'], 300, 300); // n1 at 1300
    const spread = absoluteRects(distribute(b, ['t1', 'n1', 'o1'], 'horizontal'));
    const gap1 = spread.get('n1')!.x - (spread.get('t1')!.x + spread.get('t1')!.width);
    const gap2 = spread.get('o1')!.x - (spread.get('n1')!.x + spread.get('n1')!.width);
    expect(Math.abs(gap1 - gap2)).toBeLessThanOrEqual(1);
  });
});

describe('clipboard', () => {
  it('copies a department with its roles and inner edges, and pastes with fresh ids', () => {
    const linked = connect(board(), 'r1', 'tm1', { relation: 'member' }, 'e1');
    if (!linked.ok) throw new Error();
    const b = linked.board;
    const payload = copySelection(b, ['d1', 'tm1'])!;
    expect(payload.nodes.map((n) => n.id).sort()).toEqual(['d1', 'r1', 'tm1']);
    const round = parseClipboard(serializeClipboard(payload));
    if (!round.ok) throw new Error(JSON.stringify(round.problems));
    const result = paste(b, round.payload, idFactory(b), { x: 40, y: 40 });
    expect(result.nodeIds).toHaveLength(3);
    expect(result.board.nodes).toHaveLength(b.nodes.length + 3);
    const ids = new Set(result.board.nodes.map((n) => n.id));
    expect(ids.size).toBe(result.board.nodes.length);
    const pastedRole = result.board.nodes.find((n) => n.kind === 'role' && !['r1'].includes(n.id))!;
    expect(result.nodeIds).toContain(pastedRole.parentId);
    expect(pastedRole.position).toEqual({ x: 20, y: 60 });
    expect(result.board.edges).toHaveLength(2);
    const newEdge = result.board.edges[1];
    expect(result.nodeIds).toContain(newEdge.source);
    expect(result.nodeIds).toContain(newEdge.target);
  });

  it('a role copied without its department pastes at its absolute place, into another board', () => {
    const payload = copySelection(board(), ['r1'])!;
    const target = emptyBoard();
    const result = paste(target, payload, idFactory(target), { x: 0, y: 0 });
    expect(result.board.nodes).toEqual([expect.objectContaining({ id: 'r1', position: { x: 20, y: 60 } })]);
    expect(result.board.nodes[0].parentId).toBeUndefined();
  });

  it('refuses clipboard text that is not ours, and a damaged payload with its place', () => {
    expect(parseClipboard('hello').ok).toBe(false);
    expect(parseClipboard('{"type":"something"}').ok).toBe(false);
    const bad = parseClipboard(JSON.stringify({ type: 'orgcanvas-clipboard', nodes: [{ id: 'x', kind: 'planet' }], edges: [] }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0].path).toContain('nodes[0]');
  });

  it('duplicate is copy and paste with an offset', () => {
    const b = board();
    const result = duplicate(b, ['t1'], idFactory(b));
    expect(result.board.nodes.at(-1)).toMatchObject({ kind: 'task', label: 'Strategy', position: { x: 640, y: 340 } });
    expect(result.nodeIds).toEqual(['t2']);
  });
});

describe('adopting next to a sibling', () => {
  it('slides a dropped role below the sibling it would cover, and the department grows', () => {
    let b = addNode(board(), createNode({ kind: 'role' }, 'r2', 'Analyst', { x: 30, y: 80 }));
    b = reparentDropped(b, ['r2']);
    const r1 = b.nodes.find((n) => n.id === 'r1')!;
    const r2 = b.nodes.find((n) => n.id === 'r2')!;
    expect(r2.parentId).toBe('d1');
    expect(r2.position.y).toBeGreaterThanOrEqual(r1.position.y + 132);
    const rects = absoluteRects(b);
    expect(rects.get('d1')!.y + rects.get('d1')!.height).toBeGreaterThanOrEqual(rects.get('r2')!.y + rects.get('r2')!.height);
  });
});

describe('reconnect: moving one end of an edge', () => {
  const demo = demoBoard();
  const edge = (b: ReturnType<typeof demoBoard>, id: string) => b.edges.find((e) => e.id === id)!;

  it('moves the end, keeping the relation and its RACI letter', () => {
    const result = reconnect(demo, 'e16', 'source', 'r-wca');
    if (!result.ok) throw new Error('refused');
    expect(edge(result.board, 'e16')).toEqual({ ...edge(demo, 'e16'), source: 'r-wca' });
    expect(result.board.edges).toHaveLength(demo.edges.length);
    // serves: a task now works towards another objective.
    const served = reconnect(demo, 'e29', 'target', 'o-werving');
    expect(served.ok && edge(served.board, 'e29').target).toBe('o-werving');
  });

  it('refuses an end the relation table forbids, with the reason, and a loop', () => {
    expect(reconnect(demo, 'e29', 'target', 'r-wcc')).toMatchObject({ ok: false, refusal: { code: 'wrongTarget' } });
    expect(reconnect(demo, 'e24', 'target', 'r-wca')).toMatchObject({ ok: false, refusal: { code: 'selfLoop' } });
    expect(reconnect(demo, 'nope', 'target', 'r-wca')).toMatchObject({ ok: false, refusal: { code: 'missingNode' } });
  });

  it('replaces the line it lands on instead of drawing it twice, and leaves the board alone on a drop on the same node', () => {
    // The webcare coordinator's A on Webcare moved to the agent, who had an R there: the agent holds the A now.
    const merged = reconnect(demo, 'e8', 'source', 'r-wca');
    if (!merged.ok) throw new Error('refused');
    expect(merged.board.edges.map((e) => e.id)).not.toContain('e9');
    expect(edge(merged.board, 'e8')).toMatchObject({ source: 'r-wca', target: 'k-web', data: { raci: 'A' } });
    expect(merged.board.edges).toHaveLength(demo.edges.length - 1);
    expect(reconnect(demo, 'e8', 'target', 'k-web')).toEqual({ ok: true, board: demo });
  });
});
