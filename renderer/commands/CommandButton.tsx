/**
 * A text button for one registered command: its label, its shortcut as a tooltip, disabled
 * when the command cannot run. Lets a bar offer a command that another layer owns without
 * importing that layer; renders nothing until the command is registered.
 */
import { useTranslation } from 'react-i18next';
import { shortcutLabel, type CommandId } from '../../shared/commands/commandList';
import { useAppStore } from '../store/store';
import { isEnabled, runCommand, useCommands } from './registry';
import { IS_MAC } from './shortcuts';

export function CommandButton({ id, className }: { id: CommandId; className?: string }) {
  const { t } = useTranslation();
  const command = useCommands().find((c) => c.id === id);
  const enabled = useAppStore((s) => (command ? isEnabled(command, s) : false));
  if (!command) return null;
  const shortcut = command.shortcuts[0];
  return (
    <button
      type="button"
      className={className}
      disabled={!enabled}
      title={shortcut ? shortcutLabel(shortcut, IS_MAC) : undefined}
      aria-keyshortcuts={shortcut ? shortcut.replace('Mod', IS_MAC ? 'Meta' : 'Control') : undefined}
      data-command={id}
      onClick={() => runCommand(id)}
    >
      {t(command.labelKey)}
    </button>
  );
}
