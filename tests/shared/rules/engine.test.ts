import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import type { Board } from '../../../shared/model/board';
import { RULE_IDS, RULES } from '../../../shared/rules/ruleCatalogue';
import { dismissHint } from '../../../shared/rules/dismissals';
import { CHECKS, createRuleEngine, evaluateBoard } from '../../../shared/rules/engine';
import { A, R, board, fixture, role, task } from './build';

describe('the catalogue', () => {
  it('has a check for every rule id of domain.md, and nothing else', () => {
    expect(RULE_IDS).toEqual([
      'objectives-missing',
      'objective-unserved',
      'objective-owner-fit',
      'task-unowned',
      'task-multiple-accountable',
      'strategy-owned-by-it',
      'strategic-operational-mixed',
      'lead-missing',
      'lead-without-mandate',
      'no-board-sponsor',
      'team-needed',
      'team-over-the-top',
      'team-not-cross-functional',
      'single-department-pitfall',
      'fully-outsourced',
      'crisis-without-pr',
      'monitoring-without-crisis',
      'sales-not-involved',
      'vanity-kpi',
      'policy-missing',
      'orphan-role',
      // Rule set v2
      'reactive-only',
      'policy-without-training',
      'webcare-no-escalation',
      'content-not-coordinated',
      'reporting-missing',
      'tooling-without-users',
    ]);
    expect(Object.keys(CHECKS).sort()).toEqual([...RULE_IDS].sort());
  });
  it('keeps the severities of domain.md', () => {
    const errors = RULE_IDS.filter((id) => RULES[id].severity === 'error');
    const warnings = RULE_IDS.filter((id) => RULES[id].severity === 'warning');
    expect(errors).toEqual(['task-unowned', 'lead-missing']);
    expect(warnings).toEqual([
      'objective-unserved',
      'task-multiple-accountable',
      'strategy-owned-by-it',
      'lead-without-mandate',
      'team-needed',
      'fully-outsourced',
    ]);
  });
});

describe('evaluateBoard', () => {
  it('finds no errors and no warnings — in fact nothing — on a well-designed board', () => {
    expect(evaluateBoard(fixture('well-designed.orgcanvas'))).toEqual([]);
  });

  it('gives the demo board a realistic mix: no errors, a warning, a few tips', () => {
    const hints = evaluateBoard(demoBoard());
    // v2: the coordinator of webcare owning the crisis protocol is no longer "strategic work";
    // the spokesman only consulted on it is the point (003), and the policy has no training.
    expect(hints.map((h) => [h.severity, h.rule, h.nodes])).toEqual([
      ['warning', 'objective-unserved', ['o-werving']],
      ['tip', 'crisis-without-pr', ['k-crisis']],
      ['tip', 'vanity-kpi', ['k-report']],
      ['tip', 'policy-without-training', ['k-policy']],
    ]);
  });

  it('lists errors first, then warnings, then tips', () => {
    const b = board({}, [role('r', 'other'), task('t', 'webcare', { kpi: 'likes' }), task('u', 'webcare')], [A('r', 't'), A('r', 'u'), A('r', 'u')]);
    const severities = evaluateBoard(b).map((h) => h.severity);
    expect(severities).toEqual([...severities].sort((a, b2) => ['error', 'warning', 'tip'].indexOf(a) - ['error', 'warning', 'tip'].indexOf(b2)));
    expect(severities).toContain('tip');
  });

  it('gives every hint a unique key', () => {
    for (const b of [demoBoard(), fixture('hot-potato.orgcanvas')]) {
      const keys = evaluateBoard(b).map((h) => h.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('ignores notes and survives edges to nodes that are not there', () => {
    const b = board({}, [task('t', 'webcare')], [A('ghost', 't'), R('t', 'nowhere')]);
    expect(evaluateBoard(b).find((h) => h.rule === 'task-unowned')?.nodes).toEqual(['t']);
  });
});

describe('createRuleEngine', () => {
  const move = (b: Board, id: string): Board => ({
    ...b,
    nodes: b.nodes.map((n) => (n.id === id ? { ...n, position: { x: n.position.x + 50, y: n.position.y + 10 }, width: 400 } : n)),
  });

  it('does not re-run when only positions or sizes change, and returns the same array', () => {
    const engine = createRuleEngine();
    const first = engine.evaluate(demoBoard());
    const moved = move(move(demoBoard(), 'k-web'), 'd-mkt');
    expect(engine.evaluate(moved)).toBe(first);
    expect(engine.passes).toBe(1);
  });

  it('does not re-run for notes, viewport, dismissals or a hidden switch', () => {
    const engine = createRuleEngine();
    const b = demoBoard();
    const first = engine.evaluate(b);
    const annotated = { ...b, nodes: b.nodes.map((n) => (n.id === 'k-web' ? { ...n, notes: 'ask Youssef' } : n)), viewport: { x: 1, y: 2, zoom: 1 } };
    expect(engine.evaluate(annotated)).toBe(first);
    expect(engine.evaluate({ ...dismissHint(annotated, first[0]), hintsHidden: true })).toBe(first);
    expect(engine.passes).toBe(1);
  });

  it('re-runs when a label, a RACI letter, a parent or the profile changes', () => {
    const engine = createRuleEngine();
    const b = demoBoard();
    engine.evaluate(b);
    const relabelled = { ...b, nodes: b.nodes.map((n) => (n.id === 'o-werving' ? { ...n, label: 'Monteurs werven' } : n)) };
    expect(engine.evaluate(relabelled)[0].params.objective).toBe('Monteurs werven');
    const raci = { ...relabelled, edges: relabelled.edges.map((e) => (e.id === 'e8' ? { ...e, data: { raci: 'C' as const } } : e)) };
    expect(engine.evaluate(raci).some((h) => h.rule === 'task-unowned')).toBe(false); // r-wca's single R still owns it
    const small = { ...raci, profile: { ...raci.profile, size: 'small' as const, culture: 'informal' as const } };
    expect(engine.evaluate(small).some((h) => h.rule === 'team-over-the-top')).toBe(true);
    expect(engine.passes).toBe(4);
  });

  it('re-runs when a node or an edge is added or removed', () => {
    const engine = createRuleEngine();
    const b = demoBoard();
    engine.evaluate(b);
    const withTask = { ...b, nodes: [...b.nodes, { id: 'new', kind: 'task', label: 'Nieuw', position: { x: 0, y: 0 }, data: { taskType: 'recruitment' } } as const] };
    expect(engine.evaluate(withTask).find((h) => h.rule === 'task-unowned')?.nodes).toEqual(['new']);
    const fewerEdges = { ...b, edges: b.edges.filter((e) => e.id !== 'e8' && e.id !== 'e9') };
    expect(engine.evaluate(fewerEdges).find((h) => h.rule === 'task-unowned')?.nodes).toEqual(['k-web']);
  });
});
