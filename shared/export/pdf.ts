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

function drawShape(doc: jsPDF, shape: Shape, at: Placement): void {
  const X = (x: number) => at.x + x * at.scale;
  const Y = (y: number) => at.y + y * at.scale;
  const k = at.scale;
  switch (shape.type) {
    case 'rect': {
      const hasStroke = stroke(doc, shape, k);
      if (shape.fill) doc.setFillColor(shape.fill);
      const style = shape.fill && hasStroke ? 'FD' : shape.fill ? 'F' : 'S';
      if (shape.radius) doc.roundedRect(X(shape.x), Y(shape.y), shape.width * k, shape.height * k, shape.radius * k, shape.radius * k, style);
      else doc.rect(X(shape.x), Y(shape.y), shape.width * k, shape.height * k, style);
      break;
    }
    case 'line': {
      if (!stroke(doc, shape, k) || shape.points.length < 2) break;
      for (let i = 1; i < shape.points.length; i++) {
        const a = shape.points[i - 1];
        const b = shape.points[i];
        doc.line(X(a.x), Y(a.y), X(b.x), Y(b.y));
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
      doc.lines(steps, X(first.x), Y(first.y), [1, 1], 'F', true);
      break;
    }
    case 'circle': {
      const hasStroke = stroke(doc, shape, k);
      doc.setFillColor(shape.fill);
      doc.circle(X(shape.cx), Y(shape.cy), shape.r * k, hasStroke ? 'FD' : 'F');
      break;
    }
    case 'text': {
      const text = pdfSafe(shape.text);
      if (!text.trim()) break;
      doc.setFont('helvetica', shape.bold ? 'bold' : 'normal');
      doc.setFontSize(shape.size * k);
      doc.setTextColor(shape.fill);
      doc.text(text, X(shape.x), Y(shape.y), { align: shape.anchor === 'middle' ? 'center' : shape.anchor === 'end' ? 'right' : 'left' });
      break;
    }
  }
}

/** Draws a scene onto the current page of `doc`. */
export function drawScene(doc: jsPDF, scene: Scene, at: Placement): void {
  if (scene.background) {
    doc.setFillColor(scene.background);
    doc.rect(at.x, at.y, scene.width * at.scale, scene.height * at.scale, 'F');
  }
  for (const item of scene.items) for (const shape of item.shapes) drawShape(doc, shape, at);
  doc.setLineDashPattern([], 0);
}

/** The diagram alone, on one page the size of the diagram; `transparent` draws no background. */
export function exportDiagramPdf(board: Board, options: DiagramOptions, t: TFunction): Uint8Array {
  const scene = buildScene(board, options, t);
  const width = scene.width * PX_TO_PT;
  const height = scene.height * PX_TO_PT;
  const doc = new jsPDF({ unit: 'pt', format: [width, height], orientation: width > height ? 'landscape' : 'portrait', compress: true });
  doc.setProperties({ title: pdfSafe(board.profile.name || t('export.untitled')), creator: 'OrgCanvas' });
  drawScene(doc, scene, { x: 0, y: 0, scale: PX_TO_PT });
  return new Uint8Array(doc.output('arraybuffer'));
}
