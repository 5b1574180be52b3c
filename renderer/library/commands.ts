/**
 * Open / Save / Save as / Rename board in the app's one registry (Ctrl+O, Ctrl+S, Ctrl+Shift+S), so the
 * keyboard, the command palette, the help overlay and the desktop menu all reach the same
 * functions as the storage bar's buttons.
 */
import { registerFeatureCommands } from '../commands/registry';
import { i18n } from '../i18n/setup';
import { startBoardRename } from './BoardName';
import { openFileCommand, saveAsCommand, saveFileCommand } from './fileCommands';
import { useSession } from './session';

export function registerFileCommands(): () => void {
  // Exactly the catalogue's `feature: 'library'` commands, or this does not compile.
  return registerFeatureCommands('library', {
    'file.open': { perform: () => openFileCommand() },
    'file.save': { perform: () => saveFileCommand(i18n) },
    'file.saveAs': { perform: () => saveAsCommand() },
    'file.rename': { perform: () => startBoardRename(), enabled: () => useSession.getState().view === 'board' },
  });
}
