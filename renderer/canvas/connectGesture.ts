/**
 * The one path from "the user asked to connect A to B" (handle drag, or the keyboard's
 * connect command) to the board: one fitting relation connects at once, several open the
 * picker, none shows the refusal's reason where it happened.
 */
import { connectOptions } from '../../shared/edit';
import type { RelationChoice } from '../../shared/model/relations';
import { i18n } from '../i18n/setup';
import { useAppStore, type AppState } from '../store/store';
import type { ScreenPoint } from '../store/uiSlice';

/** "A · Accountable"; a language whose name already carries the letter ("Eindverantwoordelijk (A)") keeps it once. */
export function raciLabel(raci: string, t: (key: string) => string = (key) => i18n.t(key)): string {
  const name = t(`raci.${raci}`);
  return name.includes(`(${raci})`) ? name : `${raci} · ${name}`;
}

export function choiceLabel(choice: RelationChoice): string {
  if (choice.relation === 'responsible') return raciLabel(choice.raci ?? 'R');
  return i18n.t(`relations.${choice.relation}`);
}

/** The innermost node under a screen point (a role wins over the department around it), not `except`. */
export function nodeAtPoint(clientX: number, clientY: number, except?: string): string | undefined {
  return document
    .elementsFromPoint(clientX, clientY)
    .map((el) => el.closest<HTMLElement>('.react-flow__node'))
    .find((el) => el && el.dataset.id !== except)?.dataset.id;
}

export function requestConnection(sourceId: string, targetId: string, at: ScreenPoint): void {
  const state: AppState = useAppStore.getState();
  const options = connectOptions(state.board, sourceId, targetId);
  if (options.kind === 'refused') {
    state.setUi({ refusal: { refusal: options.refusal, at, key: Date.now() }, connectPicker: null });
    return;
  }
  if (options.choices.length === 1) {
    finishConnection(options.source, options.target, options.choices[0]);
    return;
  }
  state.setUi({ connectPicker: { source: options.source, target: options.target, choices: options.choices, at }, refusal: null });
}

export function finishConnection(source: string, target: string, choice: RelationChoice): void {
  const state = useAppStore.getState();
  const result = state.connectNodes(source, target, choice);
  state.setUi({ connectPicker: null });
  if (result.ok) state.setUi({ announcement: i18n.t('editor.announce.connected', { relation: choiceLabel(choice) }) });
}
