/**
 * One keyboard listener for every command shortcut, on `window` in the capture phase so
 * a command wins over React Flow's own arrow-key moving (which would bypass undo's one
 * step per nudge). Typing in a field is left alone. Copy, cut and paste go through the
 * DOM clipboard events instead, which reach the system clipboard without a permission.
 */
import { copySelection, deleteElements } from '../../shared/edit';
import { overlayOpen } from '../chrome/dismiss';
import { useAppStore } from '../store/store';
import { pastePayloadAt } from './builtins';
import { payloadFrom, rememberClipboard } from './clipboard';
import { allCommands, isEnabled } from './registry';
import { isTextTarget, matchesShortcut } from './shortcuts';

const OWN_KEYS = '[role="menu"], [role="toolbar"], [role="listbox"]';
const CLIPBOARD_COMMANDS = new Set(['edit.copy', 'edit.cut', 'edit.paste']);

function onKeyDown(event: KeyboardEvent) {
  if (event.defaultPrevented || isTextTarget(event.target)) return;
  // Escape closes the open popover, card or panel first (chrome/dismiss.ts), not the selection.
  if (event.key === 'Escape' && overlayOpen()) return;
  // A modal dialog owns every key; menus and the toolbar own the plain keys (arrows, Enter,
  // Escape) but Ctrl/Cmd shortcuts still work from them.
  if (event.target instanceof Element) {
    if (event.target.closest('[role="dialog"]')) return;
    if (event.target.closest(OWN_KEYS) && !event.ctrlKey && !event.metaKey) return;
  }
  const state = useAppStore.getState();
  // A dialog (palette, find, help) handles its own keys.
  if (state.overlay && event.key !== 'Escape') return;
  for (const command of allCommands()) {
    if (CLIPBOARD_COMMANDS.has(command.id)) continue;
    if (!command.shortcuts.some((s) => matchesShortcut(event, s))) continue;
    if (!isEnabled(command, state)) {
      // Arrows with nothing selected still pan the focused canvas; Escape closes menus.
      continue;
    }
    event.preventDefault();
    event.stopPropagation();
    void command.perform(state);
    return;
  }
}

function onCopy(event: ClipboardEvent, cut: boolean) {
  if (isTextTarget(event.target) || window.getSelection()?.toString()) return;
  const state = useAppStore.getState();
  const payload = copySelection(state.board, state.selectedNodeIds);
  if (!payload || !event.clipboardData) return;
  event.clipboardData.setData('text/plain', rememberClipboard(payload));
  event.preventDefault();
  if (cut) {
    state.changeBoard((board) => deleteElements(board, state.selectedNodeIds, state.selectedEdgeIds));
    state.select([], []);
  }
}

function onPaste(event: ClipboardEvent) {
  if (isTextTarget(event.target)) return;
  const payload = payloadFrom(event.clipboardData?.getData('text/plain'));
  if (!payload) return;
  event.preventDefault();
  pastePayloadAt(payload);
}

export function installKeyboard(): () => void {
  const copy = (e: ClipboardEvent) => onCopy(e, false);
  const cut = (e: ClipboardEvent) => onCopy(e, true);
  window.addEventListener('keydown', onKeyDown, true);
  document.addEventListener('copy', copy);
  document.addEventListener('cut', cut);
  document.addEventListener('paste', onPaste);
  return () => {
    window.removeEventListener('keydown', onKeyDown, true);
    document.removeEventListener('copy', copy);
    document.removeEventListener('cut', cut);
    document.removeEventListener('paste', onPaste);
  };
}
