/**
 * What the command line prints goes to a terminal, and labels, ids, keys and values come
 * from the board file: an ESC in a label cleared the screen or set the window title. So
 * every line is made inert on its way out: control characters (C0, DEL, C1), the line and
 * paragraph separators and the bidi controls (which reorder what follows, so a line reads
 * other than it is) are written as `\uXXXX`. That is also how JSON escapes them, so
 * `lint --json` stays valid JSON with the same meaning.
 */

// C0 and DEL and C1; U+061C, U+200E/F and U+202A–E, U+2066–9 (bidi); U+2028/9 (line breaks).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function forTerminal(line: string): string {
  return line.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
