/**
 * Invisible characters that make one label look different in different views (issue 23).
 * A bidi override (U+202E "right-to-left override") turned "IT Marketing" into
 * "IT gnitekraM" on the canvas and in the PNG, while the PDF (WinAnsi only) dropped it and
 * showed "IT Marketing"; wrapping could split an override from its end. Embeddings and
 * isolates do the same. Zero-width spaces, the word joiner and a stray byte-order mark
 * change where a label may break and make two labels that look alike differ. None carries
 * meaning a board needs, so they are removed as text comes in: when a board is read (the
 * schema) and when a label is edited (shared/edit). Zero-width joiner and non-joiner stay:
 * emoji sequences and several scripts need them. The implicit marks (U+200E, U+200F) stay
 * as well: they only place neutral characters such as punctuation in right-to-left text.
 */
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/g;

/** `text` without bidi embedding, override and isolate controls and zero-width spaces. */
export function plainText(text: string): string {
  return text.replace(INVISIBLE, '');
}
