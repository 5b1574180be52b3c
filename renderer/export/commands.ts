/**
 * Export… and the RACI matrix as commands of the one registry, so the keyboard, the command
 * palette, the desktop menu and the buttons (CommandButton) all start them the same way.
 * Their ids, labels and shortcuts are in shared/commands (the `feature: 'export'` entries).
 */
import { COMMANDS } from '../../shared/commands/catalogue';

const EXPORT_COMMANDS = COMMANDS.filter((meta) => meta.feature === 'export');
import { registerCommand } from '../commands/registry';
import { isTextTarget, matchesShortcut } from '../commands/shortcuts';
import { useAppStore } from '../store/store';
import { useExportUi, type ExportWindow } from './exportUi';

const OPENS: Record<string, Exclude<ExportWindow, null>> = { 'file.export': 'export', 'view.raci': 'raci' };

export function registerExportCommands(): () => void {
  const removers = EXPORT_COMMANDS.filter((meta) => OPENS[meta.id]).map((meta) =>
    registerCommand({ ...meta, perform: () => useExportUi.getState().setOpen(OPENS[meta.id]) }),
  );
  return () => removers.forEach((remove) => remove());
}

/**
 * The command keyboard leaves text fields alone, but Ctrl+E there would reach the browser
 * (Chromium moves focus to its address bar) and Ctrl+Shift+R would reload the page. In a
 * field these two keys have no text meaning, so they open the window from there too.
 */
export function onFieldShortcut(event: KeyboardEvent): void {
  if (event.defaultPrevented || !isTextTarget(event.target)) return;
  if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
  if (useAppStore.getState().overlay) return;
  const meta = EXPORT_COMMANDS.find((c) => OPENS[c.id] && c.shortcuts.some((s) => matchesShortcut(event, s)));
  if (!meta) return;
  event.preventDefault();
  useExportUi.getState().setOpen(OPENS[meta.id]);
}
