/**
 * The report PDF a consultant hands to a client: the diagram, the organisation profile,
 * the RACI matrix and the hints with their sources, in Dutch or English. Vector throughout
 * (jsPDF drawing + jspdf-autotable for the tables), A4 landscape because a diagram is wide.
 */
import { jsPDF } from 'jspdf';
import { autoTable, type CellDef, type RowInput } from 'jspdf-autotable';
import type { TFunction } from 'i18next';
import type { Board } from '../model/board';
import { NODE_KINDS, RACI_LETTERS } from '../model/vocabulary';
import { deriveRaci, type RaciColumn, type RaciGroup, type RaciMatrix } from '../raci/matrix';
import { INK, KIND_STYLES, RACI_COLOURS } from '../theme/theme';
import { buildScene, SEVERITY_COLOURS } from './buildScene';
import type { DiagramOptions, ExportHint } from './options';
import { drawScene, fitPlacement } from './pdf';
import { textWidth } from './metrics';
import { pdfSafe } from './pdfText';
import { drawModelSection } from './reportModel';

export interface ReportOptions {
  /** ISO date printed on the cover and in the footer; passed in so output is reproducible. */
  date: string;
  hints: readonly ExportHint[];
  boardName?: string;
  /** The lines' routes, as in DiagramOptions. */
  routes?: DiagramOptions['routes'];
}

const PAGE = { width: 841.89, height: 595.28 };
const M = 40;
const HEADING = 18;

function heading(doc: jsPDF, text: string, y: number): number {
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(HEADING);
  doc.setTextColor(INK);
  doc.text(pdfSafe(text), M, y);
  return y + 14;
}

