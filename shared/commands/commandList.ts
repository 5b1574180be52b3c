/**
 * The metadata of every built-in command: id, menu, label key, shortcuts. Pure data, so
 * the renderer (toolbar, context menu, keyboard, command palette, help overlay) and the
 * Electron application menu in the main process read the same list. What a command does
 * lives in the renderer (renderer/commands/).
 *
 * Shortcut syntax: `Mod` is Ctrl (Cmd on macOS), then `Shift`, `Alt`, then one key:
 * a letter, a digit, a symbol (`?`, `=`, `-`, `'`) or a key name (`Delete`, `F2`, `ArrowLeft`).
 */

export const COMMAND_MENUS = ['file', 'edit', 'insert', 'arrange', 'view', 'help'] as const;
export type CommandMenu = (typeof COMMAND_MENUS)[number];

/** The renderer features that register what their commands do (renderer/<feature>/commands.ts). */
export type CommandFeature = 'library' | 'workshop' | 'export' | 'scenarios' | 'import';

/** `Id` is the entry's literal id in the catalogue below, so ids are a type (`CommandId`). */
export interface CommandMeta<Id extends string = string> {
  id: Id;
  menu: CommandMenu;
  /** i18n key of the label (both languages): `editor.commands.<id>` for the built-ins. */
  labelKey: string;
  /** The first shortcut is the one menus show; the others also work. */
  shortcuts: readonly string[];
  /** Menu items in a group are set apart from the next group by a separator. */
  group: string;
  /** Shown in the canvas context menu when something is selected / on the empty canvas. */
  context?: 'selection' | 'canvas' | 'both';
  /**
   * The renderer feature that registers what this command does (renderer/library, …);
   * absent: renderer/commands/builtins.ts does. Listed here anyway so the desktop menu,
   * the palette and the help overlay know every command with its shortcut.
   */
  feature?: CommandFeature;
}

/** An entry whose behaviour renderer/commands/builtins.ts gives (no `feature`). */
type BuiltinMeta<Id extends string> = CommandMeta<Id> & { feature?: undefined };

const c = <const Id extends string>(id: Id, menu: CommandMenu, group: string, shortcuts: string[] = [], context?: CommandMeta['context']): BuiltinMeta<Id> => ({
  id,
  menu,
  group,
  labelKey: `editor.commands.${id}`,
  shortcuts,
  context,
});

const feature = <Id extends string, F extends CommandFeature>(meta: CommandMeta<Id>, owner: F, labelKey = meta.labelKey): CommandMeta<Id> & { feature: F } => ({
  ...meta,
  feature: owner,
  labelKey,
});

export const COMMANDS = [
  feature(c('file.open', 'file', 'file', ['Mod+O']), 'library'),
  feature(c('file.save', 'file', 'file', ['Mod+S']), 'library'),
  feature(c('file.saveAs', 'file', 'file', ['Mod+Shift+S']), 'library'),
  feature(c('file.rename', 'file', 'file'), 'library'),
  feature(c('workshop.templates', 'file', 'workshop'), 'workshop', 'workshop.templates.open'),
  feature(c('file.importOrgChart', 'file', 'import'), 'import', 'orgImport.dialog.command'),
  feature(c('file.export', 'file', 'export', ['Mod+E']), 'export', 'export.dialog.command'),
  c('edit.undo', 'edit', 'history', ['Mod+Z']),
  c('edit.redo', 'edit', 'history', ['Mod+Shift+Z', 'Mod+Y']),
  c('edit.cut', 'edit', 'clipboard', ['Mod+X'], 'selection'),
  c('edit.copy', 'edit', 'clipboard', ['Mod+C'], 'selection'),
  c('edit.paste', 'edit', 'clipboard', ['Mod+V'], 'canvas'),
  c('edit.duplicate', 'edit', 'clipboard', ['Mod+D'], 'selection'),
  c('edit.delete', 'edit', 'clipboard', ['Delete', 'Backspace'], 'selection'),
  c('edit.rename', 'edit', 'node', ['F2'], 'selection'),
  c('edit.connect', 'edit', 'node', ['Mod+L'], 'selection'),
  c('edit.selectAll', 'edit', 'select', ['Mod+A'], 'canvas'),
  c('edit.deselect', 'edit', 'select', ['Escape']),
  c('insert.department', 'insert', 'nodes', [], 'canvas'),
  c('insert.role', 'insert', 'nodes', [], 'canvas'),
  c('insert.team', 'insert', 'nodes', [], 'canvas'),
  c('insert.task', 'insert', 'nodes', [], 'canvas'),
  c('insert.objective', 'insert', 'nodes', [], 'canvas'),
  c('insert.external', 'insert', 'nodes', [], 'canvas'),
  c('insert.note', 'insert', 'nodes', [], 'canvas'),
  c('insert.focusPalette', 'insert', 'palette', ['Mod+Shift+A']),
  c('arrange.nudgeLeft', 'arrange', 'nudge', ['ArrowLeft']),
  c('arrange.nudgeRight', 'arrange', 'nudge', ['ArrowRight']),
  c('arrange.nudgeUp', 'arrange', 'nudge', ['ArrowUp']),
  c('arrange.nudgeDown', 'arrange', 'nudge', ['ArrowDown']),
  c('arrange.nudgeLeftFar', 'arrange', 'nudge', ['Shift+ArrowLeft']),
  c('arrange.nudgeRightFar', 'arrange', 'nudge', ['Shift+ArrowRight']),
  c('arrange.nudgeUpFar', 'arrange', 'nudge', ['Shift+ArrowUp']),
  c('arrange.nudgeDownFar', 'arrange', 'nudge', ['Shift+ArrowDown']),
  c('arrange.alignLeft', 'arrange', 'align', [], 'selection'),
  c('arrange.alignCentre', 'arrange', 'align', [], 'selection'),
  c('arrange.alignRight', 'arrange', 'align', [], 'selection'),
  c('arrange.alignTop', 'arrange', 'align', [], 'selection'),
  c('arrange.alignMiddle', 'arrange', 'align', [], 'selection'),
  c('arrange.alignBottom', 'arrange', 'align', [], 'selection'),
  c('arrange.distributeHorizontal', 'arrange', 'distribute', [], 'selection'),
  c('arrange.distributeVertical', 'arrange', 'distribute', [], 'selection'),
  c('arrange.autoLayout', 'arrange', 'layout', ['Mod+Shift+L'], 'canvas'),
  c('view.zoomIn', 'view', 'zoom', ['Mod+=', 'Mod++']),
  c('view.zoomOut', 'view', 'zoom', ['Mod+-']),
  c('view.zoomFit', 'view', 'zoom', ['Shift+1'], 'canvas'),
  c('view.zoom100', 'view', 'zoom', ['Shift+0']),
  c('view.zoomSelection', 'view', 'zoom', ['Shift+2'], 'selection'),
  c('view.snapToGrid', 'view', 'options', ["Mod+'"]),
  c('view.minimap', 'view', 'options'),
  c('view.find', 'view', 'find', ['Mod+F']),
  c('view.commandPalette', 'view', 'find', ['Mod+K', 'Mod+Shift+P']),
  feature(c('workshop.present', 'view', 'workshop', ['F5']), 'workshop', 'workshop.present.enter'),
  feature(c('workshop.parkingLot', 'view', 'workshop'), 'workshop', 'workshop.parking.open'),
  feature(c('workshop.timer', 'view', 'workshop'), 'workshop', 'workshop.timer.label'),
  feature(c('view.raci', 'view', 'raci', ['Mod+Shift+R']), 'export', 'export.raciView.command'),
  feature(c('view.compare', 'view', 'raci'), 'export', 'compare.command'),
  feature(c('scenario.add', 'view', 'scenarios'), 'scenarios', 'scenarios.commands.add'),
  feature(c('scenario.next', 'view', 'scenarios', [']']), 'scenarios', 'scenarios.commands.next'),
  feature(c('scenario.previous', 'view', 'scenarios', ['[']), 'scenarios', 'scenarios.commands.previous'),
  feature(c('scenario.rename', 'view', 'scenarios'), 'scenarios', 'scenarios.commands.rename'),
  feature(c('scenario.remove', 'view', 'scenarios'), 'scenarios', 'scenarios.commands.remove'),
  c('help.shortcuts', 'help', 'help', ['?']),
] as const satisfies readonly CommandMeta[];

