/**
 * Adding, renaming and removing scenarios, from the tabs and the commands (switching is in
 * switching.ts). Each is one `changeBoard`, so one undo step, taken back by Ctrl+Z like
 * any edit, and autosave stores it with the board.
 */
import { addScenario, MAX_SCENARIOS, newScenarioName, removeScenario, renameScenario, scenarioList, scenarioName } from '../../shared/model/scenarios';
import { askConfirm, askText } from '../chrome/AppDialogs';
import { i18n } from '../i18n/setup';
import { useAppStore } from '../store/store';

const MAX_NAME = 80;

const announce = (text: string) => useAppStore.getState().setUi({ announcement: text });

/** A new scenario: a copy of the one on screen, named by its place ("Straks", "To-be 2"), shown. */
export function addScenarioFromScreen(): void {
  const { board, changeBoard } = useAppStore.getState();
  const list = scenarioList(board);
  if (list.length >= MAX_SCENARIOS) {
    announce(i18n.t('scenarios.full', { limit: MAX_SCENARIOS }));
    return;
  }
  let number = list.length + 1;
  while (list.some((entry) => entry.id === `scenario-${number}`)) number++;
  const name = newScenarioName(board, i18n.t);
  changeBoard((b) => addScenario(b, `scenario-${number}`, name));
}

/** Asks for a new name (the app's own dialog) and renames; the one on screen without `id`. */
export async function renameScenarioAsked(id?: string): Promise<void> {
  const entry = scenarioList(useAppStore.getState().board).find((e) => (id ? e.id === id : e.active));
  if (!entry) return;
  const name = await askText({
    title: i18n.t('scenarios.rename'),
    label: i18n.t('scenarios.nameLabel'),
    value: scenarioName(entry, i18n.t),
    confirm: i18n.t('scenarios.rename'),
    maxLength: MAX_NAME,
  });
  if (name) useAppStore.getState().changeBoard((b) => renameScenario(b, entry.id, name));
}

/** Asks first, then removes; the last scenario cannot go. The one on screen without `id`. */
export async function removeScenarioAsked(id?: string): Promise<void> {
  const list = scenarioList(useAppStore.getState().board);
  const entry = list.find((e) => (id ? e.id === id : e.active));
  if (!entry || list.length < 2) return;
  const name = scenarioName(entry, i18n.t);
  const sure = await askConfirm({ title: i18n.t('scenarios.removeTitle', { name }), message: i18n.t('scenarios.removeBody'), confirm: i18n.t('scenarios.removeConfirm'), danger: true });
  if (sure) useAppStore.getState().changeBoard((b) => removeScenario(b, entry.id));
}
