/**
 * The report's "organisation model" section: which of the five models the board is closest
 * to, why, and the next step, in the words the hints panel uses (shared/orgModels/describe).
 */
import type { jsPDF } from 'jspdf';
import type { TFunction } from 'i18next';
import type { Board } from '../model/board';
import { describeDetection } from '../orgModels/describe';
import { detectModel } from '../orgModels/detect';
import { INK } from '../theme/theme';
import { pdfSafe } from './pdfText';

interface Frame {
  left: number;
  width: number;
  bottom: number;
}

/** Draws the section from `y` down and returns where the next content may start. */
export function drawModelSection(doc: jsPDF, board: Board, t: TFunction, y: number, frame: Frame): number {
  const text = describeDetection(detectModel(board), t);
  const lines: { text: string; size: number; bold?: boolean; colour?: string; gap?: number }[] = [
    { text: text.title, size: 18, bold: true, gap: 6 },
    { text: text.headline, size: 13, bold: true },
    { text: text.confidence, size: 10, colour: '#4a4f57' },
    { text: text.summary, size: 10 },
    ...(text.why.length ? [{ text: `${t('models.why')}:`, size: 10, bold: true, gap: 2 }] : []),
    ...text.why.map((reason) => ({ text: `•  ${reason}`, size: 10, gap: 2 })),
    ...(text.nextStep ? [{ text: `${t('models.nextStep')}: ${text.nextStep}`, size: 10, bold: true }] : []),
    { text: text.source, size: 8, colour: '#4a4f57' },
  ];
  let at = y;
  for (const line of lines) {
    if (!line.text) continue;
    doc.setFont('helvetica', line.bold ? 'bold' : 'normal');
    doc.setFontSize(line.size);
    doc.setTextColor(line.colour ?? INK);
    const wrapped = doc.splitTextToSize(pdfSafe(line.text), frame.width) as string[];
    const height = line.size * 1.25;
    for (const part of wrapped) {
      if (at + height > frame.bottom) {
        doc.addPage();
        at = 40 + line.size; // a fresh page, below its top margin
      }
      doc.text(part, frame.left, at);
      at += height;
    }
    at += line.gap ?? 4;
  }
  return at + 12;
}
