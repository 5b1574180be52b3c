/**
 * The changed readings of rule set v2 (issue 22, domain.md), each on the seed situation it
 * rests on, with the near misses that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { detectModel } from '../../../shared/orgModels/detect';
import { isVanityKpi } from '../../../shared/rules/checks/vanity';
import { evaluateBoard } from '../../../shared/rules/engine';
import { applyFix } from '../../../shared/rules/fixes';
import { A, C, I, R, board, dept, external, fired, hintsOf, leads, member, objective, role, serves, task, team } from './build';

describe('1. Dutch KPIs (001: success measured in followers)', () => {
  it.each(['Volgersgroei van 20%', 'Minstens 5.000 volgers op LinkedIn', 'Aantal fans (doel: 5.000)', 'Ruim 2.000 nieuwe volgers', 'Fanaantal verdubbelen', 'At least 5,000 followers'])(
    'counts “%s” as vanity',
    (kpi) => expect(isVanityKpi(kpi)).toBe(true),
  );
  it.each(['volgers en leads', 'Volgersgroei die tot aanvragen leidt', 'Minstens 50 leads per maand', 'Doel: 90% binnen 2 uur beantwoord'])(
    'does not count “%s” as vanity',
    (kpi) => expect(isVanityKpi(kpi)).toBe(false),
  );
});

describe('2. leading a team counts as being in it (004: a team of customer service, marketing and PR, with a dedicated lead)', () => {
  const nodes = [
    dept('cs', 'customer-service'), dept('mkt', 'marketing'), dept('pr', 'communications'), dept('sales', 'sales'),
    role('c', 'webcare-coordinator', 'cs'), role('m', 'content-creator', 'mkt'), role('p', 'social-media-manager', 'pr'), role('s', 'other', 'sales'),
    team('tm'), task('w', 'webcare'), task('k', 'content-marketing'), task('sell', 'social-selling'),
  ];
  it('two members and a lead from a third department make three departments', () => {
    const b = board({}, nodes, [member('c', 'tm'), member('m', 'tm'), leads('p', 'tm'), A('c', 'w'), A('m', 'k')]);
    expect(fired(b, 'team-not-cross-functional')).toEqual([]);
  });
  it('a team short of a department is told so, and the fix never proposes its own lead as a member', () => {
    const b = board({}, nodes, [member('c', 'tm'), leads('m', 'tm'), A('c', 'w'), A('m', 'k'), A('p', 'k'), A('s', 'sell')]);
    const [hint] = hintsOf(b, 'team-not-cross-functional');
    expect(hint.params.count).toBe(2);
    expect(hint.fixes).toMatchObject([{ type: 'addMembers', team: 'tm', members: ['p'] }]);
  });
});

describe('3. the board of directors is not a social media department (000 #7: it backs the lead)', () => {
  const nodes = [
    dept('board', 'board'), role('ceo', 'other', 'board'), dept('comm', 'communications'), role('smm', 'social-media-manager', 'comm'),
    dept('cs', 'customer-service'), role('kc', 'other', 'cs'), task('s', 'strategy'), task('w', 'webcare'), task('k', 'content-marketing'),
  ];
  it('a director informed, even accountable, does not make two active departments', () => {
    expect(fired(board({}, nodes, [A('smm', 's'), I('ceo', 's'), A('smm', 'w'), C('kc', 'w')]), 'team-needed')).toEqual([]);
    expect(fired(board({}, nodes, [A('ceo', 's'), A('smm', 'w')]), 'team-needed')).toEqual([]);
  });
  it('two working departments need a team, and the fix proposes their people, never the CEO', () => {
    const [hint] = hintsOf(board({}, nodes, [A('smm', 's'), I('ceo', 's'), A('smm', 'k'), A('kc', 'w')]), 'team-needed');
    expect(hint.nodes).toEqual(['comm', 'cs']);
    expect(hint.fixes[0]).toMatchObject({ type: 'createTeam', members: ['smm', 'kc'] });
  });
  it('a narrow team is offered people from departments that take part, never a director', () => {
    const b = board({}, [...nodes, team('tm')], [member('smm', 'tm'), A('smm', 's'), I('ceo', 's'), A('kc', 'w'), A('smm', 'k')]);
    const [hint] = hintsOf(b, 'team-not-cross-functional');
    expect(hint.fixes.flatMap((f) => (f.type === 'addMembers' ? f.members : []))).toEqual(['kc']);
  });
  it('a director in the team does not count as a department of it', () => {
    const b = board({}, [...nodes, dept('mkt', 'marketing'), role('m', 'other', 'mkt'), team('tm')], [member('smm', 'tm'), member('kc', 'tm'), member('ceo', 'tm'), A('smm', 's')]);
    expect(hintsOf(b, 'team-not-cross-functional')[0].params.count).toBe(2);
  });
});

describe('4. IT facilitates (000 #4); the pitfall is a growing organisation’s (002)', () => {
  const nodes = [dept('mkt', 'marketing'), role('m', 'strategist', 'mkt'), dept('it', 'it'), role('dev', 'other', 'it'), task('s', 'strategy'), task('k', 'content-marketing'), task('tool', 'tooling')];
  it('marketing owning everything but the tools IT chooses is still parked in marketing', () => {
    const [hint] = hintsOf(board({}, nodes, [A('m', 's'), A('m', 'k'), A('dev', 'tool'), C('m', 'tool')]), 'single-department-pitfall');
    expect([hint.nodes, hint.variant, hint.params.tasks]).toEqual([['mkt'], 'marketing', 2]);
  });
  it('near misses: a one-room start-up; tooling overridden to operational work of IT', () => {
    expect(fired(board({ size: 'small' }, nodes, [A('m', 's'), A('m', 'k')]), 'single-department-pitfall')).toEqual([]);
    const operational = board({}, [...nodes.slice(0, 6), task('tool', 'tooling', { level: 'operational' })], [A('m', 's'), A('m', 'k'), A('dev', 'tool')]);
    expect(fired(operational, 'single-department-pitfall')).toEqual([]);
  });
});

describe('5. dialogue and crisis are core (004, AJ: agencies lack mandate and speed)', () => {
  const nodes = [dept('cs', 'customer-service'), role('c', 'other', 'cs'), dept('pr', 'communications'), role('p', 'other', 'pr'), external('ag'), task('w', 'webcare'), task('cr', 'crisis-management'), task('k', 'content-marketing')];
  it('an agency owning webcare, or the crisis work, is told', () => {
    expect(hintsOf(board({}, nodes, [A('ag', 'w'), A('p', 'cr'), A('c', 'k')]), 'fully-outsourced').map((h) => [h.nodes, h.variant])).toEqual([[['ag', 'w'], 'core']]);
    expect(hintsOf(board({}, nodes, [A('c', 'w'), A('ag', 'cr'), A('c', 'k')]), 'fully-outsourced').map((h) => [h.nodes, h.variant])).toEqual([[['ag', 'cr'], 'core']]);
  });
  it('near misses: an agency doing webcare under an internal A; an agency owning content', () => {
    expect(fired(board({}, nodes, [A('c', 'w'), R('ag', 'w'), A('p', 'cr'), A('ag', 'k')]), 'fully-outsourced')).toEqual([]);
  });
});

describe('6. the oh-oh question belongs with PR (003)', () => {
  const nodes = [dept('comm', 'communications'), role('pr', 'other', 'comm'), dept('cs', 'customer-service'), role('wc', 'webcare-coordinator', 'cs'), external('bureau', 'pr-agency'), task('cr', 'crisis-management'), task('mon', 'reputation-monitoring')];
  it('communications only informed on the crisis task does not count; the fix raises its letter', () => {
    const b = board({}, nodes, [A('wc', 'cr'), I('pr', 'cr'), A('pr', 'mon')]);
    const [hint] = hintsOf(b, 'crisis-without-pr');
    expect(hint.nodes).toEqual(['cr']);
    expect(hint.fixes).toMatchObject([{ type: 'addResponsible', holder: 'pr', task: 'cr', raci: 'R' }]);
    // The spokesman's I becomes an R: one relation, not a second one beside it.
    const after = applyFix(b, hint.fixes[0]);
    expect(after.edges.filter((e) => e.source === 'pr' && e.target === 'cr').map((e) => e.data?.raci)).toEqual(['R']);
    expect(fired(after, 'crisis-without-pr')).toEqual([]);
  });
  it('an external PR agency owning the crisis work counts; one informed on monitoring counts too', () => {
    expect(fired(board({}, nodes, [A('bureau', 'cr'), A('wc', 'mon'), I('bureau', 'mon')]), 'crisis-without-pr')).toEqual([]);
  });
  it('does not repeat the type when the label already says it, in either language', () => {
    const b = board({}, [role('x', 'other'), task('m', 'reputation-monitoring', { label: 'Reputatiemonitoring' }), task('n', 'reputation-monitoring', { label: 'Mentions volgen' })], [A('x', 'm'), A('x', 'n')]);
    expect(hintsOf(b, 'crisis-without-pr').map((h) => h.variant)).toEqual(['reputation-monitoring-named', 'reputation-monitoring']);
  });
});

describe('7. objective owner fit only where there is somewhere to move it (004 comments)', () => {
  it('reputation work owned by marketing, on a board without communications, stays quiet', () => {
    const nodes = [dept('mkt', 'marketing'), role('m', 'other', 'mkt'), task('mon', 'reputation-monitoring'), objective('o', 'reputation')];
    expect(fired(board({}, nodes, [A('m', 'mon'), serves('mon', 'o')]), 'objective-owner-fit')).toEqual([]);
    expect(fired(board({}, [...nodes, dept('comm', 'communications')], [A('m', 'mon'), serves('mon', 'o')]), 'objective-owner-fit')).toEqual([['o']]);
  });
});

describe('8. folding: one outsourcing message, not five (004 comments)', () => {
  const nodes = [
    dept('mkt', 'marketing'), dept('comm', 'communications'), role('mm', 'other', 'mkt'), external('buzz'), external('pr', 'pr-agency'),
    task('k', 'content-marketing', { label: 'Posts' }), task('mon', 'reputation-monitoring', { label: 'Monitoring' }), task('cr', 'crisis-management', { label: 'Crisis' }),
    objective('o', 'sales-marketing'),
  ];
  it('everything outsourced: the owner-fit and PR hints about that work are named in the outsourcing hint instead', () => {
    const b = board({}, nodes, [A('buzz', 'k'), A('buzz', 'mon'), A('buzz', 'cr'), C('mm', 'k'), serves('k', 'o')]);
    const hints = evaluateBoard(b);
    expect(hints.filter((h) => h.rule === 'objective-owner-fit' || h.rule === 'crisis-without-pr')).toEqual([]);
    const [all] = hints.filter((h) => h.rule === 'fully-outsourced');
    expect([all.variant, all.params.objectives, all.params.tasks]).toEqual(['allBoth', '“o”', '“Monitoring”, “Crisis”']);
  });
  it('a PR agency owning the crisis work folds nothing for it (it is not missing)', () => {
    const b = board({}, nodes, [A('buzz', 'k'), A('buzz', 'mon'), A('pr', 'cr'), serves('k', 'o')]);
    expect(hintsOf(b, 'fully-outsourced')[0].params.tasks).toBe('“Monitoring”');
  });
  it('near miss: one task owned inside, so the board is not fully outsourced, and each hint speaks for itself', () => {
    const b = board({}, [...nodes, task('w', 'webcare')], [A('buzz', 'k'), A('buzz', 'mon'), A('buzz', 'cr'), A('mm', 'w'), serves('k', 'o')]);
    const rules = evaluateBoard(b).map((h) => h.rule);
    expect(rules).toContain('objective-owner-fit');
    expect(rules.filter((r) => r === 'crisis-without-pr')).toHaveLength(2);
    expect(hintsOf(b, 'fully-outsourced').map((h) => h.variant)).toEqual(['core']);
  });
});

describe('9. model detection: no clear hub without a lead (000 #3)', () => {
  // A steering group that owns the strategy and the policy itself, with members from three
  // departments who each own their operational work: a hub and its spokes, except for the chair.
  const nodes = [
    dept('comm', 'communications'), dept('mkt', 'marketing'), dept('cs', 'customer-service'),
    role('p', 'other', 'comm'), role('m', 'other', 'mkt'), role('c', 'other', 'cs'), team('sg'),
    task('s', 'strategy'), task('pol', 'policy'), task('k', 'content-marketing'), task('w', 'webcare'), task('mon', 'reputation-monitoring'),
  ];
  const edges = () => [member('p', 'sg'), member('m', 'sg'), member('c', 'sg'), A('sg', 's'), A('sg', 'pol'), A('m', 'k'), A('c', 'w'), A('p', 'mon')];
  it('a steering group without a chair raises lead-missing and is at most a likely hub', () => {
    const b = board({ size: 'large' }, nodes, edges());
    expect(evaluateBoard(b).map((h) => h.rule)).toContain('lead-missing');
    const detection = detectModel(b);
    expect(detection.model).toBe('hub-and-spoke');
    expect(detection.confidence).not.toBe('clear');
    expect(detection.scores[0].score).toBeLessThan(1);
    expect(detection.scores[0].criteria.find((c) => c.id === 'someoneLeads')?.met).toBe(0);
  });
  it('near miss: the same group with a chair is a clear hub', () => {
    const b = board({ size: 'large' }, nodes, [...edges(), leads('p', 'sg')]);
    expect(evaluateBoard(b).map((h) => h.rule)).not.toContain('lead-missing');
    expect(detectModel(b)).toMatchObject({ model: 'hub-and-spoke', confidence: 'clear' });
  });
  it('counts as active departments only those that work on a task, never the board of directors', () => {
    const b = board({}, [...nodes, dept('board', 'board'), dept('hr', 'hr')], [...edges(), I('board', 's'), C('hr', 'pol')]);
    expect(detectModel(b).evidence.activeDepartments).toBe(3);
  });
});
