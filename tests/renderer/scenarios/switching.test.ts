/**
 * Scenarios through the store (issue 24, point 1): adding and switching are each one undo
 * step, undo and redo bring back the scenario and its design whole, and [ ] / 1–9 pick
 * round the list.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { activeScenarioId, addScenario, FIRST_SCENARIO_ID, scenarioList } from '../../../shared/model/scenarios';
import { showScenario, showScenarioNumber, stepScenario } from '../../../renderer/scenarios/switching';
import { useAppStore } from '../../../renderer/store/store';

const state = () => useAppStore.getState();
const hasNote = () => state().board.nodes.some((n) => n.kind === 'note');

describe('scenarios in the store', () => {
  beforeEach(() => state().loadBoard(demoBoard('en')));

  it('adding a scenario is one undo step; undo and redo carry it whole', () => {
    state().changeBoard((b) => addScenario(b, 'scenario-2', 'To-be'));
    state().changeBoard((b) => ({ ...b, nodes: b.nodes.filter((n) => n.kind !== 'note') }));
    expect(hasNote()).toBe(false);
    state().undo(); // the edit in the to-be
    expect(hasNote()).toBe(true);
    expect(activeScenarioId(state().board)).toBe('scenario-2');
    state().undo(); // the new scenario
    expect(scenarioList(state().board)).toHaveLength(1);
    state().redo();
    state().redo();
    expect(scenarioList(state().board).map((s) => s.id)).toEqual([FIRST_SCENARIO_ID, 'scenario-2']);
    expect(hasNote()).toBe(false);
  });

  it('switching is one undo step and keeps both designs', () => {
    state().changeBoard((b) => addScenario(b, 'scenario-2', 'To-be'));
    state().changeBoard((b) => ({ ...b, nodes: b.nodes.filter((n) => n.kind !== 'note') }));
    showScenario(FIRST_SCENARIO_ID);
    expect(hasNote()).toBe(true);
    state().undo();
    expect(activeScenarioId(state().board)).toBe('scenario-2');
    expect(hasNote()).toBe(false);
  });

  it('steps round the list and picks by number; a missing number or the one on screen changes nothing', () => {
    state().changeBoard((b) => addScenario(addScenario(b, 'scenario-2', 'B'), 'scenario-3', 'C'));
    stepScenario(1);
    expect(activeScenarioId(state().board)).toBe(FIRST_SCENARIO_ID);
    stepScenario(-1);
    expect(activeScenarioId(state().board)).toBe('scenario-3');
    showScenarioNumber(2);
    expect(activeScenarioId(state().board)).toBe('scenario-2');
    const before = state().board;
    showScenarioNumber(9);
    showScenario('scenario-2');
    expect(state().board).toBe(before);
  });
});
