/** True when the text holds a C0/C1 control character, DEL or (optionally) a space. */
export function hasControlCharacter(text: string, spaceToo = false): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || (spaceToo && code === 0x20)) return true;
  }
  return false;
}
