/**
 * Text widths without a DOM, so the SVG, the PNG and the PDF wrap labels identically in the
 * renderer, the main process and the command line.
 *
 * Why these metrics: exports set text in Helvetica (with Arial and Liberation Sans, which are
 * metric-compatible with it, as the SVG fallbacks). Helvetica is one of the PDF standard 14
 * fonts, so its glyph widths are published (Adobe's AFM files) and jsPDF ships them for its
 * own layout. We read widths from jsPDF rather than keep a table of our own: the PDF export
 * draws with jsPDF, so a line measured here is exactly the line the PDF sets.
 */
import { jsPDF } from 'jspdf';

export interface FontSpec {
  size: number;
  bold?: boolean;
}

/** The font stack every exported `<text>` uses; see the comment at the top of this file. */
export const EXPORT_FONT_FAMILY = 'Helvetica, Arial, "Liberation Sans", "Nimbus Sans", sans-serif';

let measurer: jsPDF | undefined;
const cache = new Map<string, number>();

/**
 * Characters Helvetica has no glyph for (emoji, symbols) fall back to another font when the
 * SVG renders; jsPDF reports them at a default width. Counting them as a wide glyph (an
 * em) keeps wrapped lines from running over the node edge whatever the fallback font is.
 */
const WIDE = /[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}\u{2B00}-\u{2BFF}]/u;

/** Width of `text` in px at `font.size` px. */
export function textWidth(text: string, font: FontSpec): number {
  const key = `${font.bold ? 'b' : 'n'}${text}`;
  let units = cache.get(key);
  if (units === undefined) {
    measurer ??= new jsPDF({ unit: 'pt' });
    measurer.setFont('helvetica', font.bold ? 'bold' : 'normal');
    units = 0;
    for (const char of text) {
      units += WIDE.test(char) ? 1 : char.length > 1 ? 0.6 : measurer.getStringUnitWidth(char);
    }
    // Labels repeat (role names, task types); the cache is bounded so a huge board cannot
    // grow it without end.
    if (cache.size > 20_000) cache.clear();
    cache.set(key, units);
  }
  return units * font.size;
}

/**
 * Wraps `text` into at most `maxLines` lines no wider than `maxWidth`; the last line ends
 * in an ellipsis when text had to be dropped. A word longer than a line is broken.
 */
export function wrapText(text: string, maxWidth: number, font: FontSpec, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let truncated = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, font) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current) {
      lines.push(current);
      current = '';
      if (lines.length === maxLines) {
        truncated = true;
        break;
      }
    }
    // The word alone is too wide: break it at the last character that fits.
    let rest = word;
    while (textWidth(rest, font) > maxWidth) {
      const chars = Array.from(rest);
      let cut = chars.length - 1;
      while (cut > 1 && textWidth(chars.slice(0, cut).join(''), font) > maxWidth) cut--;
      lines.push(chars.slice(0, cut).join(''));
      rest = chars.slice(cut).join('');
      if (lines.length === maxLines) break;
    }
    if (lines.length === maxLines) {
      truncated = rest.length > 0 || i < words.length - 1;
      break;
    }
    current = rest;
  }
  if (!truncated && current) lines.push(current);
  if (truncated && lines.length) lines[lines.length - 1] = ellipsize(lines[lines.length - 1], maxWidth, font);
  return lines;
}

function ellipsize(line: string, maxWidth: number, font: FontSpec): string {
  const chars = Array.from(line);
  while (chars.length && textWidth(`${chars.join('')}…`, font) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * The largest size from `sizes` at which `text` wraps into `maxLines` without breaking a
 * word or cutting text; failing that, the smallest size, wrapped and cut with an ellipsis.
 * The canvas shrinks long Dutch compounds ("Reputatiemonitoring") the same way rather than
 * hyphenating them at a random letter.
 */
export function fitText(text: string, maxWidth: number, sizes: readonly number[], bold: boolean, maxLinesAt: (size: number) => number): { size: number; lines: string[] } {
  const longestWord = text.split(/\s+/).reduce((a, w) => (w.length > a.length ? w : a), '');
  for (const size of sizes) {
    const font = { size, bold };
    if (textWidth(longestWord, font) > maxWidth) continue;
    const maxLines = maxLinesAt(size);
    const lines = wrapText(text, maxWidth, font, maxLines + 1);
    if (lines.length <= maxLines) return { size, lines };
  }
  const size = sizes[sizes.length - 1];
  return { size, lines: wrapText(text, maxWidth, { size, bold }, maxLinesAt(size)) };
}
