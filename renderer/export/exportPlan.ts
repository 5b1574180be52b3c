/** The dialog's choices → what to make. Pure, so the dialog and its tests share it. */
import type { TFunction } from 'i18next';
import type { Board } from '../../shared/model/board';
import { buildScene, exportFormat, DEFAULT_EXPORT_FORMAT, DEFAULT_REPORT_LAYOUT, type DiagramOptions, type ExportBackground, type ExportFormatId, type ExportHint, type ReportLayout, type Scene } from '../../shared/export';
import { reportScene } from '../../shared/export/reportScene';

/** `1`, `2`, `4` = scale; `A4@300` = fit the width of an A4 landscape page at 300 dpi. */
export const PNG_SIZES = ['1', '2', '4', 'A4@150', 'A4@300', 'A3@300'] as const;
export type PngSize = (typeof PNG_SIZES)[number];

/** Paper widths in inches, landscape (297 mm, 420 mm). */
const PAPER_WIDTH_IN = { A4: 11.69, A3: 16.54 } as const;

export interface ExportChoices {
  scope: 'board' | 'selection';
  /** One of shared/export/formats.ts, which says which of the other choices it takes. */
  format: ExportFormatId;
  pngSize: PngSize;
  background: ExportBackground;
  titleBlock: boolean;
  legend: boolean;
  hints: boolean;
  /** The report's paper, orientation and whether its sticky notes are in. */
  report: ReportLayout;
  /** The scenarios whose change plan ends the report (ids), or null for none. */
  changePlan: { before: string; after: string } | null;
}

export const DEFAULT_CHOICES: ExportChoices = {
  scope: 'board',
  format: DEFAULT_EXPORT_FORMAT,
  pngSize: '2',
  background: 'white',
  titleBlock: true,
  legend: true,
  hints: false,
  report: DEFAULT_REPORT_LAYOUT,
  changePlan: null,
};

export function pngScale(size: PngSize, scene: Scene): number {
  if (!size.includes('@')) return Number(size);
  const [paper, dpi] = size.split('@') as ['A4' | 'A3', string];
  return (PAPER_WIDTH_IN[paper] * Number(dpi)) / scene.width;
}

/** Today as YYYY-MM-DD in the user's time zone (the date a client expects on the page). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function diagramOptions(choices: ExportChoices, selection: readonly string[], hints: readonly ExportHint[], date: string, routes?: DiagramOptions['routes']): DiagramOptions {
  return {
    routes,
    selection: choices.scope === 'selection' && selection.length ? selection : undefined,
    background: choices.background,
    titleBlock: choices.titleBlock,
    legend: choices.legend,
    hints: choices.hints ? hints : undefined,
    date,
  };
}

/** What the dialog previews: the diagram as chosen, or the report's first page's drawing. */
export function previewScene(board: Board, choices: ExportChoices, selection: readonly string[], hints: readonly ExportHint[], date: string, t: TFunction, routes?: DiagramOptions['routes']): Scene {
  if (exportFormat(choices.format).takes.report) return reportScene(board, { hints, routes, layout: choices.report }, t);
  return buildScene(board, diagramOptions(choices, selection, hints, date, routes), t);
}
