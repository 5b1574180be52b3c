/**
 * Showing another scenario: from a tab, a command ([ and ]) or a presentation key (1–9).
 * One `changeBoard`, so one undo step (Ctrl+Z goes back to the scenario before). Without
 * i18n on purpose: the presentation keys reach it, and ScenarioTabs announces whichever
 * scenario comes on screen, however it came (a key, a click, an undo).
 */
import { nextScenarioId, scenarioList, switchScenario } from '../../shared/model/scenarios';
import { useAppStore } from '../store/store';

export function showScenario(id: string): void {
  const { board, changeBoard } = useAppStore.getState();
  if (!scenarioList(board).some((entry) => entry.id === id && !entry.active)) return;
  changeBoard((b) => switchScenario(b, id));
}

/** The scenario `step` places after (or before) the one on screen, round the end. */
export function stepScenario(step: 1 | -1): void {
  const { board } = useAppStore.getState();
  if (scenarioList(board).length > 1) showScenario(nextScenarioId(board, step));
}

/** The n-th scenario (from 1), as the presentation's digit keys pick it. */
export function showScenarioNumber(number: number): void {
  const entry = scenarioList(useAppStore.getState().board)[number - 1];
  if (entry) showScenario(entry.id);
}

