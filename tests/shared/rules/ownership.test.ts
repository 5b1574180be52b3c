import { describe, expect, it } from 'vitest';
import { A, C, I, R, board, dept, external, fired, hintsOf, role, task } from './build';

describe('task-unowned', () => {
  it('fires on a task nobody holds, with no fix to offer', () => {
    const [hint] = hintsOf(board({}, [task('t1', 'webcare')]), 'task-unowned');
    expect(hint.nodes).toEqual(['t1']);
    expect(hint.severity).toBe('error');
    expect(hint.variant).toBe('nobody');
    expect(hint.fixes).toEqual([]);
  });
  it('fires on the hot potato: several R and no A, offering each R as owner', () => {
    const b = board({}, [role('r1', 'other'), role('r2', 'other'), task('t1', 'webcare')], [R('r1', 't1'), R('r2', 't1')]);
    const [hint] = hintsOf(b, 'task-unowned');
    expect(hint.variant).toBe('severalResponsible');
    expect(hint.fixes.map((f) => f.type === 'setAccountable' && f.holder)).toEqual(['r1', 'r2']);
  });
  it('fires when people are only consulted or informed', () => {
    const b = board({}, [role('r1', 'other'), task('t1', 'webcare')], [C('r1', 't1'), I('r1', 't1')]);
    expect(hintsOf(b, 'task-unowned').map((h) => [h.nodes, h.variant])).toEqual([[['t1'], 'onlyConsulted']]);
  });
  it('near misses: one R and no A has an owner; an A is an owner; a department or team can own', () => {
    const nodes = [role('r1', 'other'), role('r2', 'other'), dept('d1', 'marketing'), task('t1', 'webcare')];
    expect(fired(board({}, nodes, [R('r1', 't1'), C('r2', 't1')]), 'task-unowned')).toEqual([]);
    expect(fired(board({}, nodes, [A('r1', 't1'), R('r2', 't1')]), 'task-unowned')).toEqual([]);
    expect(fired(board({}, nodes, [R('d1', 't1')]), 'task-unowned')).toEqual([]);
    // the same holder with two R edges is still one holder
    expect(fired(board({}, nodes, [R('r1', 't1'), R('r1', 't1')]), 'task-unowned')).toEqual([]);
  });
  it('fires on exactly the unowned tasks of several', () => {
    const b = board({}, [role('r1', 'other'), task('t1', 'webcare'), task('t2', 'policy'), task('t3', 'tooling')], [A('r1', 't2')]);
    expect(fired(b, 'task-unowned')).toEqual([['t1'], ['t3']]);
  });
});

describe('task-multiple-accountable', () => {
  it('fires on the task and its accountable holders', () => {
    const b = board({}, [role('r1', 'other'), dept('d1', 'marketing'), role('r3', 'other'), task('t1', 'webcare')], [
      A('r1', 't1'),
      A('d1', 't1'),
      R('r3', 't1'),
    ]);
    const [hint] = hintsOf(b, 'task-multiple-accountable');
    expect(hint.nodes).toEqual(['r1', 'd1', 't1']);
    expect(hint.key).toBe('task-multiple-accountable:t1');
    expect(hint.params.count).toBe(2);
  });
  it('near misses: one A plus R; one holder with two A edges', () => {
    const nodes = [role('r1', 'other'), role('r2', 'other'), task('t1', 'webcare')];
    expect(fired(board({}, nodes, [A('r1', 't1'), R('r2', 't1')]), 'task-multiple-accountable')).toEqual([]);
    expect(fired(board({}, nodes, [A('r1', 't1'), A('r1', 't1')]), 'task-multiple-accountable')).toEqual([]);
  });
});

