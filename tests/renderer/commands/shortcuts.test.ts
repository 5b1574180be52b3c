import { describe, expect, it } from 'vitest';
import { COMMANDS, electronAccelerator, shortcutLabel } from '../../../shared/commands/commandList';
import { en } from './catalogueKeys';
import { matchesShortcut, type KeyLike } from '../../../renderer/commands/shortcuts';

const key = (k: string, mods: Partial<KeyLike> = {}, code = ''): KeyLike => ({ key: k, code, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('shortcuts', () => {
  it('matches modifiers exactly', () => {
    expect(matchesShortcut(key('z', { ctrlKey: true }), 'Mod+Z', false)).toBe(true);
    expect(matchesShortcut(key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Z', false)).toBe(false);
    expect(matchesShortcut(key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+Z', false)).toBe(true);
    expect(matchesShortcut(key('z', { metaKey: true }), 'Mod+Z', true)).toBe(true);
    expect(matchesShortcut(key('z', { ctrlKey: true }), 'Mod+Z', true)).toBe(false);
    expect(matchesShortcut(key('ArrowLeft'), 'ArrowLeft', false)).toBe(true);
    expect(matchesShortcut(key('ArrowLeft', { shiftKey: true }), 'ArrowLeft', false)).toBe(false);
    expect(matchesShortcut(key('ArrowLeft', { shiftKey: true }), 'Shift+ArrowLeft', false)).toBe(true);
  });

  it('matches digits by key position and symbols by character', () => {
    expect(matchesShortcut(key('!', { shiftKey: true }, 'Digit1'), 'Shift+1', false)).toBe(true);
    expect(matchesShortcut(key('?', { shiftKey: true }, 'Slash'), '?', false)).toBe(true);
    expect(matchesShortcut(key('=', { ctrlKey: true }, 'Equal'), 'Mod+=', false)).toBe(true);
  });

  it('every catalogue and feature command has a label in both languages and unique shortcuts', () => {
    const seen = new Map<string, string>();
    for (const command of COMMANDS) {
      expect(en(command.labelKey, 'en'), command.id).toBeTypeOf('string');
      expect(en(command.labelKey, 'nl'), command.id).toBeTypeOf('string');
      for (const shortcut of command.shortcuts) {
        expect(seen.get(shortcut), `${shortcut} used twice`).toBeUndefined();
        seen.set(shortcut, command.id);
      }
    }
  });

  it('renders labels and Electron accelerators', () => {
    expect(shortcutLabel('Mod+Shift+Z')).toBe('Ctrl+Shift+Z');
    expect(shortcutLabel('Mod+Shift+Z', true)).toBe('⌘⇧Z');
    expect(electronAccelerator('Mod+Shift+Z')).toBe('CmdOrCtrl+Shift+Z');
    expect(electronAccelerator('Mod++')).toBe('CmdOrCtrl+Plus');
    expect(electronAccelerator('ArrowLeft')).toBe('Left');
  });
});
