/**
 * The engine judges again only the subjects an edit reached (factUpdates.ts), so every hint
 * that names a node other than its subject — an owner, a serving task, a team lead, who speaks
 * for Communications — is a way for a kept hint to go stale. Each case here edits exactly that
 * other node and checks the hint follows, without the engine rebuilding its facts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Board, BoardEdge, BoardNode } from '../../../shared/model/board';
import { RULE_IDS, type RuleId } from '../../../shared/rules/ruleCatalogue';
import { CHECKS, createRuleEngine, evaluateBoard } from '../../../shared/rules/engine';
import type { Hint } from '../../../shared/rules/types';
import { generateBoard } from '../../bench/fixtures';
import { A, C, R, board, dept, external, leads, member, objective, role, serves, task, team } from './build';

/** An engine that has seen `first`; `next` feeds it a board and checks it against a fresh evaluation. */
function session(first: Board) {
  const engine = createRuleEngine();
  engine.evaluate(first);
  return {
    engine,
    next(b: Board, rule: RuleId): Hint[] {
      const hints = engine.evaluate(b);
      expect(hints).toEqual(evaluateBoard(b));
      expect(engine.fullPasses).toBe(1);
      return hints.filter((h) => h.rule === rule);
    },
  };
}

const relabel = (b: Board, id: string, label: string): Board => ({ ...b, nodes: b.nodes.map((n) => (n.id === id ? { ...n, label } : n)) });
const withData = (b: Board, id: string, data: object): Board => ({
  ...b,
  nodes: b.nodes.map((n) => (n.id === id ? ({ ...n, data: { ...n.data, ...data } } as BoardNode) : n)),
});
const withEdges = (b: Board, ...edges: BoardEdge[]): Board => ({ ...b, edges: [...b.edges, ...edges] });
const without = (b: Board, source: string, target: string): Board => ({ ...b, edges: b.edges.filter((e) => !(e.source === source && e.target === target)) });
const holders = (hint: Hint) => hint.fixes.map((f) => f.params.holder);