describe('strategy-owned-by-it', () => {
  const nodes = [dept('it', 'it'), role('dev', 'other', 'it'), dept('mkt', 'marketing'), role('strat', 'strategist', 'mkt'), task('s', 'strategy')];
  it('fires when a role inside IT owns the strategy, offering the others', () => {
    const [hint] = hintsOf(board({}, nodes, [A('dev', 's'), C('strat', 's')]), 'strategy-owned-by-it');
    expect(hint.nodes).toEqual(['dev', 's']);
    expect(hint.fixes).toMatchObject([{ type: 'setAccountable', holder: 'strat', task: 's' }]);
  });
  it('fires when the IT department itself owns it through a single R', () => {
    expect(fired(board({}, nodes, [R('it', 's')]), 'strategy-owned-by-it')).toEqual([['it', 's']]);
  });
  it('near misses: IT doing the work under a marketing A; IT owning tooling', () => {
    expect(fired(board({}, nodes, [A('strat', 's'), R('dev', 's')]), 'strategy-owned-by-it')).toEqual([]);
    const tooling = board({}, [...nodes, task('tool', 'tooling')], [A('dev', 'tool'), A('strat', 's')]);
    expect(fired(tooling, 'strategy-owned-by-it')).toEqual([]);
  });
});

describe('strategic-operational-mixed', () => {
  it('fires on a role owning strategy and webcare', () => {
    const b = board({}, [role('r', 'strategist'), task('s', 'strategy'), task('w', 'webcare')], [A('r', 's'), A('r', 'w')]);
    expect(fired(b, 'strategic-operational-mixed')).toEqual([['r', 's', 'w']]);
  });
  it('fires on the policy with engagement', () => {
    const b = board({}, [role('r', 'other'), task('p', 'policy'), task('e', 'engagement')], [A('r', 'p'), A('r', 'e')]);
    expect(fired(b, 'strategic-operational-mixed')).toEqual([['r', 'p', 'e']]);
  });
  it('v2: crisis management (strategic by level) with webcare is not counted: the demo board’s coordinator of webcare owns both', () => {
    const b = board({}, [role('r', 'webcare-coordinator'), task('c', 'crisis-management'), task('w', 'webcare')], [A('r', 'c'), A('r', 'w')]);
    expect(fired(b, 'strategic-operational-mixed')).toEqual([]);
  });
  it('near misses: doing (not owning) webcare; a level overridden to operational; other operational work; a department', () => {
    const nodes = [role('r', 'strategist'), role('w2', 'webcare-coordinator'), task('s', 'strategy'), task('w', 'webcare')];
    expect(fired(board({}, nodes, [A('r', 's'), R('r', 'w'), A('w2', 'w')]), 'strategic-operational-mixed')).toEqual([]);
    const overridden = board({}, [role('r', 'other'), task('p', 'policy', { level: 'operational' }), task('w', 'webcare')], [
      A('r', 'p'),
      A('r', 'w'),
    ]);
    expect(fired(overridden, 'strategic-operational-mixed')).toEqual([]);
    const content = board({}, [role('r', 'other'), task('s', 'strategy'), task('c', 'content-marketing')], [A('r', 's'), A('r', 'c')]);
    expect(fired(content, 'strategic-operational-mixed')).toEqual([]);
    const department = board({}, [dept('d', 'marketing'), task('s', 'strategy'), task('w', 'webcare')], [A('d', 's'), A('d', 'w')]);
    expect(fired(department, 'strategic-operational-mixed')).toEqual([]);
  });
  it('v2: counts only the strategy and the policy, not another task overridden to strategic', () => {
    const b = board({}, [role('r', 'other'), task('m', 'reporting', { level: 'strategic' }), task('w', 'webcare')], [A('r', 'm'), A('r', 'w')]);
    expect(fired(b, 'strategic-operational-mixed')).toEqual([]);
  });
  it('ignores external parties, which are not roles', () => {
    const b = board({}, [external('x'), task('s', 'strategy'), task('w', 'webcare')], [A('x', 's'), A('x', 'w')]);
    expect(fired(b, 'strategic-operational-mixed')).toEqual([]);
  });
});
