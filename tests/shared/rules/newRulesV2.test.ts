/**
 * The six rules rule set v2 adds (domain.md), each on the seed situation it rests on, with
 * the near misses that must stay quiet and, where there is one, the fix that resolves it.
 */
import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../shared/rules/fixes';
import { A, C, I, R, board, dept, external, fired, hintsOf, leads, member, role, task, team } from './build';

describe('reactive-only (004: “webcare is slechts het reactieve deel”; 002)', () => {
  const nodes = [dept('cs', 'customer-service'), role('c', 'webcare-coordinator', 'cs'), role('lead', 'social-media-manager'), team('tm'), task('w', 'webcare')];
  it('fires on webcare with nothing proactive beside it, offering engagement owned by the lead', () => {
    const b = board({}, nodes, [A('c', 'w'), leads('lead', 'tm')]);
    const [hint] = hintsOf(b, 'reactive-only');
    expect(hint.nodes).toEqual(['w']);
    expect(hint.fixes).toMatchObject([{ type: 'addTask', taskType: 'engagement', owner: 'lead', near: 'w' }]);
    expect(fired(applyFix(b, hint.fixes[0]), 'reactive-only')).toEqual([]);
  });
  it.each(['engagement', 'content-marketing', 'community-management'] as const)('near miss: a %s task beside it', (type) => {
    expect(fired(board({}, [...nodes, task('x', type)], [A('c', 'w')]), 'reactive-only')).toEqual([]);
  });
  it('near miss: no webcare at all; without a lead there is no fix (lead-missing comes first)', () => {
    expect(fired(board({}, [task('k', 'reporting')]), 'reactive-only')).toEqual([]);
    expect(hintsOf(board({}, nodes, [A('c', 'w')]), 'reactive-only')[0].fixes).toEqual([]);
  });
});

describe('policy-without-training (001: bewustwording en draagvlak, voorleven; 002 comments: trainen)', () => {
  const nodes = [dept('comm', 'communications'), role('s', 'strategist', 'comm'), task('st', 'strategy'), task('p', 'policy')];
  it('fires on a policy with no awareness work in a medium firm, offering it owned by the lead', () => {
    const b = board({}, nodes, [A('s', 'st'), A('s', 'p')]);
    const [hint] = hintsOf(b, 'policy-without-training');
    expect([hint.nodes, hint.params.task]).toEqual([['p'], 'p']);
    expect(hint.fixes).toMatchObject([{ type: 'addTask', taskType: 'internal-awareness', owner: 's', near: 'p' }]);
    expect(fired(applyFix(b, hint.fixes[0]), 'policy-without-training')).toEqual([]);
  });
  it('without a lead, the policy’s owner lives it out', () => {
    const b = board({}, [...nodes, role('r', 'other', 'comm')], [A('r', 'p')]);
    expect(hintsOf(b, 'policy-without-training')[0].fixes).toMatchObject([{ owner: 'r' }]);
  });
  it('near misses: a small firm; an awareness task; no policy', () => {
    expect(fired(board({ size: 'small' }, nodes, [A('s', 'p')]), 'policy-without-training')).toEqual([]);
    expect(fired(board({}, [...nodes, task('aw', 'internal-awareness')], [A('s', 'p')]), 'policy-without-training')).toEqual([]);
    expect(fired(board({}, nodes.slice(0, 3), [A('s', 'st')]), 'policy-without-training')).toEqual([]);
  });
});

describe('webcare-no-escalation (004, AJ: “snel schakelen met de mensen die er eindoordeel over hebben”)', () => {
  const nodes = [
    dept('cs', 'customer-service'), role('wc', 'webcare-coordinator', 'cs'), role('wa', 'webcare-agent', 'cs'),
    dept('comm', 'communications'), role('pr', 'other', 'comm'), task('w', 'webcare'), task('cr', 'crisis-management'),
  ];
  it('fires when the webcare owner has no part in crisis management, offering to consult them', () => {
    const b = board({}, nodes, [A('wc', 'w'), A('pr', 'cr')]);
    const [hint] = hintsOf(b, 'webcare-no-escalation');
    expect([hint.nodes, hint.variant, hint.params.owner, hint.params.crisis]).toEqual([['w', 'cr'], 'outside', 'wc', 'cr']);
    expect(hint.fixes).toMatchObject([{ type: 'addResponsible', task: 'cr', holder: 'wc', raci: 'C' }]);
    expect(fired(applyFix(b, hint.fixes[0]), 'webcare-no-escalation')).toEqual([]);
  });
  it('fires, without a fix, when there is no crisis task at all', () => {
    const [hint] = hintsOf(board({}, nodes.slice(0, 6), [A('wc', 'w')]), 'webcare-no-escalation');
    expect([hint.variant, hint.fixes]).toEqual(['noCrisis', []]);
  });
  it('near misses: the owner informed on the crisis task; a colleague of the same department consulted; unowned webcare', () => {
    expect(fired(board({}, nodes, [A('wc', 'w'), A('pr', 'cr'), I('wc', 'cr')]), 'webcare-no-escalation')).toEqual([]);
    expect(fired(board({}, nodes, [A('wc', 'w'), A('pr', 'cr'), C('wa', 'cr')]), 'webcare-no-escalation')).toEqual([]);
    expect(fired(board({}, nodes, [R('wc', 'w'), R('wa', 'w'), A('pr', 'cr')]), 'webcare-no-escalation')).toEqual([]);
  });
  it('an agency owning webcare outside the crisis work is told too', () => {
    const b = board({}, [...nodes, external('ag')], [A('ag', 'w'), A('pr', 'cr')]);
    expect(fired(b, 'webcare-no-escalation')).toEqual([['w', 'cr']]);
  });
});

