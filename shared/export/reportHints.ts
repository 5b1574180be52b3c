/**
 * The report's hints as a list a client reads: per hint its severity, the message, why it
 * matters (the rule's explanation, in the seeds' terms), which boxes it concerns and its
 * source. Never the rule's internal id: that is the app's word, not the client's.
 */
import type { jsPDF } from 'jspdf';
import type { TFunction } from 'i18next';
import type { Board } from '../model/board';
import { SEVERITY_COLOURS } from './buildScene';
import type { ExportHint } from './options';
import { flowText, textHeight, type TextFrame, type TextLine } from './reportText';

const GREY = '#4a4f57';

function hintLines(hint: ExportHint, labelOf: ReadonlyMap<string, string>, t: TFunction): TextLine[] {
  const concerns = hint.nodes.map((id) => labelOf.get(id)).filter(Boolean).join(', ');
  return [
    { text: t(`export.hints.severity.${hint.severity}`).toUpperCase(), size: 8, bold: true, colour: SEVERITY_COLOURS[hint.severity], gap: 1 },
    { text: hint.message, size: 11, bold: true, gap: 2 },
    { text: hint.explanation ?? '', size: 10, gap: 2 },
    { text: concerns ? t('export.hints.nodes', { nodes: concerns }) : '', size: 9, colour: GREY, gap: 1 },
    { text: hint.source ? t('export.hints.source', { source: hint.source }) : '', size: 9, colour: GREY, gap: 12 },
  ];
}

/** Draws the hints from `y` down and returns where the next content may start. */
export function drawHintList(doc: jsPDF, hints: readonly ExportHint[], board: Board, t: TFunction, y: number, frame: TextFrame): number {
  if (!hints.length) return flowText(doc, [{ text: t('export.hints.none'), size: 11 }], y + 10, frame);
  const labelOf = new Map(board.nodes.map((n) => [n.id, n.label]));
  let at = y + 8;
  for (const hint of hints) {
    const lines = hintLines(hint, labelOf, t);
    // A hint is kept on one page where it fits on one: its severity never ends a page.
    const height = textHeight(doc, lines, frame.width);
    if (at + height > frame.bottom && height <= frame.bottom - frame.top) {
      frame.newPage();
      at = frame.top;
    }
    at = flowText(doc, lines, at + 8, frame);
  }
  return at;
}
