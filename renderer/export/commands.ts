/**
 * Export… and the RACI matrix as commands of the one registry, so the keyboard, the command
 * palette, the desktop menu and the buttons (CommandButton) all start them the same way.
 * Their ids, labels and shortcuts are in shared/commands (the `feature: 'export'` entries).
 */
import { COMMANDS, type FeatureCommandId } from '../../shared/commands/commandList';
import { registerFeatureCommands } from '../commands/registry';
import { isTextTarget, matchesShortcut } from '../commands/shortcuts';
import { useAppStore } from '../store/store';
import { useExportUi, type ExportWindow } from './exportUi';

type ExportCommandId = FeatureCommandId<'export'>;

/** The window each of the catalogue's `feature: 'export'` commands opens (all of them, or no compile). */
const OPENS = { 'file.export': 'export', 'view.raci': 'raci', 'view.compare': 'compare' } satisfies Record<ExportCommandId, Exclude<ExportWindow, null>>;

const EXPORT_COMMANDS = COMMANDS.filter((meta): meta is Extract<typeof meta, { feature: 'export' }> => meta.feature === 'export');

export function registerExportCommands(): () => void {
  const open = (id: ExportCommandId) => ({ perform: () => useExportUi.getState().setOpen(OPENS[id]) });
  return registerFeatureCommands('export', { 'file.export': open('file.export'), 'view.raci': open('view.raci'), 'view.compare': open('view.compare') });
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
  const meta = EXPORT_COMMANDS.find((c) => c.shortcuts.some((s) => matchesShortcut(event, s)));
  if (!meta) return;
  event.preventDefault();
  useExportUi.getState().setOpen(OPENS[meta.id]);
}