export function exportReportPdf(board: Board, options: ReportOptions, t: TFunction): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: 'a4', orientation: 'landscape', compress: true });
  const name = board.profile.name || t('export.untitled');
  doc.setProperties({ title: pdfSafe(`${t('export.report.title')} — ${name}`), creator: 'OrgCanvas', subject: pdfSafe(t('export.report.subtitle')) });

  // Page 1: the diagram with its legend and hint markers, under a short cover heading.
  doc.setFont('helvetica', 'bold');
  doc.setFontSize(24);
  doc.setTextColor(INK);
  doc.text(pdfSafe(options.boardName ? `${options.boardName} — ${name}` : name), M, M + 14);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(12);
  doc.setTextColor('#4a4f57');
  doc.text(pdfSafe(`${t('export.report.title')} · ${options.date}`), M, M + 34);
  const scene = buildScene(board, { background: 'white', titleBlock: false, legend: true, hints: options.hints, routes: options.routes }, t);
  const box = { x: M, y: M + 50, width: PAGE.width - 2 * M, height: PAGE.height - M - 50 - M };
  drawScene(doc, scene, fitPlacement(scene, box));

  // Page 2: profile and what is on the board.
  doc.addPage();
  let y = heading(doc, t('export.report.profile'), M + 14);
  const p = board.profile;
  const profileRows: RowInput[] = [
    [t('profile.name'), name],
    [t('profile.size'), t(`profile.sizes.${p.size}`)],
    [t('profile.market'), t(`profile.markets.${p.market}`)],
    [t('profile.culture'), t(`profile.cultures.${p.culture}`)],
  ];
  const counts = NODE_KINDS.map((kind) => [kind, board.nodes.filter((n) => n.kind === kind).length] as const).filter(([, c]) => c > 0);
  autoTable(doc, {
    startY: y,
    margin: { left: M, right: PAGE.width / 2 },
    theme: 'plain',
    body: clean(profileRows),
    styles: { fontSize: 11, textColor: INK, cellPadding: 4 },
    columnStyles: { 0: { fontStyle: 'bold', cellWidth: 110 } },
  });
  const profileBottom = lastY(doc);
  autoTable(doc, {
    startY: y,
    margin: { left: PAGE.width / 2 + 10, right: M },
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
  const matrix = deriveRaci(board);
  y = heading(doc, t('export.report.raci'), y);
  doc.setFont('helvetica', 'normal');
  doc.setFontSize(10);
  doc.setTextColor('#4a4f57');
  doc.text(pdfSafe(t('export.report.raciIntro')), M, y + 4);
  y += 14;
  if (!matrix.rows.length) {
    doc.text(pdfSafe(t('export.raci.noTasks')), M, y + 10);
  } else if (raciColumnCount(matrix) > MAX_MATRIX_COLUMNS) {
    raciList(doc, matrix, y, t);
  } else {
    // A wide board's matrix continues on the next page, groups kept whole and the task
    // column repeated. (Own chunking: autotable's horizontal page break loses columns
    // under a header row with column spans.)
    const chunks = chunkGroups(matrix.groups, PAGE.width - 2 * M - TASK_COL - PROBLEM_COL, t);
    chunks.forEach((groups, index) => {
      const columns = groups.flatMap((g) => g.columns);
      // The problem column sits beside the task, on every page, so a missing A is seen first.
      const groupRow: CellDef[] = [{ content: '' }, { content: '' }];
      for (const group of groups) {
        groupRow.push({ content: groupLabel(group, t), colSpan: group.columns.length, styles: { halign: 'center' } });
      }
      const holderRow = [t('export.raci.task'), t('export.raci.problem'), ...columns.map((c) => holderLabel(c, t))];
      autoTable(doc, {
        startY: index === 0 ? y : lastY(doc) + 24,
        margin: { left: M, right: M, bottom: M + 10 },
        theme: 'grid',
        head: clean([groupRow, holderRow]),
        body: clean(
          matrix.rows.map((row) => [
            row.label,
            row.flags.map((f) => t(`export.raci.flags.${f}`)).join('; '),
            ...columns.map((c) => (row.cells[c.id] ?? []).join('/')),
          ]),
        ),
        styles: { fontSize: 8, cellPadding: 3, textColor: INK, lineColor: '#c9ced6', lineWidth: 0.5, halign: 'center', valign: 'middle' },
        headStyles: { fillColor: '#17406b', textColor: '#ffffff', fontStyle: 'bold' },
        columnStyles: { 0: { halign: 'left', cellWidth: TASK_COL, fontStyle: 'bold' }, 1: { halign: 'left', cellWidth: PROBLEM_COL } },
        tableWidth: 'wrap',
        didParseCell: (data) => {
          if (data.section !== 'body') return;
          const row = matrix.rows[data.row.index];
          if (data.column.index > 1 && String(data.cell.raw ?? '').includes('A')) {
            data.cell.styles.textColor = RACI_COLOURS.A;
            data.cell.styles.fontStyle = 'bold';
          }
          // Missing or duplicate A: the row says so in red, as the RACI view highlights it.
          if (row.flags.length && data.column.index <= 1) {
            data.cell.styles.textColor = SEVERITY_COLOURS[row.flags.includes('task-unowned') ? 'error' : 'warning'];
            data.cell.styles.fillColor = '#fdecee';
          }
        },
      });
    });
  }

  // The organisation model, then the hints with their sources: what to discuss next.
  doc.addPage();
  y = drawModelSection(doc, board, t, M + 14, { left: M, width: PAGE.width - 2 * M, bottom: PAGE.height - M - 10 });
  y = heading(doc, t('export.report.hints'), y);
  if (!options.hints.length) {
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(11);
    doc.text(pdfSafe(t('export.hints.none')), M, y + 10);
  } else {
    const labelOf = new Map(board.nodes.map((n) => [n.id, n.label]));
    autoTable(doc, {
      startY: y,
      margin: { left: M, right: M, bottom: M + 10 },
      theme: 'striped',
      body: clean(
        options.hints.map((hint) => {
          const concerns = hint.nodes.map((id) => labelOf.get(id)).filter(Boolean).join(', ');
          const detail = [hint.message, concerns ? t('export.hints.nodes', { nodes: concerns }) : '', hint.source ? t('export.hints.source', { source: hint.source }) : '']
            .filter(Boolean)
            .join('\n');
          return [t(`export.hints.severity.${hint.severity}`), detail, hint.ruleId ?? ''];
        }),
      ),
      styles: { fontSize: 10, textColor: INK, cellPadding: 5 },
      columnStyles: { 0: { fontStyle: 'bold', cellWidth: 80 }, 2: { cellWidth: 150, textColor: '#4a4f57', fontSize: 8 } },
      didParseCell: (data) => {
        if (data.section === 'body' && data.column.index === 0) data.cell.styles.textColor = SEVERITY_COLOURS[options.hints[data.row.index].severity];
      },
    });
  }

  // Footers last, when the page count is known.
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(9);
    doc.setTextColor('#4a4f57');
    doc.text(pdfSafe(t('export.report.footer', { name, date: options.date })), M, PAGE.height - 20);
    doc.text(pdfSafe(t('export.report.page', { page, pages })), PAGE.width - M, PAGE.height - 20, { align: 'right' });
  }
  return new Uint8Array(doc.output('arraybuffer'));
}

