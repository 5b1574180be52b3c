/**
 * Open / Save / Save as / Rename board in the app's one registry (Ctrl+O, Ctrl+S, Ctrl+Shift+S), so the
 * keyboard, the command palette, the help overlay and the desktop menu all reach the same
 * functions as the storage bar's buttons.
 */
import { commandMeta } from '../../shared/commands/catalogue';
import { registerCommand } from '../commands/registry';
import { i18n } from '../i18n/setup';
import { startBoardRename } from './BoardName';
import { openFileCommand, saveAsCommand, saveFileCommand } from './fileCommands';
import { useSession } from './session';

export function registerFileCommands(): () => void {
  const removers = [
    registerCommand({ ...commandMeta('file.open'), perform: () => openFileCommand() }),
    registerCommand({ ...commandMeta('file.save'), perform: () => saveFileCommand(i18n) }),
    registerCommand({ ...commandMeta('file.saveAs'), perform: () => saveAsCommand() }),
    registerCommand({ ...commandMeta('file.rename'), perform: () => startBoardRename(), enabled: () => useSession.getState().view === 'board' }),
  ];
  return () => removers.forEach((remove) => remove());
}
