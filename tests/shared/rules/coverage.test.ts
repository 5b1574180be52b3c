import { describe, expect, it } from 'vitest';
import { isVanityKpi } from '../../../shared/rules/checks/vanity';
import { A, C, I, R, board, dept, external, fired, hintsOf, member, note, role, task, team } from './build';

describe('single-department-pitfall', () => {
  it('fires on the one department owning everything, naming its pitfall', () => {
    for (const type of ['marketing', 'customer-service', 'communications', 'legal'] as const) {
      const b = board({}, [dept('d', type), role('r', 'other', 'd'), task('t1', 'webcare'), task('t2', 'strategy')], [A('r', 't1'), A('d', 't2')]);
      const [hint] = hintsOf(b, 'single-department-pitfall');
      expect(hint.nodes).toEqual(['d']);
      expect(hint.variant).toBe(type === 'legal' ? 'other' : type);
    }
  });
  it('near misses: a second department owns a task; a team or an agency owns one; nothing owned', () => {
    const nodes = [dept('d', 'marketing'), dept('e', 'sales'), role('r', 'other', 'd'), team('tm'), external('x'), task('t1', 'webcare'), task('t2', 'strategy')];
    expect(fired(board({}, nodes, [A('r', 't1'), A('e', 't2')]), 'single-department-pitfall')).toEqual([]);
    expect(fired(board({}, nodes, [A('r', 't1'), A('tm', 't2')]), 'single-department-pitfall')).toEqual([]);
    expect(fired(board({}, nodes, [A('r', 't1'), R('x', 't2')]), 'single-department-pitfall')).toEqual([]);
    expect(fired(board({}, nodes, [C('r', 't1')]), 'single-department-pitfall')).toEqual([]);
  });
  it('looks only at owners: another department doing the work under an A does not spread ownership', () => {
    const b = board({}, [dept('d', 'marketing'), dept('e', 'sales'), role('r', 'other', 'd'), role('s', 'other', 'e'), task('t1', 'webcare')], [
      A('r', 't1'),
      R('s', 't1'),
    ]);
    expect(fired(b, 'single-department-pitfall')).toEqual([['d']]);
  });
});

describe('fully-outsourced', () => {
  it('fires once when every owned task is owned by an outside party', () => {
    const b = board({}, [external('x'), external('y'), role('r', 'other'), task('t1', 'webcare'), task('t2', 'content-marketing')], [
      A('x', 't1'),
      R('y', 't2'),
      C('r', 't2'),
    ]);
    expect(hintsOf(b, 'fully-outsourced').map((h) => [h.nodes, h.variant, h.severity])).toEqual([[['x', 'y'], 'all', 'warning']]);
  });
  it('fires per core task (strategy, engagement) an outside party owns', () => {
    const b = board({}, [external('x'), role('r', 'other'), task('s', 'strategy'), task('e', 'engagement'), task('w', 'webcare')], [
      A('x', 's'),
      A('x', 'e'),
      A('r', 'w'),
    ]);
    expect(hintsOf(b, 'fully-outsourced').map((h) => [h.nodes, h.variant])).toEqual([
      [['x', 's'], 'core'],
      [['x', 'e'], 'core'],
    ]);
  });
  it('near misses: an agency doing the strategy work under an internal A; an agency owning only content', () => {
    const nodes = [external('x'), role('r', 'other'), task('s', 'strategy'), task('c', 'content-marketing')];
    expect(fired(board({}, nodes, [A('r', 's'), R('x', 's')]), 'fully-outsourced')).toEqual([]);
    expect(fired(board({}, nodes, [A('r', 's'), A('x', 'c')]), 'fully-outsourced')).toEqual([]);
  });
});

describe('crisis-without-pr', () => {
  const nodes = [dept('comm', 'communications'), role('pr', 'other', 'comm'), dept('mkt', 'marketing'), role('m', 'other', 'mkt'), task('c', 'crisis-management'), task('mon', 'reputation-monitoring')];
  it('fires on each crisis or monitoring task communications has no part in, offering the PR role', () => {
    const hints = hintsOf(board({}, nodes, [A('m', 'c'), A('m', 'mon')]), 'crisis-without-pr');
    expect(hints.map((h) => [h.nodes, h.variant])).toEqual([
      [['c'], 'crisis-management'],
      [['mon'], 'reputation-monitoring'],
    ]);
    expect(hints[0].fixes).toMatchObject([{ type: 'addResponsible', holder: 'pr', task: 'c', raci: 'R' }]);
  });
  it('near misses: a PR role doing the crisis work (R); the communications department itself informed on monitoring', () => {
    expect(fired(board({}, nodes, [A('m', 'c'), R('pr', 'c'), A('m', 'mon'), I('comm', 'mon')]), 'crisis-without-pr')).toEqual([]);
  });
  it('v2: on a crisis task, a PR role only consulted does not count (003: the oh-oh belongs with PR)', () => {
    expect(fired(board({}, nodes, [A('m', 'c'), C('pr', 'c'), A('pr', 'mon')]), 'crisis-without-pr')).toEqual([['c']]);
  });
  it('leaves other task types alone', () => {
    expect(fired(board({}, [...nodes, task('w', 'webcare')], [A('pr', 'c'), A('pr', 'mon'), A('m', 'w')]), 'crisis-without-pr')).toEqual([]);
  });
});

