import { beforeEach, describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { hintsHidden, setHintsHidden } from '../../../shared/rules';
import { actionFor, runWorkshopAction } from '../../../renderer/workshop/presentationKeys';
import { isRunning, remainingMs } from '../../../renderer/workshop/timer';
import { useWorkshop } from '../../../renderer/workshop/workshopStore';
import { useAppStore } from '../../../renderer/store/store';
import { activeScenarioId, addScenario, FIRST_SCENARIO_ID } from '../../../shared/model/scenarios';

const key = (k: string, extra: { ctrlKey?: boolean; target?: unknown } = {}) =>
  ({ key: k, ctrlKey: false, metaKey: false, altKey: false, target: null, ...extra }) as unknown as KeyboardEvent;

describe('actionFor', () => {
  it('enters with F5 and leaves with Escape', () => {
    expect(actionFor(key('F5'), false)).toBe('enter');
    expect(actionFor(key('F5'), true)).toBeNull();
    expect(actionFor(key('Escape'), true)).toBe('leave');
    expect(actionFor(key('Escape'), false)).toBeNull();
  });

  it('steps with arrows and a presenter remote’s page keys, only while presenting', () => {
    for (const k of ['ArrowRight', 'ArrowDown', 'PageDown']) expect(actionFor(key(k), true)).toBe('next');
    for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(actionFor(key(k), true)).toBe('previous');
    expect(actionFor(key('ArrowRight'), false)).toBeNull(); // editing: arrows nudge
  });

  it('takes single letters in either case', () => {
    expect(actionFor(key('h'), true)).toBe('hints');
    expect(actionFor(key('H'), true)).toBe('hints');
    expect(actionFor(key('L'), true)).toBe('laser');
    expect(actionFor(key('s'), true)).toBe('spotlight');
    expect(actionFor(key('t'), true)).toBe('timer');
    expect(actionFor(key('p'), true)).toBe('parking');
    expect(actionFor(key('+'), true)).toBe('timerPlus');
    expect(actionFor(key('='), true)).toBe('timerPlus');
    expect(actionFor(key('-'), true)).toBe('timerMinus');
    expect(actionFor(key('x'), true)).toBeNull();
  });

  it('leaves typing and shortcuts with modifiers to the editor', () => {
    expect(actionFor(key('ArrowLeft', { target: { tagName: 'INPUT' } }), true)).toBeNull();
    expect(actionFor(key('h', { target: { tagName: 'TEXTAREA' } }), true)).toBeNull();
    expect(actionFor(key('h', { target: { tagName: 'DIV', isContentEditable: true } }), true)).toBeNull();
    expect(actionFor(key('h', { target: { tagName: 'DIV' } }), true)).toBe('hints');
    expect(actionFor(key('z', { ctrlKey: true }), true)).toBeNull();
    expect(actionFor(key('F5', { ctrlKey: true }), false)).toBeNull();
  });
});

describe('runWorkshopAction', () => {
  beforeEach(() => {
    useWorkshop.getState().setPresenting(false);
    useAppStore.getState().loadBoard(demoBoard());
  });

  it('walks the tour within its ends', () => {
    runWorkshopAction('enter', 5);
    expect(useWorkshop.getState()).toMatchObject({ presenting: true, step: 0 });
    runWorkshopAction('previous', 5);
    expect(useWorkshop.getState().step).toBe(0);
    runWorkshopAction('last', 5);
    expect(useWorkshop.getState().step).toBe(4);
    runWorkshopAction('next', 5);
    expect(useWorkshop.getState().step).toBe(4);
    runWorkshopAction('first', 5);
    expect(useWorkshop.getState().step).toBe(0);
    runWorkshopAction('leave', 5);
    expect(useWorkshop.getState().presenting).toBe(false);
  });

  it('reveals hints the facilitator hid from the room, and hiding the panel keeps them revealed', () => {
    useAppStore.getState().changeBoard((b) => setHintsHidden(b, true));
    runWorkshopAction('hints', 5);
    expect(useWorkshop.getState().hintsOpen).toBe(true);
    expect(hintsHidden(useAppStore.getState().board)).toBe(false);
    runWorkshopAction('hints', 5);
    expect(useWorkshop.getState().hintsOpen).toBe(false);
    expect(hintsHidden(useAppStore.getState().board)).toBe(false);
  });

  it('starts and pauses the timer with one key, and switches the pointer', () => {
    runWorkshopAction('timer', 5, 1_000);
    expect(isRunning(useWorkshop.getState().timer)).toBe(true);
    runWorkshopAction('timer', 5, 61_000);
    const timer = useWorkshop.getState().timer;
    expect(isRunning(timer)).toBe(false);
    expect(remainingMs(timer, 99_000)).toBe(timer.durationMs - 60_000);
    runWorkshopAction('timerPlus', 5, 99_000);
    expect(remainingMs(useWorkshop.getState().timer, 99_000)).toBe(timer.durationMs);
    runWorkshopAction('timerMinus', 5, 99_000);
    runWorkshopAction('timerMinus', 5, 99_000);
    expect(remainingMs(useWorkshop.getState().timer, 99_000)).toBe(timer.durationMs - 120_000);
    runWorkshopAction('laser', 5);
    expect(useWorkshop.getState().pointer).toBe('laser');
    runWorkshopAction('spotlight', 5);
    expect(useWorkshop.getState().pointer).toBe('spotlight');
    runWorkshopAction('spotlight', 5);
    expect(useWorkshop.getState().pointer).toBe('off');
  });
});

describe('scenario keys while presenting', () => {
  beforeEach(() => {
    let board = addScenario(demoBoard('en'), 'scenario-2', 'To-be');
    board = { ...board, nodes: board.nodes.filter((n) => n.kind !== 'note') };
    useAppStore.getState().loadBoard(board);
  });

  it('maps 1–9 to that scenario and [ ] to the one before or after, only while presenting', () => {
    expect(actionFor(key('1'), true)).toBe('scenario:1');
    expect(actionFor(key('9'), true)).toBe('scenario:9');
    expect(actionFor(key('0'), true)).toBeNull();
    expect(actionFor(key(']'), true)).toBe('scenarioNext');
    expect(actionFor(key('['), true)).toBe('scenarioPrevious');
    expect(actionFor(key('1'), false)).toBeNull();
    expect(actionFor(key('2', { target: { tagName: 'INPUT' } }), true)).toBeNull();
  });

  it('shows the scenario the key names, each design whole; a number past the last does nothing', () => {
    const hasNote = () => useAppStore.getState().board.nodes.some((n) => n.kind === 'note');
    runWorkshopAction('scenario:1', 5);
    expect(activeScenarioId(useAppStore.getState().board)).toBe(FIRST_SCENARIO_ID);
    expect(hasNote()).toBe(true);
    runWorkshopAction('scenario:2', 5);
    expect(activeScenarioId(useAppStore.getState().board)).toBe('scenario-2');
    expect(hasNote()).toBe(false);
    runWorkshopAction('scenario:7', 5);
    expect(activeScenarioId(useAppStore.getState().board)).toBe('scenario-2');
    runWorkshopAction('scenarioNext', 5);
    expect(activeScenarioId(useAppStore.getState().board)).toBe(FIRST_SCENARIO_ID);
    runWorkshopAction('scenarioPrevious', 5);
    expect(activeScenarioId(useAppStore.getState().board)).toBe('scenario-2');
  });
});
