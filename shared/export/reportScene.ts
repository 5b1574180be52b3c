/**
 * The report's diagram: the board without the workshop's sticky notes (unless they are
 * asked for), with its legend and hint markers, on white. Apart from report.ts so the
 * export dialog previews it without loading jsPDF.
 */
import type { TFunction } from 'i18next';
import type { Board } from '../model/board';
import { buildScene } from './buildScene';
import { DEFAULT_REPORT_LAYOUT, type DiagramOptions, type ExportHint, type ReportLayout } from './options';
import type { Scene } from './scene';

/** The board as the report shows it. */
export function reportBoard(board: Board, layout: ReportLayout): Board {
  return layout.notes ? board : { ...board, nodes: board.nodes.filter((n) => n.kind !== 'note') };
}

/** The report's first page's drawing, and the export dialog's preview of it. */
export function reportScene(board: Board, options: { hints: readonly ExportHint[]; routes?: DiagramOptions['routes']; layout?: Partial<ReportLayout> }, t: TFunction): Scene {
  const layout: ReportLayout = { ...DEFAULT_REPORT_LAYOUT, ...options.layout };
  return buildScene(reportBoard(board, layout), { background: 'white', titleBlock: false, legend: true, hints: options.hints, routes: options.routes }, t);
}
