/**
 * The report PDF a consultant hands to a client: the diagram, the organisation profile,
 * the RACI matrix and the hints with their sources, in Dutch or English. Vector throughout
 * (jsPDF drawing + jspdf-autotable for the tables). The diagram page takes the paper and
 * orientation chosen (A4 landscape unless asked otherwise), the diagram scaled to fit it;
 * the pages after it are the same paper in landscape, since a RACI matrix is wide.
 */
import { jsPDF } from 'jspdf';
import { autoTable, type RowInput } from 'jspdf-autotable';
import type { TFunction } from 'i18next';
import type { Board } from '../model/board';
import { NODE_KINDS } from '../model/vocabulary';
import { deriveRaci } from '../raci/matrix';
import { INK, KIND_STYLES } from '../theme/theme';
import { DEFAULT_REPORT_LAYOUT, type DiagramOptions, type ExportHint, type ReportLayout } from './options';
import { drawScene, fitPlacement } from './pdf';
import { reportBoard, reportScene } from './reportScene';
import { pdfSafe } from './pdfText';
import { drawHintList } from './reportHints';
import { drawModelSection } from './reportModel';
import { clean, drawRaciTables, lastY } from './reportRaci';
import type { TextFrame } from './reportText';
import { drawChangePlan, type ReportChangePlan } from './reportChangePlan';

export { MAX_MATRIX_COLUMNS } from './reportRaci';

export interface ReportOptions {
  /** ISO date printed on the cover and in the footer; passed in so output is reproducible. */
  date: string;
  hints: readonly ExportHint[];
  boardName?: string;
  /** The lines' routes, as in DiagramOptions. */
  routes?: DiagramOptions['routes'];
  /** Paper, orientation and whether the sticky notes are in; DEFAULT_REPORT_LAYOUT where absent. */
  layout?: Partial<ReportLayout>;
  /** Two scenarios to compare in a change-plan section at the end; absent = no such section. */
  changePlan?: ReportChangePlan;
}

const M = 40;
const HEADING = 18;
const GREY = '#4a4f57';

function heading(doc: jsPDF, text: string, y: number): number {
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(HEADING);
  doc.setTextColor(INK);
  doc.text(pdfSafe(text), M, y);
  return y + 14;
}

export function exportReportPdf(board: Board, options: ReportOptions, t: TFunction): Uint8Array {
  const layout: ReportLayout = { ...DEFAULT_REPORT_LAYOUT, ...options.layout };
  const doc = new jsPDF({ unit: 'pt', format: layout.paper, orientation: layout.orientation, compress: true });
  const name = board.profile.name || t('export.untitled');
  doc.setProperties({ title: pdfSafe(`${t('export.report.title')} — ${name}`), creator: 'OrgCanvas', subject: pdfSafe(t('export.report.subtitle')) });
  // The workshop's sticky notes stay out of a client's report unless asked for.
  const shown = reportBoard(board, layout);
  const size = () => ({ width: doc.internal.pageSize.getWidth(), height: doc.internal.pageSize.getHeight() });
  const newPage = () => void doc.addPage(layout.paper, 'landscape');
  const frame = (): TextFrame => ({ left: M, width: size().width - 2 * M, bottom: size().height - M - 10, top: M + 14, newPage });

  // Page 1: the diagram with its legend and hint markers, under a short cover heading.
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(24);
  doc.setTextColor(INK);
  doc.text(pdfSafe(options.boardName ? `${options.boardName} — ${name}` : name), M, M + 14);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(12);
  doc.setTextColor(GREY);
  doc.text(pdfSafe(`${t('export.report.title')} · ${options.date}`), M, M + 34);
  const scene = reportScene(board, options, t);
  const first = size();
  drawScene(doc, scene, fitPlacement(scene, { x: M, y: M + 50, width: first.width - 2 * M, height: first.height - M - 50 - M }));

  // Page 2: profile and what is on the board.
  newPage();
  let y = heading(doc, t('export.report.profile'), M + 14);
  const p = board.profile;
  const profileRows: RowInput[] = [
    [t('profile.name'), name],
    [t('profile.size'), t(`profile.sizes.${p.size}`)],
    [t('profile.market'), t(`profile.markets.${p.market}`)],
    [t('profile.culture'), t(`profile.cultures.${p.culture}`)],
  ];
  const counts = NODE_KINDS.map((kind) => [kind, shown.nodes.filter((n) => n.kind === kind).length] as const).filter(([, c]) => c > 0);
  const half = size().width / 2;
  autoTable(doc, {
    startY: y,
    margin: { left: M, right: half },
    theme: 'plain',
    body: clean(profileRows),
    styles: { fontSize: 11, textColor: INK, cellPadding: 4 },
    columnStyles: { 0: { fontStyle: 'bold', cellWidth: 110 } },
  });
  const profileBottom = lastY(doc);
  autoTable(doc, {
    startY: y,
    margin: { left: half + 10, right: M },
    theme: 'plain',
    head: [[t('export.report.counts'), '']],
    body: clean(counts.map(([kind, count]) => [t(`kinds.${kind}`), String(count)])),
    styles: { fontSize: 11, textColor: INK, cellPadding: 4 },
    headStyles: { fontStyle: 'bold' },
    didParseCell: (data) => {
      if (data.section === 'body' && data.column.index === 0) data.cell.styles.textColor = KIND_STYLES[counts[data.row.index][0]].accent;
    },
  });
  y = Math.max(profileBottom, lastY(doc)) + 30;

  // The RACI matrix: grouped header row (departments, teams, externals), then holders.
  const matrix = deriveRaci(shown);
  y = heading(doc, t('export.report.raci'), y);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(10);
  doc.setTextColor(GREY);
  doc.text(pdfSafe(t('export.report.raciIntro')), M, y + 4);
  y += 14;
  if (!matrix.rows.length) doc.text(pdfSafe(t('export.raci.noTasks')), M, y + 10);
  else drawRaciTables(doc, matrix, y, { left: M, width: size().width - 2 * M, bottom: M + 10, top: M, newPage }, t);

  // The organisation model, then the hints with their sources: what to discuss next.
  newPage();
  y = drawModelSection(doc, shown, t, M + 14, frame());
  y = heading(doc, t('export.report.hints'), y + 10);
  drawHintList(doc, options.hints, shown, t, y, frame());

  // The change plan last: what the design above becomes, for the board that holds scenarios.
  if (options.changePlan) drawChangePlan(doc, options.changePlan, layout, t, M, frame);

  // Footers last, when the page count is known.
  const pages = doc.getNumberOfPages();
  for (let number = 1; number <= pages; number++) {
    doc.setPage(number);
    const { width, height } = size();
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(9);
    doc.setTextColor(GREY);
    doc.text(pdfSafe(t('export.report.footer', { name, date: options.date })), M, height - 20);
    doc.text(pdfSafe(t('export.report.page', { page: number, pages })), width - M, height - 20, { align: 'right' });
  }
  return new Uint8Array(doc.output('arraybuffer'));
}
