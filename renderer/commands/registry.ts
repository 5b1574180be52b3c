/**
 * THE command registry (Excalidraw's actions, in our words). Every command has an id, a
 * label key (both languages), shortcuts, an enabled-predicate and `perform`. The toolbar,
 * context menu, keyboard, command palette, help overlay and (through shared/commands) the
 * Electron menu all read it. Another module adds a command with one call:
 *
 *   registerCommand({ id: 'file.export', menu: 'file', group: 'export', labelKey: 'export.title',
 *                     shortcuts: ['Mod+E'], perform: () => openExportDialog() });
 */
import { useSyncExternalStore } from 'react';
import { COMMANDS, type CatalogueEntry, type CommandFeature, type CommandId, type CommandMeta, type FeatureCommandId } from '../../shared/commands/commandList';
import { useAppStore, type AppState } from '../store/store';

/** Only catalogue commands (shared/commands/commandList.ts): an id that is not one does not compile. */
export interface Command extends CommandMeta<CommandId> {
  /** Whether it can run now; absent means always. Pure reads of the state only. */
  enabled?: (state: AppState) => boolean;
  /** Toggle commands report their state (menus show a check, buttons `aria-pressed`). */
  checked?: (state: AppState) => boolean;
  perform: (state: AppState) => void | Promise<void>;
}

export type CommandInput = Omit<Command, 'group' | 'shortcuts'> & Partial<Pick<Command, 'group' | 'shortcuts'>>;

/** What a command does, apart from its catalogue entry. */
export type Behaviour = Pick<Command, 'perform' | 'enabled' | 'checked'>;

const commands = new Map<CommandId, Command>();
const listeners = new Set<() => void>();
let snapshot: readonly Command[] = [];

function changed() {
  snapshot = [...commands.values()];
  for (const listener of listeners) listener();
}

/** Add (or replace) a command; returns a function that removes it again. */
export function registerCommand(input: CommandInput): () => void {
  const command: Command = { group: input.menu, shortcuts: [], ...input };
  commands.set(command.id, command);
  changed();
  return () => {
    if (commands.get(command.id) === command) {
      commands.delete(command.id);
      changed();
    }
  };
}

export function getCommand(id: CommandId): Command | undefined {
  return commands.get(id);
}

export function allCommands(): readonly Command[] {
  return snapshot;
}

export function isEnabled(command: Command, state: AppState = useAppStore.getState()): boolean {
  return command.enabled ? command.enabled(state) : true;
}

/** Run a command by id if it exists and is enabled; returns whether it ran. */
export function runCommand(id: CommandId): boolean {
  const command = commands.get(id);
  const state = useAppStore.getState();
  if (!command || !isEnabled(command, state)) return false;
  void command.perform(state);
  return true;
}

/**
 * Registers the commands the catalogue gives to `feature`, in catalogue order, with their
 * behaviour. `behaviours` must have exactly the feature's ids: one missing, or one that is
 * not the feature's, does not compile. Returns a function that removes them again.
 */
export function registerFeatureCommands<F extends CommandFeature>(feature: F, behaviours: Record<FeatureCommandId<F>, Behaviour>): () => void {
  const mine = COMMANDS.filter((meta): meta is Extract<CatalogueEntry, { feature: F }> => meta.feature === feature);
  const removers = mine.map((meta) => registerCommand({ ...meta, ...behaviours[meta.id as FeatureCommandId<F>] }));
  return () => removers.forEach((remove) => remove());
}

/** The registered commands, re-rendering when one is added or removed. */
export function useCommands(): readonly Command[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => snapshot,
  );
}
