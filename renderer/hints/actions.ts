/**
 * What the hints UI does to the document, each through the store's `changeBoard`, so a quick
 * fix, a dismissal or the hide switch is exactly one undo step.
 */
import type { i18n as I18n } from 'i18next';
import type { Board } from '../../shared/model/board';
import { dismissHint, restoreHint, setHintsHidden } from '../../shared/rules/dismissals';
import { FixError, applyPatch, planFix, type FixLabels, type Patch } from '../../shared/rules/fixes';
import type { Fix, Hint } from '../../shared/rules/types';

export interface DocumentStore {
  getState: () => { board: Board; changeBoard: (recipe: (board: Board) => Board) => void; select: (nodeIds: string[], edgeIds?: string[]) => void };
}

export function fixLabels(t: I18n['t']): FixLabels {
  return { taskType: (type) => t(`taskTypes.${type}`), team: t('rules.newTeam') };
}

/** Applies a fix as one change and selects what it made; a fix that no longer fits is refused by name. */
export function applyQuickFix(store: DocumentStore, fix: Fix, labels: FixLabels): { ok: true; patch: Patch } | { ok: false; reason: string } {
  let patch: Patch | undefined;
  try {
    store.getState().changeBoard((board) => {
      patch = planFix(board, fix, labels);
      return applyPatch(board, patch);
    });
  } catch (error) {
    if (error instanceof FixError) return { ok: false, reason: error.message };
    throw error;
  }
  store.getState().select(patch!.focus, []);
  return { ok: true, patch: patch! };
}

export function dismiss(store: DocumentStore, hint: Hint, reason: string): void {
  store.getState().changeBoard((board) => dismissHint(board, hint, { reason, at: new Date().toISOString() }));
}

export function restore(store: DocumentStore, key: string): void {
  store.getState().changeBoard((board) => restoreHint(board, key));
}

export function setHidden(store: DocumentStore, hidden: boolean): void {
  store.getState().changeBoard((board) => (Boolean(board.hintsHidden) === hidden ? board : setHintsHidden(board, hidden)));
}