describe('a kept hint follows the other nodes it names', () => {
  it('objective-owner-fit: a serving task renamed', () => {
    // v2: a communications department is on the board, so there is somewhere to move the work.
    const b = board({}, [dept('d-mkt', 'marketing'), dept('d-com', 'communications'), role('r-mkt', 'other', 'd-mkt'), task('k-post', 'content-marketing'), objective('o-rep', 'reputation')], [
      A('r-mkt', 'k-post'),
      serves('k-post', 'o-rep'),
    ]);
    const s = session(b);
    const [hint] = s.next(relabel(b, 'k-post', 'Blog'), 'objective-owner-fit');
    expect(hint.params.tasks).toBe('“Blog”');
  });

  it('strategy-owned-by-it: a team lead renamed, and a lead drawn', () => {
    const nodes = [dept('d-it', 'it'), role('r-it', 'other', 'd-it'), role('r-lead', 'strategist'), role('r-new', 'strategist'), team('tm'), task('k-strat', 'strategy')];
    const b = board({}, nodes, [
      A('r-it', 'k-strat'),
      leads('r-lead', 'tm'),
    ]);
    const s = session(b);
    let [hint] = s.next(relabel(b, 'r-lead', 'Hoofd social'), 'strategy-owned-by-it');
    expect(holders(hint)).toEqual(['Hoofd social']);
    [hint] = s.next(withEdges(relabel(b, 'r-lead', 'Hoofd social'), leads('r-new', 'tm')), 'strategy-owned-by-it');
    expect(holders(hint)).toEqual(['Hoofd social', 'r-new']);
  });

  it('crisis-without-pr: who speaks for Communications renamed, or replaced by a role that owns work', () => {
    const nodes = [
      dept('d-com', 'communications'),
      role('r-pr', 'other', 'd-com'),
      role('r-woord', 'other', 'd-com'),
      role('r-mkt', 'other'),
      task('k-crisis', 'crisis-management'),
      task('k-post', 'content-marketing'),
    ];
    const b = board({}, nodes, [
      A('r-mkt', 'k-crisis'),
      A('r-mkt', 'k-post'),
    ]);
    const s = session(b);
    const renamed = relabel(b, 'r-pr', 'Persvoorlichter');
    expect(holders(s.next(renamed, 'crisis-without-pr')[0])).toEqual(['Persvoorlichter']);
    // r-woord now owns work, so it speaks for Communications (the crisis task itself is untouched).
    const owning = { ...renamed, edges: renamed.edges.map((e) => (e.target === 'k-post' ? { ...e, source: 'r-woord' } : e)) };
    expect(holders(s.next(owning, 'crisis-without-pr')[0])).toEqual(['r-woord']);
  });

  describe('team-not-cross-functional: the recruits it suggests', () => {
    const b = board({}, [
      dept('d-mkt', 'marketing'),
      role('r-mkt', 'other', 'd-mkt'),
      dept('d-cs', 'customer-service'),
      role('r-cs1', 'other', 'd-cs'),
      role('r-cs2', 'other', 'd-cs'),
      dept('d-hr', 'hr'),
      role('r-hr', 'other', 'd-hr'),
      team('tm'),
      task('k-web', 'webcare'),
      task('k-job', 'recruitment'),
    ], [member('r-mkt', 'tm'), A('r-mkt', 'k-web'), C('r-cs2', 'k-web')]);
    const recruits = (hints: Hint[]) => hints[0].fixes[0].params.members;

    it('follow a representative renamed', () => {
      const s = session(b);
      expect(recruits(s.next(relabel(b, 'r-cs2', 'Teamleider klantenservice'), 'team-not-cross-functional'))).toBe('“Teamleider klantenservice”');
    });
    it('follow a department turning active (it holds the task itself, no role of it starts anything)', () => {
      const s = session(b);
      expect(recruits(s.next(withEdges(b, R('d-hr', 'k-job')), 'team-not-cross-functional'))).toBe('“r-cs2”, “r-hr”');
    });
    it('follow another role of an active department starting to take part (it comes first)', () => {
      const s = session(b);
      expect(recruits(s.next(withEdges(b, C('r-cs1', 'k-job')), 'team-not-cross-functional'))).toBe('“r-cs1”');
    });
  });

  it('fully-outsourced: the core hints give way to the whole-board one, and come back', () => {
    const b = board({}, [external('x-agency'), role('r-mkt', 'other'), task('k-strat', 'strategy'), task('k-web', 'webcare')], [A('x-agency', 'k-strat'), A('r-mkt', 'k-web')]);
    const s = session(b);
    const outsourced = { ...b, edges: b.edges.map((e) => (e.target === 'k-web' ? { ...e, source: 'x-agency' } : e)) };
    expect(s.next(outsourced, 'fully-outsourced').map((h) => h.variant)).toEqual(['all']);
    expect(s.next(b, 'fully-outsourced').map((h) => [h.variant, h.nodes])).toEqual([['core', ['x-agency', 'k-strat']]]);
  });

  it('lead-without-mandate: a mandate granted, a lead cut', () => {
    const b = board({}, [role('r-lead', 'strategist'), role('r-2', 'strategist'), team('tm')], [leads('r-lead', 'tm'), leads('r-2', 'tm')]);
    const s = session(b);
    expect(s.next(withData(b, 'r-lead', { mandate: true }), 'lead-without-mandate').map((h) => [h.nodes, h.variant])).toEqual([
      [['r-lead'], 'budget'],
      [['r-2'], 'both'],
    ]);
    expect(s.next(without(withData(b, 'r-lead', { mandate: true }), 'r-2', 'tm'), 'lead-without-mandate').map((h) => h.nodes)).toEqual([['r-lead']]);
  });

  it('strategic-operational-mixed: an owned task renamed or retyped', () => {
    const b = board({}, [role('r-wcc', 'other'), task('k-strat', 'strategy'), task('k-web', 'webcare')], [A('r-wcc', 'k-strat'), A('r-wcc', 'k-web')]);
    const s = session(b);
    expect(s.next(relabel(b, 'k-web', 'Webcare 24/7'), 'strategic-operational-mixed')[0].params.operational).toBe('Webcare 24/7');
    expect(s.next(withData(b, 'k-web', { taskType: 'policy' }), 'strategic-operational-mixed')).toEqual([]);
  });

  it('orphan-role: a role drawn into a team or a task', () => {
    const b = board({}, [role('r-free', 'other'), team('tm'), task('k-web', 'webcare')]);
    const s = session(b);
    expect(s.next(b, 'orphan-role')).toHaveLength(1);
    expect(s.next(withEdges(b, member('r-free', 'tm')), 'orphan-role')).toEqual([]);
    expect(s.next(b, 'orphan-role')).toHaveLength(1);
    expect(s.next(withEdges(b, C('r-free', 'k-web')), 'orphan-role')).toEqual([]);
  });

  it("a department's type reaches the hints of the roles in it, and whether its work is active (v2)", () => {
    const b = board({}, [dept('d-x', 'it'), role('r-x', 'other', 'd-x'), task('k-strat', 'strategy')], [A('r-x', 'k-strat')]);
    const engine = createRuleEngine();
    engine.evaluate(b);
    const retyped = withData(b, 'd-x', { departmentType: 'marketing' });
    expect(engine.evaluate(retyped)).toEqual(evaluateBoard(retyped));
    expect(evaluateBoard(retyped).filter((h) => h.rule === 'strategy-owned-by-it')).toEqual([]);
    expect(engine.evaluate(b).filter((h) => h.rule === 'strategy-owned-by-it')).toHaveLength(1);
    expect(engine.fullPasses).toBe(1);
    // Turning a working department into the board of directors takes it out of the active ones.
    const two = board({}, [dept('d-a', 'marketing'), dept('d-b', 'sales'), role('r-a', 'other', 'd-a'), task('t', 'webcare'), task('u', 'social-selling')], [
      A('r-a', 't'),
      A('d-b', 'u'),
    ]);
    expect(engine.evaluate(two).some((h) => h.rule === 'team-needed')).toBe(true);
    const directors = withData(two, 'd-b', { departmentType: 'board' });
    expect(engine.evaluate(directors)).toEqual(evaluateBoard(directors));
    expect(engine.evaluate(directors).some((h) => h.rule === 'team-needed')).toBe(false);
  });

  it('webcare-no-escalation: the crisis task renamed, and its owner consulted on it', () => {
    const b = board({}, [dept('d-cs', 'customer-service'), role('r-web', 'webcare-agent', 'd-cs'), dept('d-com', 'communications'), role('r-pr', 'other', 'd-com'), task('k-web', 'webcare'), task('k-crisis', 'crisis-management')], [
      A('r-web', 'k-web'),
      A('r-pr', 'k-crisis'),
    ]);
    const s = session(b);
    const renamed = relabel(b, 'k-crisis', 'Draaiboek storingen');
    let [hint] = s.next(renamed, 'webcare-no-escalation');
    expect(hint.params.crisis).toBe('Draaiboek storingen');
    expect(hint.fixes[0].params.task).toBe('Draaiboek storingen');
    // Someone else of customer service is informed on the crisis task: the department takes part.
    expect(s.next(withEdges(renamed, C('d-cs', 'k-crisis')), 'webcare-no-escalation')).toEqual([]);
    [hint] = s.next(renamed, 'webcare-no-escalation');
    expect(hint.rule).toBe('webcare-no-escalation');
  });

  it('tooling-without-users: a role retyped as a social media role, and the lead its fix names', () => {
    const b = board({}, [dept('d-it', 'it'), role('r-it', 'other', 'd-it'), role('r-user', 'other', 'd-it'), role('r-lead', 'social-media-manager'), team('tm'), task('k-tool', 'tooling')], [
      A('r-it', 'k-tool'),
      C('r-user', 'k-tool'),
    ]);
    const s = session(b);
    let [hint] = s.next(withEdges(b, leads('r-lead', 'tm')), 'tooling-without-users');
    expect(holders(hint)).toEqual(['r-lead']);
    [hint] = s.next(relabel(withEdges(b, leads('r-lead', 'tm')), 'r-lead', 'Hoofd social'), 'tooling-without-users');
    expect(holders(hint)).toEqual(['Hoofd social']);
    // The consulted role turns out to be the analyst who will use the tool.
    expect(s.next(withData(b, 'r-user', { roleType: 'analyst' }), 'tooling-without-users')).toEqual([]);
  });
});

