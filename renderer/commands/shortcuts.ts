/** Matching a keyboard event against the catalogue's shortcut syntax (shared/commands). */

export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Does `event` press `shortcut`? Letters compare case-insensitively; digits compare by
 * physical key (Shift+1 types "!" on most layouts); a symbol such as `?` or `=` is
 * matched by the character typed, so Shift is not compared for it (layouts differ in
 * whether it needs Shift).
 */
export function matchesShortcut(event: KeyLike, shortcut: string, mac = IS_MAC): boolean {
  const parts = shortcut.split(/\+(?!$)/);
  const key = parts.pop()!;
  const mod = parts.includes('Mod');
  const shift = parts.includes('Shift');
  const alt = parts.includes('Alt');
  const modPressed = mac ? event.metaKey : event.ctrlKey;
  const otherMod = mac ? event.ctrlKey : event.metaKey;
  if (mod !== modPressed || otherMod || alt !== event.altKey) return false;
  if (/^[0-9]$/.test(key)) return event.code === `Digit${key}` && shift === event.shiftKey;
  if (/^[a-z]$/i.test(key)) return event.key.toLowerCase() === key.toLowerCase() && shift === event.shiftKey;
  if (key.length === 1) return event.key === key;
  return event.key === key && shift === event.shiftKey;
}

/** Is the event's target a place where typing means text (inputs, selects, editable)? */
export function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(type);
}
