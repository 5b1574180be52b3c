/**
 * The report's "organisation model" section: which of the five models the board is closest
 * to, why, and the next step, in the words the hints panel uses (shared/orgModels/describe).
 */
import type { jsPDF } from 'jspdf';
import type { TFunction } from 'i18next';
import type { Board } from '../model/board';
import { describeDetection } from '../orgModels/describe';
import { detectModel } from '../orgModels/detect';
import { flowText, type TextFrame, type TextLine } from './reportText';

const GREY = '#4a4f57';

/** Draws the section from `y` down and returns where the next content may start. */
export function drawModelSection(doc: jsPDF, board: Board, t: TFunction, y: number, frame: TextFrame): number {
  const text = describeDetection(detectModel(board), t);
  const lines: TextLine[] = [
    { text: text.title, size: 18, bold: true, gap: 6 },
    { text: text.headline, size: 13, bold: true },
    { text: text.confidence, size: 10, colour: GREY },
    { text: text.summary, size: 10 },
    ...(text.why.length ? [{ text: `${t('models.why')}:`, size: 10, bold: true, gap: 2 }] : []),
    ...text.why.map((reason) => ({ text: `•  ${reason}`, size: 10, gap: 2 })),
    ...(text.nextStep ? [{ text: `${t('models.nextStep')}: ${text.nextStep}`, size: 10, bold: true }] : []),
    { text: text.source, size: 8, colour: GREY },
  ];
  return flowText(doc, lines, y, frame) + 12;
}