describe('how much an edit costs', () => {
  const calls = new Map<RuleId, number>();
  afterEach(() => vi.restoreAllMocks());

  function countSubjectCalls(): void {
    for (const rule of RULE_IDS) {
      const part = CHECKS[rule].subject;
      if (!part) continue;
      const hint = part.hint.bind(part);
      vi.spyOn(part, 'hint').mockImplementation((facts, id) => {
        calls.set(rule, (calls.get(rule) ?? 0) + 1);
        return hint(facts, id);
      });
    }
  }

  it('one RACI letter or one label on a 1,000-node board judges a handful of subjects, not the board', () => {
    let b = generateBoard('M');
    const engine = createRuleEngine();
    engine.evaluate(b);
    countSubjectCalls();
    const judged = (next: Board): number => {
      calls.clear();
      const hints = engine.evaluate(next);
      const total = [...calls.values()].reduce((sum, n) => sum + n, 0);
      expect(hints).toEqual(evaluateBoard(next));
      return total;
    };
    const edge = b.edges.find((e) => e.kind === 'responsible' && e.data?.raci === 'C')!;
    b = { ...b, edges: b.edges.map((e) => (e === edge ? { ...e, data: { raci: 'R' as const } } : e)) };
    // The task, times the task checks, and its holders and objectives, times theirs.
    expect(judged(b)).toBeGreaterThan(0);
    expect(judged(b)).toBe(0); // the same board again: nothing to judge
    const role = b.nodes.find((n) => n.kind === 'role' && n.id !== edge.source)!;
    b = relabel(b, role.id, 'Nieuwe naam');
    expect(judged(b)).toBeLessThan(100);
    b = withData(b, role.id, { mandate: !(role.kind === 'role' && role.data.mandate) });
    expect(judged(b)).toBeLessThan(100);
    expect(engine.fullPasses).toBe(1);
  });
});
