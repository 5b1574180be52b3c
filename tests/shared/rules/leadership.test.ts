import { describe, expect, it } from 'vitest';
import { A, R, board, dept, fired, hintsOf, leads, member, role, sponsors, task, team } from './build';

describe('lead-missing', () => {
  it('fires once for a board with tasks and nobody leading, naming strategy tasks and teams', () => {
    const b = board({}, [role('r', 'strategist'), team('tm'), task('s', 'strategy'), task('w', 'webcare')], [R('r', 's'), member('r', 'tm')]);
    // r holds the only R, so r owns the strategy: that is a lead. Make it two R's to lose the owner.
    expect(fired(b, 'lead-missing')).toEqual([]);
    const leaderless = board({}, [role('r', 'strategist'), role('q', 'other'), team('tm'), task('s', 'strategy')], [
      R('r', 's'),
      R('q', 's'),
      member('r', 'tm'),
    ]);
    const [hint] = hintsOf(leaderless, 'lead-missing');
    expect(hint.nodes).toEqual(['tm', 's']);
    expect(hint.severity).toBe('error');
    expect(hint.fixes.map((f) => f.type)).toEqual(['setAccountable', 'setAccountable', 'addLead']);
    expect(hint.fixes[0]).toMatchObject({ holder: 'r' }); // the strategist first
  });
  it('fires when a department, not a role, owns the strategy', () => {
    expect(fired(board({}, [dept('d', 'marketing'), task('s', 'strategy')], [A('d', 's')]), 'lead-missing')).toEqual([['s']]);
  });
  it('near misses: a role leading a team; a role owning the strategy; no tasks at all', () => {
    expect(fired(board({}, [role('r', 'other'), team('tm'), task('w', 'webcare')], [leads('r', 'tm')]), 'lead-missing')).toEqual([]);
    expect(fired(board({}, [role('r', 'other'), task('s', 'strategy')], [A('r', 's')]), 'lead-missing')).toEqual([]);
    expect(fired(board({}, [role('r', 'other'), team('tm')]), 'lead-missing')).toEqual([]);
  });
  it('does not count leading a department as leading social media', () => {
    expect(fired(board({}, [dept('d', 'board'), role('r', 'other', 'd'), task('w', 'webcare')], [leads('r', 'd')]), 'lead-missing')).toEqual([
      [],
    ]);
  });
});

describe('lead-without-mandate', () => {
  it('fires on a team lead without a budget, and on a strategy owner without a mandate', () => {
    const b = board(
      {},
      [role('lead', 'other', undefined, { mandate: true }), role('owner', 'strategist', undefined, { budget: true }), team('tm'), task('s', 'strategy')],
      [leads('lead', 'tm'), A('owner', 's')],
    );
    expect(hintsOf(b, 'lead-without-mandate').map((h) => [h.nodes, h.variant])).toEqual([
      [['lead'], 'budget'],
      [['owner'], 'mandate'],
    ]);
  });
  it('offers to record mandate and budget', () => {
    const b = board({}, [role('lead', 'other'), team('tm')], [leads('lead', 'tm')]);
    expect(hintsOf(b, 'lead-without-mandate')[0]).toMatchObject({ variant: 'both', fixes: [{ type: 'grantMandate', role: 'lead' }] });
  });
  it('near misses: a lead with both; a role without either that leads nothing', () => {
    const b = board({}, [role('lead', 'other', undefined, { mandate: true, budget: true }), role('x', 'other'), team('tm'), task('w', 'webcare')], [
      leads('lead', 'tm'),
      A('x', 'w'),
    ]);
    expect(fired(b, 'lead-without-mandate')).toEqual([]);
  });
});

describe('no-board-sponsor', () => {
  const nodes = [dept('dir', 'board'), role('ceo', 'other', 'dir'), role('lead', 'strategist'), role('other', 'other'), team('tm'), task('w', 'webcare')];
  it('fires on the lead and the team when nobody on the board sponsors them', () => {
    const [hint] = hintsOf(board({}, nodes, [leads('lead', 'tm'), A('lead', 'w')]), 'no-board-sponsor');
    expect(hint.nodes).toEqual(['lead', 'tm']);
    expect(hint.fixes).toMatchObject([{ type: 'addSponsor', sponsor: 'dir', target: 'tm' }]);
  });
  it('is not satisfied by a sponsor from outside the board of directors', () => {
    expect(fired(board({}, nodes, [leads('lead', 'tm'), sponsors('other', 'lead')]), 'no-board-sponsor')).toEqual([['lead', 'tm']]);
  });
  it('near misses: the board sponsors the team; a director sponsors the lead; a small firm; no tasks', () => {
    expect(fired(board({}, nodes, [leads('lead', 'tm'), sponsors('dir', 'tm')]), 'no-board-sponsor')).toEqual([]);
    expect(fired(board({}, nodes, [leads('lead', 'tm'), sponsors('ceo', 'lead')]), 'no-board-sponsor')).toEqual([]);
    expect(fired(board({ size: 'small' }, nodes, [leads('lead', 'tm')]), 'no-board-sponsor')).toEqual([]);
    expect(fired(board({}, nodes.filter((n) => n.kind !== 'task'), [leads('lead', 'tm')]), 'no-board-sponsor')).toEqual([]);
  });
});
