/**
 * PDF text is set in Helvetica, a standard font every PDF reader has, so the report needs
 * no font embedding and stays small. Helvetica's encoding (WinAnsi) covers Dutch and
 * English text; a character outside it would come out as mojibake, so it is dropped
 * (emoji in a label, the kind glyphs: kinds still read from colour and border).
 */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

export function pdfSafe(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(char)) out += char;
    else if (char === '\t' || char === '\n') out += ' ';
  }
  return out.replace(/ {2,}/g, ' ');
}
