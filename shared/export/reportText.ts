/**
 * Running text in the report: lines of given size and weight, wrapped to the frame's width,
 * continued on a new page where the frame ends. The organisation model and the hints are
 * set this way (a table cell has one weight, and a hint reads as a heading with a paragraph).
 */
import type { jsPDF } from 'jspdf';
import { INK } from '../theme/theme';
import { pdfSafe } from './pdfText';

export interface TextFrame {
  left: number;
  width: number;
  /** Where text stops on a page. */
  bottom: number;
  /** Where text starts on a fresh page. */
  top: number;
  /** Starts a fresh page like the ones before it (the report's table pages). */
  newPage: () => void;
}

export interface TextLine {
  text: string;
  size: number;
  bold?: boolean;
  colour?: string;
  /** Room below the line's last row, in pt (4 when absent). */
  gap?: number;
  /** Indent from the frame's left edge, in pt. */
  indent?: number;
}

/** A line's height in pt for its font size. */
const rowHeight = (size: number) => size * 1.25;

/** Draws `lines` from `y` down and returns where the next content may start. */
export function flowText(doc: jsPDF, lines: readonly TextLine[], y: number, frame: TextFrame): number {
  let at = y;
  for (const line of lines) {
    if (!line.text) continue;
    doc.setFont('helvetica', line.bold ? 'bold' : 'normal');
    doc.setFontSize(line.size);
    doc.setTextColor(line.colour ?? INK);
    const indent = line.indent ?? 0;
    const wrapped = doc.splitTextToSize(pdfSafe(line.text), frame.width - indent) as string[];
    for (const part of wrapped) {
      if (at + rowHeight(line.size) > frame.bottom) {
        frame.newPage();
        at = frame.top + line.size;
      }
      doc.text(part, frame.left + indent, at);
      at += rowHeight(line.size);
    }
    at += line.gap ?? 4;
  }
  return at;
}

/** The height `lines` take, to keep a short block together on one page. */
export function textHeight(doc: jsPDF, lines: readonly TextLine[], width: number): number {
  let height = 0;
  for (const line of lines) {
    if (!line.text) continue;
    doc.setFont('helvetica', line.bold ? 'bold' : 'normal');
    doc.setFontSize(line.size);
    const rows = (doc.splitTextToSize(pdfSafe(line.text), width - (line.indent ?? 0)) as string[]).length;
    height += rows * rowHeight(line.size) + (line.gap ?? 4);
  }
  return height;
}