describe('monitoring-without-crisis', () => {
  it('fires on the monitoring task, offering a crisis task owned by communications', () => {
    const b = board({}, [dept('comm', 'communications'), role('pr', 'other', 'comm'), task('mon', 'reputation-monitoring')], [A('pr', 'mon')]);
    const [hint] = hintsOf(b, 'monitoring-without-crisis');
    expect(hint.nodes).toEqual(['mon']);
    expect(hint.fixes).toMatchObject([{ type: 'addTask', taskType: 'crisis-management', owner: 'pr', near: 'mon' }]);
  });
  it('near misses: a crisis task exists; no monitoring', () => {
    expect(fired(board({}, [task('mon', 'reputation-monitoring'), task('c', 'crisis-management')]), 'monitoring-without-crisis')).toEqual([]);
    expect(fired(board({}, [task('w', 'webcare')]), 'monitoring-without-crisis')).toEqual([]);
  });
});

describe('sales-not-involved', () => {
  const nodes = [dept('sales', 'sales'), role('am', 'other', 'sales'), dept('mkt', 'marketing'), role('m', 'other', 'mkt'), task('t', 'content-marketing')];
  it('fires in B2B (and mixed) markets when sales takes part in nothing', () => {
    expect(hintsOf(board({ market: 'b2b' }, nodes, [A('m', 't')]), 'sales-not-involved').map((h) => [h.nodes, h.variant])).toEqual([
      [['sales'], 'idle-b2b'],
    ]);
    expect(fired(board({ market: 'both' }, nodes, [A('m', 't')]), 'sales-not-involved')).toEqual([['sales']]);
  });
  it('fires with no nodes when there is no sales department at all', () => {
    const b = board({ market: 'b2b' }, [role('m', 'other'), task('t', 'webcare')], [A('m', 't')]);
    expect(hintsOf(b, 'sales-not-involved').map((h) => [h.nodes, h.variant])).toEqual([[[], 'absent-b2b']]);
  });
  it('near misses: a B2C market; a sales role merely informed; a board without tasks', () => {
    expect(fired(board({ market: 'b2c' }, nodes, [A('m', 't')]), 'sales-not-involved')).toEqual([]);
    expect(fired(board({ market: 'b2b' }, nodes, [A('m', 't'), I('am', 't')]), 'sales-not-involved')).toEqual([]);
    expect(fired(board({ market: 'b2b' }, nodes.filter((n) => n.kind !== 'task')), 'sales-not-involved')).toEqual([]);
  });
});

describe('vanity-kpi', () => {
  it('fires on a task whose KPI counts only followers or likes', () => {
    const b = board({}, [task('t', 'reporting', { kpi: 'Meer volgers en likes' }), task('u', 'reporting', { kpi: 'Leads per maand' })]);
    expect(hintsOf(b, 'vanity-kpi').map((h) => [h.nodes, h.params.kpi])).toEqual([[['t'], 'Meer volgers en likes']]);
  });
  it.each([
    '10.000 followers by Q4',
    '+25% volgers op Instagram',
    'Aantal vind-ik-leuks op Facebook verdubbelen',
    'fans',
    'More likes per month',
  ])('counts “%s” as vanity', (kpi) => expect(isVanityKpi(kpi)).toBe(true));
  it.each([
    'Volgers en leads',
    '90% van de vragen binnen 2 uur beantwoord',
    'Followers who become customers',
    'Sentiment score',
    '',
    '2025 Q4',
  ])('does not count “%s” as vanity', (kpi) => expect(isVanityKpi(kpi)).toBe(false));
});

describe('policy-missing', () => {
  it('fires once for a medium or large board without a policy task, offering one owned by the lead', () => {
    const b = board({ size: 'large' }, [role('r', 'strategist'), task('s', 'strategy')], [A('r', 's')]);
    const [hint] = hintsOf(b, 'policy-missing');
    expect(hint.nodes).toEqual([]);
    expect(hint.fixes).toMatchObject([{ type: 'addTask', taskType: 'policy', owner: 'r', near: 's' }]);
  });
  it('near misses: a policy task; a small firm; no tasks', () => {
    expect(fired(board({}, [task('s', 'strategy'), task('p', 'policy')]), 'policy-missing')).toEqual([]);
    expect(fired(board({ size: 'small' }, [task('s', 'strategy')]), 'policy-missing')).toEqual([]);
    expect(fired(board({}, [role('r', 'other')]), 'policy-missing')).toEqual([]);
  });
});

describe('orphan-role', () => {
  it('fires on a role in no department or team with no task', () => {
    expect(fired(board({}, [role('loose', 'analyst'), note('n')]), 'orphan-role')).toEqual([['loose']]);
  });
  it('near misses: in a department; a team member; a team lead; holding a letter on a task', () => {
    const nodes = [dept('d', 'marketing'), role('a', 'other', 'd'), role('b', 'other'), role('c', 'other'), role('e', 'other'), team('tm'), task('t', 'webcare')];
    expect(fired(board({}, nodes, [member('b', 'tm'), { id: 'l', kind: 'leads', source: 'c', target: 'tm' }, I('e', 't')]), 'orphan-role')).toEqual([]);
  });
});
