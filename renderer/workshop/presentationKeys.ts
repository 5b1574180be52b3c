/**
 * The facilitator's keys. F5 enters presentation mode; while presenting, single keys run the
 * room (a presenter remote sends arrows and Page Up/Down), and they take precedence over the
 * editor's shortcuts, e.g. arrows step the tour instead of nudging the selection. Typing in
 * a field (a rename in progress, an idea typed into the parking lot) is left alone, so light
 * edits keep working and typing never starts the timer or the spotlight.
 *
 * While the hints are revealed (H), ↑ and ↓ page through them when there are more than fit
 * (HintReveal shows "↑ ↓" and the page); ← → and a remote's Page Up/Down still walk the tour.
 *
 * A board with scenarios (as-is, to-be): 1 to 9 show that scenario, [ and ] the one before
 * or after, so the room sees "now" and "later" with one key (renderer/scenarios).
 */
import { setHintsHidden, hintsHidden } from '../../shared/rules';
import { showScenarioNumber, stepScenario } from '../scenarios/switching';
import { overlayOpen } from '../chrome/dismiss';
import { useAppStore } from '../store/store';
import { adjust, isRunning, MINUTE, pause, start } from './timer';
import { stepIndex } from './tour';
import { useWorkshop } from './workshopStore';

export type WorkshopAction =
  | 'enter'
  | 'leave'
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'hints'
  | 'hintsNext'
  | 'hintsPrevious'
  | 'laser'
  | 'spotlight'
  | 'timer'
  | 'timerPlus'
  | 'timerMinus'
  | 'parking'
  | 'scenarioNext'
  | 'scenarioPrevious'
  | `scenario:${number}`;

const PRESENTING_KEYS: Record<string, WorkshopAction> = {
  Escape: 'leave',
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  h: 'hints',
  l: 'laser',
  s: 'spotlight',
  t: 'timer',
  '+': 'timerPlus',
  '=': 'timerPlus',
  '-': 'timerMinus',
  p: 'parking',
  ']': 'scenarioNext',
  '[': 'scenarioPrevious',
};

function isTyping(target: EventTarget | null): boolean {
  const element = target as { tagName?: string; isContentEditable?: boolean } | null;
  if (!element) return false;
  return element.isContentEditable === true || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName ?? '');
}

/** The action a key press means right now, or null to let the editor have it. */
export function actionFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>, presenting: boolean): WorkshopAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === 'F5') return presenting ? null : 'enter';
  if (!presenting || isTyping(event.target)) return null;
  // An open panel (the parking lot) takes Escape first (chrome/dismiss.ts); the next Esc leaves.
  if (event.key === 'Escape' && overlayOpen()) return null;
  if (useWorkshop.getState().hintsOpen && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) return event.key === 'ArrowDown' ? 'hintsNext' : 'hintsPrevious';
  if (/^[1-9]$/.test(event.key)) return `scenario:${Number(event.key)}`;
  return PRESENTING_KEYS[event.key.length === 1 ? event.key.toLowerCase() : event.key] ?? null;
}

export function runWorkshopAction(action: WorkshopAction, tourLength: number, now = Date.now()): void {
  const workshop = useWorkshop.getState();
  if (action.startsWith('scenario:')) {
    showScenarioNumber(Number(action.slice('scenario:'.length)));
    return;
  }
  switch (action) {
    case 'enter':
      workshop.setPresenting(true);
      return;
    case 'leave':
      workshop.setPresenting(false);
      return;
    case 'next':
    case 'previous':
      workshop.setStep(stepIndex(workshop.step, action === 'next' ? 1 : -1, tourLength));
      return;
    case 'first':
      workshop.setStep(0);
      return;
    case 'last':
      workshop.setStep(stepIndex(tourLength, 0, tourLength));
      return;
    case 'hints': {
      const open = !workshop.hintsOpen;
      workshop.setHintsOpen(open);
      // Revealing is the rule set's reveal: a board whose hints the facilitator hid shows them now.
      const { board, changeBoard } = useAppStore.getState();
      if (open && hintsHidden(board)) changeBoard((b) => setHintsHidden(b, false));
      return;
    }
    case 'hintsNext':
    case 'hintsPrevious':
      workshop.setHintPage(workshop.hintPage + (action === 'hintsNext' ? 1 : -1));
      return;
    case 'laser':
    case 'spotlight':
      workshop.togglePointer(action);
      return;
    case 'timer':
      workshop.setTimerOpen(true);
      workshop.updateTimer((t) => (isRunning(t) ? pause(t, now) : start(t, now)));
      return;
    case 'timerPlus':
    case 'timerMinus':
      workshop.setTimerOpen(true);
      workshop.updateTimer((t) => adjust(t, action === 'timerPlus' ? MINUTE : -MINUTE, now));
      return;
    case 'parking':
      workshop.setParkingOpen(!workshop.parkingOpen);
      return;
    case 'scenarioNext':
    case 'scenarioPrevious':
      stepScenario(action === 'scenarioNext' ? 1 : -1);
      return;
  }
}