/** Table cells go through the same WinAnsi filter as every other PDF string. */
function clean(rows: RowInput[]): RowInput[] {
  return rows.map((row) =>
    (row as (string | CellDef)[]).map((cell) =>
      typeof cell === 'string' ? pdfSafe(cell) : { ...cell, content: typeof cell.content === 'string' ? pdfSafe(cell.content) : cell.content },
    ),
  );
}

function lastY(doc: jsPDF): number {
  // jspdf-autotable records where the last table ended on the document object.
  return (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY;
}

const TASK_COL = 130;
/**
 * Past this many holders a matrix runs over more pages than anyone reads and takes seconds
 * to lay out (tasks × holders cells); the report then lists, per task, who holds which letter.
 */
export const MAX_MATRIX_COLUMNS = 40;

function raciColumnCount(matrix: RaciMatrix): number {
  return matrix.groups.reduce((sum, g) => sum + g.columns.length, 0);
}

/** The RACI of a big board as a list: one row per task, the holders per letter. */
function raciList(doc: jsPDF, matrix: RaciMatrix, y: number, t: TFunction): void {
  const names = new Map(matrix.groups.flatMap((g) => g.columns.map((c) => [c.id, c.kind === 'department' ? c.label : g.kind === 'department' ? `${c.label} (${g.label})` : c.label] as const)));
  autoTable(doc, {
    startY: y,
    margin: { left: M, right: M, bottom: M + 10 },
    theme: 'grid',
    head: clean([[t('export.raci.task'), t('export.raci.problem'), ...RACI_LETTERS.map((l) => `${l} · ${t(`raci.${l}`)}`)]]),
    body: clean(
      matrix.rows.map((row) => [
        row.label,
        row.flags.map((f) => t(`export.raci.flags.${f}`)).join('; '),
        ...RACI_LETTERS.map((letter) =>
          Object.entries(row.cells)
            .filter(([, letters]) => letters.includes(letter))
            .map(([id]) => names.get(id) ?? id)
            .join(', '),
        ),
      ]),
    ),
    styles: { fontSize: 8, cellPadding: 3, textColor: INK, lineColor: '#c9ced6', lineWidth: 0.5, valign: 'top' },
    headStyles: { fillColor: '#17406b', textColor: '#ffffff', fontStyle: 'bold' },
    columnStyles: { 0: { cellWidth: TASK_COL, fontStyle: 'bold' }, 1: { cellWidth: PROBLEM_COL }, 3: { textColor: RACI_COLOURS.A, fontStyle: 'bold' } },
    didParseCell: (data) => {
      if (data.section === 'body' && data.column.index <= 1 && matrix.rows[data.row.index].flags.length) {
        data.cell.styles.textColor = SEVERITY_COLOURS[matrix.rows[data.row.index].flags.includes('task-unowned') ? 'error' : 'warning'];
        data.cell.styles.fillColor = '#fdecee';
      }
    },
  });
}
const PROBLEM_COL = 120;

function groupLabel(group: RaciGroup, t: TFunction): string {
  return group.kind === 'department' ? group.label ?? '' : t(`export.raci.groups.${group.kind}`);
}

function holderLabel(column: RaciColumn, t: TFunction): string {
  return column.kind === 'department' ? t('export.raci.ownDepartment') : column.label;
}

/** Groups of columns that fit across one page, estimated from the header text widths. */
function chunkGroups(groups: readonly RaciGroup[], width: number, t: TFunction): RaciGroup[][] {
  const colWidth = (c: RaciColumn) => Math.min(110, Math.max(28, textWidth(pdfSafe(holderLabel(c, t)), { size: 8, bold: true }) + 8));
  const chunks: RaciGroup[][] = [[]];
  let used = 0;
  for (const group of groups) {
    let groupWidth = group.columns.reduce((sum, c) => sum + colWidth(c), 0);
    if (used + groupWidth > width && chunks[chunks.length - 1].length) {
      chunks.push([]);
      used = 0;
    }
    if (groupWidth > width) {
      // One department wider than a page: split its roles over pages, same group label.
      let part: RaciColumn[] = [];
      let partWidth = 0;
      for (const column of group.columns) {
        if (partWidth + colWidth(column) > width && part.length) {
          chunks[chunks.length - 1].push({ ...group, columns: part });
          chunks.push([]);
          part = [];
          partWidth = 0;
        }
        part.push(column);
        partWidth += colWidth(column);
      }
      chunks[chunks.length - 1].push({ ...group, columns: part });
      groupWidth = partWidth;
    } else {
      chunks[chunks.length - 1].push(group);
    }
    used += groupWidth;
  }
  return chunks;
}