describe('content-not-coordinated (000 #2: afstemming, “qua timing”)', () => {
  const nodes = [
    dept('mkt', 'marketing'), role('m', 'content-creator', 'mkt'), dept('comm', 'communications'), role('p', 'other', 'comm'),
    role('lead', 'social-media-manager'), team('tm'), task('k', 'content-marketing'), task('e', 'engagement'),
  ];
  it('fires when content and conversation are owned in two departments nobody aligns', () => {
    const [hint] = hintsOf(board({}, nodes, [A('m', 'k'), A('p', 'e'), leads('lead', 'tm')]), 'content-not-coordinated');
    expect([hint.nodes, hint.params.count, hint.params.departments]).toEqual([['k', 'e'], 2, '“mkt”, “comm”']);
  });
  it('near misses: the owners in one team; the lead taking part; one department', () => {
    expect(fired(board({}, nodes, [A('m', 'k'), A('p', 'e'), member('m', 'tm'), member('p', 'tm')]), 'content-not-coordinated')).toEqual([]);
    expect(fired(board({}, nodes, [A('m', 'k'), A('p', 'e'), member('m', 'tm'), leads('p', 'tm')]), 'content-not-coordinated')).toEqual([]);
    expect(fired(board({}, nodes, [A('m', 'k'), A('p', 'e'), leads('lead', 'tm'), I('lead', 'e')]), 'content-not-coordinated')).toEqual([]);
    expect(fired(board({}, nodes, [A('m', 'k'), A('m', 'e')]), 'content-not-coordinated')).toEqual([]);
  });
  it('a department owning work itself cannot sit in a team: it is not aligned by one', () => {
    const b = board({}, nodes, [A('m', 'k'), A('comm', 'e'), member('m', 'tm')]);
    expect(fired(b, 'content-not-coordinated')).toEqual([['k', 'e']]);
  });
});

describe('reporting-missing (001: interne rapportage over successen en misstappen)', () => {
  it('fires on a medium board with tasks and no reporting, offering it owned by the lead', () => {
    const b = board({}, [role('s', 'strategist'), task('st', 'strategy')], [A('s', 'st')]);
    const [hint] = hintsOf(b, 'reporting-missing');
    expect(hint.fixes).toMatchObject([{ type: 'addTask', taskType: 'reporting', owner: 's', near: 'st' }]);
    expect(fired(applyFix(b, hint.fixes[0]), 'reporting-missing')).toEqual([]);
  });
  it('near misses: a small firm; a reporting task; an empty board', () => {
    expect(fired(board({ size: 'small' }, [task('st', 'strategy')]), 'reporting-missing')).toEqual([]);
    expect(fired(board({}, [task('st', 'strategy'), task('r', 'reporting')]), 'reporting-missing')).toEqual([]);
    expect(fired(board({}, [role('s', 'strategist')]), 'reporting-missing')).toEqual([]);
  });
});

describe('tooling-without-users (000 #4: IT facilitates; 001: beoordeling en aanschaf van software)', () => {
  const nodes = [dept('it', 'it'), role('dev', 'other', 'it'), role('lead', 'social-media-manager'), role('boss', 'other'), team('tm'), team('tm2'), task('tool', 'tooling')];
  it('fires when IT chooses the tools alone, offering to consult the lead', () => {
    const b = board({}, nodes, [A('dev', 'tool'), leads('lead', 'tm')]);
    const [hint] = hintsOf(b, 'tooling-without-users');
    expect(hint.nodes).toEqual(['dev', 'tool']);
    expect(hint.fixes).toMatchObject([{ type: 'addResponsible', task: 'tool', holder: 'lead', raci: 'C' }]);
    expect(fired(applyFix(b, hint.fixes[0]), 'tooling-without-users')).toEqual([]);
  });
  it('fires on the IT department itself owning it; a lead who is no social media role is not offered', () => {
    const [hint] = hintsOf(board({}, nodes, [A('it', 'tool'), C('boss', 'tool'), leads('boss', 'tm2')]), 'tooling-without-users');
    expect([hint.nodes, hint.fixes]).toEqual([['it', 'tool'], []]);
  });
  it('near misses: a social media role consulted; the tooling owned outside IT', () => {
    expect(fired(board({}, nodes, [A('dev', 'tool'), C('lead', 'tool')]), 'tooling-without-users')).toEqual([]);
    expect(fired(board({}, nodes, [A('boss', 'tool')]), 'tooling-without-users')).toEqual([]);
  });
});
