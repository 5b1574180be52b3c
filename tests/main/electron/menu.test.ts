import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { COMMANDS } from '../../../shared/commands/commandList';
import { installAppMenu, menuLanguageHandler, menuTemplate } from '../../../main/electron/menu';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []));
}

describe('application menu', () => {
  it('is built from the command catalogue, in the chosen language, sending ids', () => {
    const sent: string[] = [];
    const en = menuTemplate({ language: 'en', platform: 'linux', send: (id) => sent.push(id) });
    expect(en.map((m) => m.label)).toEqual(['File', 'Edit', 'Insert', 'Arrange', 'View', 'Help']);
    const undo = items(en).find((i) => i.id === 'edit.undo')!;
    expect(undo).toMatchObject({ label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    (undo.click as () => void)();
    expect(sent).toEqual(['edit.undo']);
    const nl = menuTemplate({ language: 'nl', platform: 'linux', send: () => undefined });
    expect(nl.map((m) => m.label)).toContain('Bewerken');
    expect(items(nl).find((i) => i.id === 'arrange.autoLayout')!.label).toBe('Bord netjes schikken');
  });

  it('follows the language the page reports, rebuilding only on a change', () => {
    const installed: string[] = [];
    const handler = menuLanguageHandler((language) => installed.push(language), 'en');
    handler.setMenuLanguage({ language: 'en' });
    expect(installed).toEqual([]);
    handler.setMenuLanguage({ language: 'nl' });
    handler.setMenuLanguage({ language: 'nl' });
    handler.setMenuLanguage({ language: 'en' });
    expect(installed).toEqual(['nl', 'en']);
  });

  it('lists every catalogue command except the arrow nudges and Escape', () => {
    const ids = new Set(items(menuTemplate({ language: 'en', platform: 'linux', send: () => undefined })).map((i) => i.id));
    for (const command of COMMANDS) {
      expect(ids.has(command.id), command.id).toBe(!/^arrange\.nudge|^edit\.deselect$/.test(command.id));
    }
  });

  it('puts Export… in File and the RACI matrix in View, in both languages', () => {
    const file = (lang: 'en' | 'nl') => menuTemplate({ language: lang, platform: 'linux', send: () => undefined });
    const find = (lang: 'en' | 'nl', id: string) => items(file(lang)).find((i) => i.id === id);
    expect(file('en')[0].submenu).toContainEqual(expect.objectContaining({ id: 'file.export', label: 'Export…', accelerator: 'CmdOrCtrl+E' }));
    expect(find('nl', 'file.export')!.label).toBe('Exporteren…');
    expect(file('en')[4].submenu).toContainEqual(expect.objectContaining({ id: 'view.raci', label: 'RACI matrix…', accelerator: 'CmdOrCtrl+Shift+R' }));
    expect(find('nl', 'view.raci')!.label).toBe('RACI-matrix…');
  });

  it('adds the app menu on macOS and installs through Menu', () => {
    const mac = menuTemplate({ language: 'en', platform: 'darwin', send: () => undefined });
    expect(mac[0]).toEqual({ role: 'appMenu' });
    let installed: unknown;
    installAppMenu({ buildFromTemplate: (t) => ({ built: t.length }), setApplicationMenu: (m) => (installed = m) }, { language: 'en', platform: 'linux', send: () => undefined });
    expect(installed).toEqual({ built: 6 });
  });
});