/** One entry of the catalogue, with its literal id and feature. */
export type CatalogueEntry = (typeof COMMANDS)[number];
type Entry = CatalogueEntry;

/**
 * Every command id, from the catalogue itself: a handler registered for an id that is not
 * here, or a catalogue entry that nothing gives a behaviour, does not compile
 * (renderer/commands/builtins.ts, `registerFeatureCommands`).
 */
export type CommandId = Entry['id'];
/** The ids whose behaviour renderer/commands/builtins.ts gives. */
export type BuiltinCommandId = Exclude<Entry, { feature: CommandFeature }>['id'];
/** The ids whose behaviour the renderer feature `F` registers. */
export type FeatureCommandId<F extends CommandFeature> = Extract<Entry, { feature: F }>['id'];

/** For ids that arrive as text (the desktop menu's `onMenuCommand`). */
export function isCommandId(id: string): id is CommandId {
  return COMMANDS.some((command) => command.id === id);
}

/** A catalogue entry by id; throws for an id that is not in the catalogue (one typed from text). */
export function commandMeta(id: CommandId): CommandMeta<CommandId> {
  const meta = COMMANDS.find((command) => command.id === id);
  if (!meta) throw new Error(`No command "${id}" in shared/commands/commandList.ts`);
  return meta;
}

/** Shortcut text for people: "Ctrl+Shift+Z" or "⌘⇧Z". */
export function shortcutLabel(shortcut: string, mac = false): string {
  const parts = shortcut.split(/\+(?!$)/);
  const key = parts.pop()!;
  const names: Record<string, string> = mac
    ? { Mod: '⌘', Shift: '⇧', Alt: '⌥' }
    : { Mod: 'Ctrl', Shift: 'Shift', Alt: 'Alt' };
  const keyNames: Record<string, string> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', Escape: 'Esc', Delete: 'Del' };
  const label = [...parts.map((p) => names[p] ?? p), keyNames[key] ?? (key.length === 1 ? key.toUpperCase() : key)];
  return mac ? label.join('') : label.join('+');
}

/** Electron accelerator for a shortcut (`Mod` → `CmdOrCtrl`; symbols as Electron names them). */
export function electronAccelerator(shortcut: string): string {
  const parts = shortcut.split(/\+(?!$)/);
  const key = parts.pop()!;
  const keys: Record<string, string> = { '+': 'Plus', '?': '?', ArrowLeft: 'Left', ArrowRight: 'Right', ArrowUp: 'Up', ArrowDown: 'Down', Escape: 'Esc' };
  return [...parts.map((p) => (p === 'Mod' ? 'CmdOrCtrl' : p)), keys[key] ?? (key.length === 1 ? key.toUpperCase() : key)].join('+');
}
