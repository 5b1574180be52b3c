/**
 * The application menu, built from the same command catalogue as the renderer's toolbar,
 * context menu, shortcuts and command palette (shared/commands). Choosing an item sends
 * its id to the renderer, which runs it through its registry, so a command behaves the
 * same from every place it can be started.
 *
 * Accelerators are shown but not registered (`registerAccelerator: false`): the renderer's
 * one keyboard listener already handles every shortcut, and registering them here too
 * would run each command twice (and steal keys such as arrows from text fields).
 */
import type { MenuItemConstructorOptions } from 'electron';
import { COMMAND_MENUS, COMMANDS, electronAccelerator, type CommandMeta } from '../../shared/commands/commandList';
import { createI18n, type Language } from '../../shared/i18n';
import type { OrgcanvasContract } from '../../shared/ipc/contract';
import type { HandlersOf } from '../../shared/ipc/define';

/** Commands that stay out of the menu bar: their keys are the natural way to use them. */
const NOT_IN_MENU = /^arrange\.nudge|^edit\.deselect$/;

export interface MenuOptions {
  language: Language;
  platform: string;
  /** Deliver a chosen command id to the renderer. */
  send: (id: string) => void;
}

export function menuTemplate(options: MenuOptions, commands: readonly CommandMeta[] = COMMANDS): MenuItemConstructorOptions[] {
  const i18n = createI18n(options.language);
  const t = (key: string) => i18n.t(key);
  const menus: MenuItemConstructorOptions[] = [];
  if (options.platform === 'darwin') menus.push({ role: 'appMenu' });
  for (const menu of COMMAND_MENUS) {
    const items: MenuItemConstructorOptions[] = [];
    let group = '';
    for (const command of commands.filter((c) => c.menu === menu && !NOT_IN_MENU.test(c.id))) {
      if (group && command.group !== group) items.push({ type: 'separator' });
      group = command.group;
      items.push({
        id: command.id,
        label: t(command.labelKey),
        accelerator: command.shortcuts[0] ? electronAccelerator(command.shortcuts[0]) : undefined,
        registerAccelerator: false,
        click: () => options.send(command.id),
      });
    }
    // Window behaviour people expect from any desktop app, provided by Electron's roles.
    if (menu === 'view') items.push({ type: 'separator' }, { role: 'togglefullscreen' });
    if (menu === 'file') items.push(...(items.length ? [{ type: 'separator' as const }] : []), { role: options.platform === 'darwin' ? 'close' : 'quit' });
    if (items.length) menus.push({ label: t(`editor.menus.${menu}`), submenu: items });
  }
  return menus;
}

interface MenuModule {
  buildFromTemplate: (template: MenuItemConstructorOptions[]) => unknown;
  setApplicationMenu: (menu: never) => void;
}

/** Install the menu (main.ts passes Electron's `Menu`; tests pass a fake). */
export function installAppMenu(Menu: MenuModule, options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)) as never);
}

/**
 * The page reports its language at start and on every switch; the menu is rebuilt only
 * when it changes (a remembered choice can differ from the system locale main starts with).
 */
export function menuLanguageHandler(install: (language: Language) => void, initial: Language): Pick<HandlersOf<OrgcanvasContract>, 'setMenuLanguage'> {
  let current = initial;
  return {
    setMenuLanguage: ({ language }) => {
      if (language !== current) {
        current = language;
        install(language);
      }
      return undefined;
    },
  };
}
