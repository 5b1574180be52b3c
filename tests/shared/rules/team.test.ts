import { describe, expect, it } from 'vitest';
import { A, C, I, R, board, dept, fired, hintsOf, leads, member, role, task, team } from './build';

const departments = [
  dept('mkt', 'marketing'),
  dept('cs', 'customer-service'),
  dept('comm', 'communications'),
  role('m', 'strategist', 'mkt'),
  role('c', 'webcare-coordinator', 'cs'),
  role('p', 'other', 'comm'),
  task('t1', 'content-marketing'),
  task('t2', 'webcare'),
  task('t3', 'crisis-management'),
];

describe('team-needed', () => {
  it('fires on the active departments of a medium firm without a team, offering one', () => {
    const [hint] = hintsOf(board({}, departments, [A('m', 't1'), A('c', 't2')]), 'team-needed');
    expect(hint.nodes).toEqual(['mkt', 'cs']);
    expect(hint.fixes).toMatchObject([{ type: 'createTeam', members: ['m', 'c'] }]);
  });
  it('counts a department working on a task through its roles (an R)', () => {
    expect(fired(board({ size: 'large' }, departments, [A('m', 't1'), R('p', 't1')]), 'team-needed')).toEqual([['mkt', 'comm']]);
  });
  it('v2: a department only consulted (C) or informed (I) is not active', () => {
    expect(fired(board({ size: 'large' }, departments, [A('m', 't1'), C('p', 't1'), I('c', 't2'), A('m', 't2')]), 'team-needed')).toEqual([]);
  });
  it('offers to fill an empty team instead of creating a second one', () => {
    const [hint] = hintsOf(board({}, [...departments, team('tm')], [A('m', 't1'), A('c', 't2')]), 'team-needed');
    expect(hint.fixes).toMatchObject([{ type: 'addMembers', team: 'tm', members: ['m', 'c'] }]);
  });
  it('near misses: a team with members; a small firm; one active department', () => {
    expect(fired(board({}, [...departments, team('tm')], [A('m', 't1'), A('c', 't2'), member('m', 'tm')]), 'team-needed')).toEqual([]);
    expect(fired(board({ size: 'small' }, departments, [A('m', 't1'), A('c', 't2')]), 'team-needed')).toEqual([]);
    expect(fired(board({}, departments, [A('m', 't1'), A('m', 't2')]), 'team-needed')).toEqual([]);
  });
});

describe('team-over-the-top', () => {
  it('fires on the team of a small, informal firm', () => {
    expect(fired(board({ size: 'small', culture: 'informal' }, [team('tm')]), 'team-over-the-top')).toEqual([['tm']]);
  });
  it('near misses: small but hierarchical; informal but medium; no team', () => {
    expect(fired(board({ size: 'small', culture: 'hierarchical' }, [team('tm')]), 'team-over-the-top')).toEqual([]);
    expect(fired(board({ size: 'medium', culture: 'informal' }, [team('tm')]), 'team-over-the-top')).toEqual([]);
    expect(fired(board({ size: 'small', culture: 'informal' }, [role('r', 'other')]), 'team-over-the-top')).toEqual([]);
  });
});

describe('team-not-cross-functional', () => {
  it('fires on a team drawing from two departments, suggesting someone from the third', () => {
    const b = board({}, [...departments, team('tm')], [member('m', 'tm'), member('c', 'tm'), A('p', 't3')]);
    const [hint] = hintsOf(b, 'team-not-cross-functional');
    expect(hint.nodes).toEqual(['tm']);
    expect(hint.params.count).toBe(2);
    expect(hint.fixes).toMatchObject([{ type: 'addMembers', team: 'tm', members: ['p'] }]);
  });
  it('counts departments, not members: two people from marketing are one department', () => {
    const b = board({}, [...departments, role('m2', 'other', 'mkt'), team('tm')], [member('m', 'tm'), member('m2', 'tm'), leads('m', 'tm')]);
    expect(hintsOf(b, 'team-not-cross-functional').map((h) => h.params.count)).toEqual([1]);
  });
  it('near misses: three departments; an empty team (still being drawn)', () => {
    expect(fired(board({}, [...departments, team('tm')], [member('m', 'tm'), member('c', 'tm'), member('p', 'tm')]), 'team-not-cross-functional')).toEqual(
      [],
    );
    expect(fired(board({}, [...departments, team('tm')]), 'team-not-cross-functional')).toEqual([]);
  });
});
