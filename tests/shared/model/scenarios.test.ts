/**
 * Scenarios in a board (issue 24, point 1): switching keeps every design, a new scenario is
 * a copy of the one on screen with the same ids, renaming and removing, undo through the
 * store's one board object, the format-2 file and its migration from format 1, and the
 * command line's choice of a scenario.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { createI18n } from '../../../shared/i18n';
import { formatProblem } from '../../../shared/i18n/format';
import { parseBoard } from '../../../shared/model/parse';
import { serializeBoard } from '../../../shared/model/serialize';
import {
  activeScenarioId,
  addScenario,
  findScenario,
  FIRST_SCENARIO_ID,
  MAX_SCENARIOS,
  newScenarioName,
  nextScenarioId,
  removeScenario,
  renameScenario,
  scenarioBoard,
  scenarioList,
  scenarioName,
  switchScenario,
} from '../../../shared/model/scenarios';
import type { Board } from '../../../shared/model/board';
import { arbitraryBoard } from '../arbitraryBoard';

const FORMATS = join(import.meta.dirname, '../../fixtures/formats');
const en = createI18n('en').t;
const nl = createI18n('nl').t;
const parsed = (text: string): Board => {
  const result = parseBoard(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
};

describe('scenarios', () => {
  it('a board without scenarios has one, named by its place', () => {
    const board = demoBoard('en');
    expect(scenarioList(board)).toEqual([{ id: FIRST_SCENARIO_ID, name: '', index: 0, active: true }]);
    expect(scenarioName(scenarioList(board)[0]!, en)).toBe('As-is');
    expect(scenarioName(scenarioList(board)[0]!, nl)).toBe('Nu');
  });

  it('a new scenario is a copy of the one on screen, with the same ids, and is shown', () => {
    const board = demoBoard('nl');
    const next = addScenario(board, 's2', newScenarioName(board, nl));
    expect(scenarioList(next).map((s) => [s.name, s.active])).toEqual([['', false], ['Straks', true]]);
    expect(next.nodes).toEqual(board.nodes);
    expect(next.edges).toEqual(board.edges);
    expect(newScenarioName(next, nl)).toBe('Straks 2');
  });

  it('switching keeps each design whole, and an edit to one never reaches the other', () => {
    const board = addScenario(demoBoard('en'), 's2', 'To-be');
    const edited: Board = { ...board, nodes: board.nodes.map((n) => (n.id === 'r-strat' ? { ...n, label: 'Head of social' } : n)).filter((n) => n.id !== 'n-tiktok') };
    const back = switchScenario(edited, FIRST_SCENARIO_ID);
    expect(activeScenarioId(back)).toBe(FIRST_SCENARIO_ID);
    expect(back.nodes).toEqual(demoBoard('en').nodes);
    const again = switchScenario(back, 's2');
    expect(again.nodes.find((n) => n.id === 'r-strat')?.label).toBe('Head of social');
    expect(again.nodes.some((n) => n.id === 'n-tiktok')).toBe(false);
    // Nothing else moves: the profile and any other field stay.
    expect(again.profile).toEqual(board.profile);
  });

  it('cycles with next and previous, renames, and removes (never the last one)', () => {
    let board = addScenario(addScenario(demoBoard('en'), 's2', 'B'), 's3', 'C');
    expect(activeScenarioId(board)).toBe('s3');
    expect(nextScenarioId(board)).toBe(FIRST_SCENARIO_ID);
    expect(nextScenarioId(board, -1)).toBe('s2');
    board = renameScenario(board, 's2', 'Option B');
    expect(scenarioList(board).map((s) => s.name)).toEqual(['', 'Option B', 'C']);
    const withoutShown = removeScenario(board, 's3');
    expect(activeScenarioId(withoutShown)).toBe('s2');
    expect(scenarioList(withoutShown)).toHaveLength(2);
    const one = removeScenario(withoutShown, FIRST_SCENARIO_ID);
    expect(removeScenario(one, 's2')).toBe(one);
  });

  it('holds at most MAX_SCENARIOS', () => {
    let board = demoBoard('en');
    for (let i = 2; i <= MAX_SCENARIOS + 3; i++) board = addScenario(board, `s${i}`, `S${i}`);
    expect(scenarioList(board)).toHaveLength(MAX_SCENARIOS);
  });

  it('reads one scenario alone, and finds it by its shown name or id, the first by default', () => {
    const board = addScenario(demoBoard('nl'), 's2', '');
    expect(findScenario(board, nl)?.id).toBe(FIRST_SCENARIO_ID);
    expect(findScenario(board, nl, 'straks')?.id).toBe('s2');
    expect(findScenario(board, en, 'as-is')?.id).toBe(FIRST_SCENARIO_ID);
    expect(findScenario(board, nl, 's2')?.id).toBe('s2');
    expect(findScenario(board, nl, 'later')).toBeUndefined();
    const alone = scenarioBoard(board, FIRST_SCENARIO_ID);
    expect(alone.scenarios).toBeUndefined();
    expect(alone.nodes).toEqual(demoBoard('nl').nodes);
  });

  it('switching there and back is the identity on the designs (property, fixed seed)', () => {
    fc.assert(
      fc.property(arbitraryBoard, arbitraryBoard, (a, b) => {
        const both = { ...addScenario(a, 's2', 'x'), nodes: b.nodes, edges: b.edges };
        const there = switchScenario(both, FIRST_SCENARIO_ID);
        const back = switchScenario(there, 's2');
        expect(there.nodes).toEqual(a.nodes);
        expect(back.nodes).toEqual(b.nodes);
        expect(back.edges).toEqual(b.edges);
        // A round trip through the file keeps both.
        const read = parsed(serializeBoard(back));
        expect(switchScenario(read, FIRST_SCENARIO_ID).nodes).toEqual(JSON.parse(JSON.stringify(a.nodes)));
      }),
      { seed: 24, numRuns: 60 },
    );
  });
});

describe('format 2', () => {
  it('a format-1 file opens as a board with one scenario; saved, it is format 2', () => {
    const board = parsed(readFileSync(join(FORMATS, 'v1.orgcanvas'), 'utf8'));
    expect(board.version).toBe(2);
    expect(scenarioList(board)).toHaveLength(1);
    expect(JSON.parse(serializeBoard(board)).version).toBe(2);
  });

  it('the format-2 fixture opens with both scenarios, and round-trips', () => {
    const text = readFileSync(join(FORMATS, 'v2.orgcanvas'), 'utf8');
    const board = parsed(text);
    expect(scenarioList(board).map((s) => s.name)).toEqual(['Nu', 'Straks']);
    const later = switchScenario(board, 's-later');
    expect(later.nodes.find((n) => n.id === 'r1')?.parentId).toBe('d2');
    expect(parsed(serializeBoard(later))).toEqual(later);
  });

  it('checks an off-screen scenario as a board, naming the place', () => {
    const raw = JSON.parse(readFileSync(join(FORMATS, 'v2.orgcanvas'), 'utf8'));
    raw.scenarios.items[1].edges[0].target = 't9';
    const result = parseBoard(JSON.stringify(raw));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.path).toBe('scenarios.items[1].edges[0].target');
    expect(formatProblem(result.problems[0]!, en)).toContain('t9');
  });

  it('refuses a missing scenario on screen, and one on screen that keeps its own design', () => {
    const raw = JSON.parse(readFileSync(join(FORMATS, 'v2.orgcanvas'), 'utf8'));
    const missing = parseBoard(JSON.stringify({ ...raw, scenarios: { ...raw.scenarios, active: 'nope' } }));
    expect(!missing.ok && missing.problems.map((p) => p.code)).toEqual(['scenarioMissing']);
    const doubled = parseBoard(JSON.stringify({ ...raw, scenarios: { ...raw.scenarios, active: 's-later' } }));
    expect(!doubled.ok && doubled.problems.map((p) => p.code)).toEqual(['scenarioOnScreenHasDesign']);
    if (doubled.ok) return;
    for (const t of [en, nl]) expect(formatProblem(doubled.problems[0]!, t)).toContain('s-later');
  });
});
