/**
 * How much room a label needs in presentation type: its lines as the browser will break
 * them (at spaces, hyphens and the soft hyphens of hyphenation.ts, never inside a syllable)
 * and their width, measured with the presentation font on a canvas.
 *
 * Why a canvas: the presented layout (shared/layout/presentLayout.ts) must know every box's
 * size before anything is drawn at it, and drawing each label off screen at a trial width
 * to read its size back was a layout of the whole board per trial.
 */

/** The presentation face: narrow, so more of a label fits; every OS has one of these. */
export const PRESENT_FONT_FAMILY = "'Arial Narrow', 'Liberation Sans Narrow', 'Nimbus Sans Narrow', 'Roboto Condensed', 'DejaVu Sans Condensed', sans-serif";
export const PRESENT_FONT_WEIGHT = 700;
/** Line height of presented labels, as a share of the font size (workshop.css reads it too): the narrow faces reach 1.12 em from ascender to descender, and a taller glyph than its line box makes a one-line label scroll. */
export const PRESENT_LINE_HEIGHT = 1.15;
/*
 * Canvas text metrics and the browser's layout round differently (sub-pixel positioning,
 * kerning across a break): a line is filled only to this share of the room it has, so the
 * browser never finds it a hair too long and moves a syllable down.
 */
const FILL = 0.96;

export type TextWidth = (text: string) => number;

let context: CanvasRenderingContext2D | null | undefined;

/** The width of `text` in the presentation font at `fontPx`, or an estimate without a canvas. */
export function canvasTextWidth(fontPx: number): TextWidth {
  context ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const ctx = context;
  if (!ctx) return (text) => text.length * fontPx * 0.5;
  ctx.font = `${PRESENT_FONT_WEIGHT} ${fontPx}px ${PRESENT_FONT_FAMILY}`;
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = ctx.measureText(text).width;
      cache.set(text, width);
    }
    return width;
  };
}

/** One unbreakable piece of a label, and how it joins the one before. */
interface Piece {
  text: string;
  /** A space before it (a word starts here), or inside a word after a hyphen or soft hyphen. */
  space: boolean;
  /** A line ending after it shows a hyphen (it ended at a soft hyphen). */
  soft: boolean;
}

/** A label cut where lines may break: between words, after a hyphen, at a soft hyphen. */
export function pieces(text: string): Piece[] {
  const result: Piece[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const parts = word.split(/(?<=[\u00ad-])/);
    parts.forEach((part, i) => {
      const soft = part.endsWith('\u00ad');
      result.push({ text: soft ? part.slice(0, -1) : part, space: i === 0, soft });
    });
  }
  return result;
}

export interface Wrapped {
  lines: number;
  /** The widest line, as laid out. */
  width: number;
  /** The widest single piece (with its hyphen): no line can be narrower. */
  minWidth: number;
}

/** The lines `text` breaks into in `room` pixels, filling each line as far as it goes. */
export function wrap(text: string, room: number, width: TextWidth): Wrapped {
  const all = pieces(text);
  const space = width(' ');
  const hyphen = width('-');
  let lines = 0;
  let widest = 0;
  let minWidth = 0;
  let line = -1;
  for (const piece of all) {
    const own = width(piece.text);
    const end = piece.soft ? hyphen : 0;
    minWidth = Math.max(minWidth, own + end);
    const joined = line < 0 ? own : line + (piece.space ? space : 0) + own;
    if (line >= 0 && joined + end <= room * FILL) {
      line = joined;
    } else {
      if (line >= 0) widest = Math.max(widest, line);
      lines++;
      line = own;
    }
    widest = Math.max(widest, line + end);
  }
  return { lines: Math.max(lines, 1), width: widest, minWidth };
}

/** The width of `text` on one line (a department's name does not wrap). */
export function oneLine(text: string, width: TextWidth): number {
  return width(text.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim());
}

/**
 * The text width a label is set at, at least `room`: wide enough for its widest syllable,
 * and, where `keepWords` allows, for its widest word if that is only a little wider (a word
 * kept whole reads better than one broken to save a few pixels), then wider until it takes
 * at most `maxLines`.
 */
export function labelWidth(text: string, room: number, width: TextWidth, maxLines: number, keepWords = true): number {
  const whole = wrap(text.replace(/\u00ad/g, ''), Infinity, width);
  let at = Math.max(room, wrap(text, room, width).minWidth / FILL);
  const widestWord = Math.max(0, ...pieces(text.replace(/\u00ad/g, '')).map((p) => width(p.text)));
  if (keepWords && widestWord / FILL <= at * 1.6) at = Math.max(at, widestWord / FILL);
  for (let i = 0; i < 40 && wrap(text, at, width).lines > maxLines && at < whole.width / FILL; i++) at *= 1.12;
  return Math.ceil(at);
}
