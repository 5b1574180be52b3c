/**
 * Scene → vector PDF with jsPDF (runs in Node and in the browser, no canvas involved): the
 * same shapes the SVG has, drawn as PDF paths and Helvetica text.
 */
import { jsPDF } from 'jspdf';
import type { TFunction } from 'i18next';
import type { Board } from '../model/board';
import { buildScene } from './buildScene';
import type { DiagramOptions } from './options';
import { pdfSafe } from './pdfText';
import type { Scene, Shape } from './scene';

/** CSS px → PDF pt: 96 px per inch on screen, 72 pt per inch on paper. */
export const PX_TO_PT = 0.75;

export interface Placement {
  x: number;
  y: number;
  /** pt per scene px. */
  scale: number;
}

/** Where a scene goes to fit inside a box on the page, centred horizontally. */
export function fitPlacement(scene: Scene, box: { x: number; y: number; width: number; height: number }): Placement {
  const scale = Math.min(box.width / scene.width, box.height / scene.height);
  return { x: box.x + (box.width - scene.width * scale) / 2, y: box.y, scale };
}

function dashPattern(dash: string | undefined, scale: number): number[] {
  return dash ? dash.split(/[\s,]+/).map((v) => Number(v) * scale) : [];
}

function stroke(doc: jsPDF, shape: { stroke?: string; strokeWidth?: number; dash?: string }, scale: number): boolean {
  if (!shape.stroke) return false;
  doc.setDrawColor(shape.stroke);
  doc.setLineWidth((shape.strokeWidth ?? 1) * scale);
  doc.setLineDashPattern(dashPattern(shape.dash, scale), 0);
  return true;
}

function X(at: Placement, x: number): number {
  return at.x + x * at.scale;
}
function Y(at: Placement, y: number): number {
  return at.y + y * at.scale;
}

function drawShape(doc: jsPDF, shape: Shape, at: Placement, state: PenState): void {
  const k = at.scale;
  switch (shape.type) {
    case 'rect': {
      const hasStroke = stroke(doc, shape, k);
      if (shape.fill) doc.setFillColor(shape.fill);
      const style = shape.fill && hasStroke ? 'FD' : shape.fill ? 'F' : 'S';
      if (shape.radius) doc.roundedRect(X(at, shape.x), Y(at, shape.y), shape.width * k, shape.height * k, shape.radius * k, shape.radius * k, style);
      else doc.rect(X(at, shape.x), Y(at, shape.y), shape.width * k, shape.height * k, style);
      break;
    }
    case 'line': {
      if (!stroke(doc, shape, k) || shape.points.length < 2) break;
      for (let i = 1; i < shape.points.length; i++) {
        const a = shape.points[i - 1];
        const b = shape.points[i];
        doc.line(X(at, a.x), Y(at, a.y), X(at, b.x), Y(at, b.y));
      }
      break;
    }
    case 'polygon': {
      const [first, ...rest] = shape.points;
      if (!first) break;
      doc.setFillColor(shape.fill);
      doc.setLineDashPattern([], 0);
      // jsPDF's `lines` takes relative steps from the first point.
      let prev = first;
      const steps = rest.map((p) => {
        const step: [number, number] = [(p.x - prev.x) * k, (p.y - prev.y) * k];
        prev = p;
        return step;
      });
      doc.lines(steps, X(at, first.x), Y(at, first.y), [1, 1], 'F', true);
      break;
    }
    case 'circle': {
      const hasStroke = stroke(doc, shape, k);
      doc.setFillColor(shape.fill);
      doc.circle(X(at, shape.cx), Y(at, shape.cy), shape.r * k, hasStroke ? 'FD' : 'F');
      break;
    }
    case 'text': {
      const text = pdfSafe(shape.text);
      if (!text.trim()) break;
      // jsPDF writes an operator per call; a big board repeats the same font thousands of times.
      const font = shape.bold ? 'bold' : 'normal';
      if (state.font !== font) doc.setFont('helvetica', (state.font = font));
      if (state.size !== shape.size * k) doc.setFontSize((state.size = shape.size * k));
      if (state.colour !== shape.fill) doc.setTextColor((state.colour = shape.fill));
      doc.text(text, X(at, shape.x), Y(at, shape.y), { align: shape.anchor === 'middle' ? 'center' : shape.anchor === 'end' ? 'right' : 'left' });
      break;
    }
  }
}

interface PenState {
  font?: string;
  size?: number;
  colour?: string;
}

/** Draws a scene onto the current page of `doc`. */
export function drawScene(doc: jsPDF, scene: Scene, at: Placement): void {
  if (scene.background) {
    doc.setFillColor(scene.background);
    doc.rect(at.x, at.y, scene.width * at.scale, scene.height * at.scale, 'F');
  }
  const state: PenState = {};
  for (const item of scene.items) for (const shape of item.shapes) drawShape(doc, shape, at, state);
  doc.setLineDashPattern([], 0);
}

/**
 * The largest page a PDF may have, in pt a side (200 inches: PDF 1.7, annex C). jsPDF
 * clamps a bigger page to it and draws on regardless, so everything past 14,400 pt was cut
 * off with only a console warning (issue 23: 74 of 100 departments reached the PDF).
 */
export const MAX_PDF_PAGE_PT = 14_400;

export interface PdfPagePlan {
  width: number;
  height: number;
  /** pt per scene px: PX_TO_PT, or less when the diagram is larger than the largest page. */
  scale: number;
  /** True when the diagram was scaled down to fit: show the user `export.pdf.scaled`. */
  scaled: boolean;
}

/** The page for a diagram: its own size at 96 px per inch, or scaled down to fit MAX_PDF_PAGE_PT. */
export function planPdfPage(sceneWidth: number, sceneHeight: number): PdfPagePlan {
  const scale = Math.min(PX_TO_PT, MAX_PDF_PAGE_PT / sceneWidth, MAX_PDF_PAGE_PT / sceneHeight);
  // jsPDF writes two decimals: keep the rounded page inside the limit too.
  const side = (px: number) => Math.min(MAX_PDF_PAGE_PT, Math.ceil(px * scale * 100) / 100);
  return { width: side(sceneWidth), height: side(sceneHeight), scale, scaled: scale < PX_TO_PT };
}

/** The diagram alone, on one page the size of the diagram; `transparent` draws no background. */
export function exportDiagramPdf(board: Board, options: DiagramOptions, t: TFunction): Uint8Array {
  return diagramPdf(board, options, t).bytes;
}

/** exportDiagramPdf, with the page it chose: callers tell the user when it was scaled to fit. */
export function diagramPdf(board: Board, options: DiagramOptions, t: TFunction): { bytes: Uint8Array; page: PdfPagePlan } {
  const scene = buildScene(board, options, t);
  const page = planPdfPage(scene.width, scene.height);
  const doc = new jsPDF({ unit: 'pt', format: [page.width, page.height], orientation: page.width > page.height ? 'landscape' : 'portrait', compress: true, floatPrecision: 2 });
  doc.setProperties({ title: pdfSafe(board.profile.name || t('export.untitled')), creator: 'OrgCanvas' });
  drawScene(doc, scene, { x: 0, y: 0, scale: page.scale });
  return { bytes: new Uint8Array(doc.output('arraybuffer')), page };
}

/** What to tell the user about a page plan, or nothing when the diagram is at its own size. */
export function pdfPageNote(page: PdfPagePlan, t: TFunction): string | undefined {
  if (!page.scaled) return undefined;
  return t('export.pdf.scaled', { percent: Math.round((page.scale / PX_TO_PT) * 100) });
}
