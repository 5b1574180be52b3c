/** The hint diff, on boards built from the templates: what a to-be resolves, keeps and introduces. */
import { describe, expect, it } from 'vitest';
import { changePlan, changePlanJson, diffHintLists, diffHints } from '../../../shared/changePlan';
import type { Board } from '../../../shared/model/board';
import { evaluateBoard } from '../../../shared/rules/engine';
import type { Hint } from '../../../shared/rules/types';
import { templateBoard } from '../../../shared/templates';
import { EXPECTED } from '../templates/expectations';

const refs = (hints: readonly Hint[]) => hints.map(({ rule, nodes }) => ({ rule, nodes }));

/** The traditional mid-size company with `edit` applied to a copy. */
function toBe(edit: (board: Board) => void, language: 'nl' | 'en' = 'nl'): Board {
  const board = structuredClone(templateBoard('traditional-midsize', language));
  edit(board);
  return board;
}

describe('diffHints on the templates', () => {
  for (const language of ['nl', 'en'] as const) {
    it(`the traditional mid-size company as-is, hub and spoke as to-be, in ${language}: every hint resolved, none kept or new`, () => {
      const before = templateBoard('traditional-midsize', language);
      const after = templateBoard('hub-and-spoke', language);
      const diff = diffHints(before, after);
      expect(diff.kept).toEqual([]);
      expect(diff.introduced).toEqual([]);
      expect(refs(diff.resolved)).toEqual(refs(evaluateBoard(before)));
      // Exactly the rules the template is known to raise (objective-owner-fit twice: two objectives).
      expect(new Set(diff.resolved.map((h) => h.rule))).toEqual(new Set(EXPECTED['traditional-midsize'].hints));
      expect(diff.resolved).toHaveLength(9);
    });
  }

  it('a to-be that gives the marketing manager a budget resolves exactly the lead without mandate, and keeps the rest', () => {
    const before = templateBoard('traditional-midsize');
    const after = toBe((board) => {
      const manager = board.nodes.find((n) => n.id === 'r-mktmgr')!;
      if (manager.kind === 'role') manager.data.budget = true;
    });
    const diff = diffHints(before, after);
    expect(refs(diff.resolved)).toEqual([{ rule: 'lead-without-mandate', nodes: ['r-mktmgr'] }]);
    expect(refs(diff.kept)).toEqual(refs(evaluateBoard(before)).filter((h) => h.rule !== 'lead-without-mandate'));
    expect(diff.introduced).toEqual([]);
    // …and the change list says why, in one entry.
    expect(changePlan(before, after).changes).toEqual([
      { type: 'changed', id: 'r-mktmgr', kind: 'role', section: 'roles', label: 'Marketingmanager', fields: [{ field: 'budget', before: false, after: true }] },
    ]);
  });

  it('a to-be that takes the strategy from its owner introduces the errors that follow, and resolves what hung on the lead', () => {
    const before = templateBoard('traditional-midsize');
    const after = toBe((board) => {
      board.edges = board.edges.filter((e) => e.id !== 'e1');
    });
    const json = changePlanJson(changePlan(before, after));
    expect(json.changes).toEqual([]);
    expect(json.raci).toEqual({ 'k-strat': { gained: [], lost: [{ holder: 'r-mktmgr', letter: 'A' }] } });
    expect(json.hints.resolved).toEqual([
      { rule: 'lead-without-mandate', nodes: ['r-mktmgr'] },
      { rule: 'no-board-sponsor', nodes: ['r-mktmgr'] },
    ]);
    expect(json.hints.introduced).toEqual([
      { rule: 'task-unowned', nodes: ['k-strat'] },
      { rule: 'lead-missing', nodes: ['k-strat'] },
    ]);
    expect(json.hints.kept).toHaveLength(7);
  });
});

describe('diffHintLists', () => {
  const hint = (rule: Hint['rule'], nodes: string[], label = ''): Hint => ({ rule, severity: 'tip', nodes, key: rule, params: { label }, fixes: [] });

  it('matches by rule and nodes as a set, not by wording or node order', () => {
    const before = [hint('team-not-cross-functional', ['t1', 'r1'], 'Hub'), hint('vanity-kpi', ['k1'])];
    const after = [hint('team-not-cross-functional', ['r1', 't1'], 'Social media hub'), hint('vanity-kpi', ['k2'])];
    const diff = diffHintLists(before, after);
    expect(diff.kept).toEqual([after[0]]);
    expect(diff.resolved).toEqual([before[1]]);
    expect(diff.introduced).toEqual([after[1]]);
  });

  it('matches a hint that fires twice on the same nodes once per firing', () => {
    const twice = [hint('task-unowned', ['k1']), hint('task-unowned', ['k1'])];
    expect(diffHintLists(twice, twice.slice(0, 1))).toEqual({ resolved: [twice[1]], kept: [twice[0]], introduced: [] });
  });
});
