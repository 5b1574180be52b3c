/**
 * The report's RACI matrix: tasks down, holders across under their department, team or
 * external-party group. One table where the holders fit across the page; where they do
 * not, the groups are split over tables that each repeat the task column, every table on a
 * page of its own, and every table repeats its two header rows on each page it runs onto.
 * A "Problem" column is there only when some task has one (a missing or doubled A).
 */
import type { jsPDF } from 'jspdf';
import { autoTable, type CellDef, type RowInput } from 'jspdf-autotable';
import type { TFunction } from 'i18next';
import { RACI_LETTERS } from '../model/vocabulary';
import type { RaciColumn, RaciGroup, RaciMatrix } from '../raci/matrix';
import { INK, RACI_COLOURS } from '../theme/theme';
import { SEVERITY_COLOURS } from './buildScene';
import { textWidth } from './metrics';
import { pdfSafe } from './pdfText';

export interface TablePage {
  left: number;
  /** The width tables may take. */
  width: number;
  /** Margin kept free at the bottom of each page (the footer is there). */
  bottom: number;
  /** Starts a fresh table page. */
  newPage: () => void;
  /** Where content starts on a fresh page. */
  top: number;
}

const TASK_COL = 130;
const PROBLEM_COL = 120;
/** A holder's column: wide enough for its header's longest word, so the header wraps between words. */
const MIN_COL = 34;
const MAX_COL = 78;
/**
 * Past this many holders a matrix runs over more pages than anyone reads and takes seconds
 * to lay out (tasks × holders cells); the report then lists, per task, who holds which letter.
 */
export const MAX_MATRIX_COLUMNS = 40;

const HEAD = { fillColor: '#17406b', textColor: '#ffffff', fontStyle: 'bold' } as const;
const CELLS = { fontSize: 8, cellPadding: 3, textColor: INK, lineColor: '#c9ced6', lineWidth: 0.5 } as const;

/** Table cells go through the same WinAnsi filter as every other PDF string. */
export function clean(rows: RowInput[]): RowInput[] {
  return rows.map((row) =>
    (row as (string | CellDef)[]).map((cell) =>
      typeof cell === 'string' ? pdfSafe(cell) : { ...cell, content: typeof cell.content === 'string' ? pdfSafe(cell.content) : cell.content },
    ),
  );
}

export function lastY(doc: jsPDF): number {
  // jspdf-autotable records where the last table ended on the document object.
  return (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY;
}

function groupLabel(group: RaciGroup, t: TFunction): string {
  return group.kind === 'department' ? group.label ?? '' : t(`export.raci.groups.${group.kind}`);
}

function holderLabel(column: RaciColumn, t: TFunction): string {
  return column.kind === 'department' ? t('export.raci.ownDepartment') : column.label;
}

/** The width of `text`'s longest word in the header's type, with the cell's padding. */
function wordWidth(text: string): number {
  const words = pdfSafe(text).split(' ');
  return Math.ceil(Math.max(...words.map((word) => textWidth(word, { size: 8, bold: true })))) + 8;
}

/**
 * Each holder's column width: its header's longest word, within MIN_COL..MAX_COL, and a
 * group's columns together as wide as the group label's longest word (a department of one
 * role with a long name broke its name mid-word).
 */
function columnWidths(groups: readonly RaciGroup[], t: TFunction): Map<string, number> {
  const widths = new Map<string, number>();
  for (const group of groups) {
    const own = group.columns.map((column) => Math.min(MAX_COL, Math.max(MIN_COL, wordWidth(holderLabel(column, t)))));
    const short = Math.max(0, wordWidth(groupLabel(group, t)) - own.reduce((sum, w) => sum + w, 0));
    group.columns.forEach((column, i) => widths.set(column.id, own[i]! + short / group.columns.length));
  }
  return widths;
}

/** Groups of columns that fit across `width`; a group wider than that is split, its label repeated. */
export function chunkGroups(groups: readonly RaciGroup[], width: number, widthOf: (column: RaciColumn) => number): RaciGroup[][] {
  const chunks: RaciGroup[][] = [[]];
  let used = 0;
  for (const group of groups) {
    for (const column of group.columns) {
      const w = widthOf(column);
      if (used + w > width && used > 0) {
        chunks.push([]);
        used = 0;
      }
      const chunk = chunks[chunks.length - 1]!;
      const last = chunk[chunk.length - 1];
      if (last && last.kind === group.kind && last.departmentId === group.departmentId && last.label === group.label) last.columns.push(column);
      else chunk.push({ ...group, columns: [column] });
      used += w;
    }
  }
  return chunks;
}

const columnCount = (matrix: RaciMatrix) => matrix.groups.reduce((sum, g) => sum + g.columns.length, 0);

/** Draws the matrix from `y` on and returns where the next content may start. */
export function drawRaciTables(doc: jsPDF, matrix: RaciMatrix, y: number, page: TablePage, t: TFunction): number {
  const problems = matrix.rows.some((row) => row.flags.length > 0);
  const flagText = (flags: readonly string[]) => flags.map((f) => t(`export.raci.flags.${f}`)).join('; ');
  const flagged = (index: number, data: { section: string; cell: { styles: { textColor: unknown; fillColor: unknown } } }) => {
    const row = matrix.rows[index]!;
    if (data.section !== 'body' || !row.flags.length) return;
    // Missing or duplicate A: the row says so in red, as the RACI view highlights it.
    data.cell.styles.textColor = SEVERITY_COLOURS[row.flags.includes('task-unowned') ? 'error' : 'warning'];
    data.cell.styles.fillColor = '#fdecee';
  };
  const lead = problems ? 2 : 1;
  const margin = { left: page.left, right: doc.internal.pageSize.getWidth() - page.left - page.width, bottom: page.bottom, top: page.top };

  if (columnCount(matrix) > MAX_MATRIX_COLUMNS) {
    // The RACI of a big board as a list: one row per task, the holders per letter.
    const names = new Map(matrix.groups.flatMap((g) => g.columns.map((c) => [c.id, c.kind === 'department' ? c.label : g.kind === 'department' ? `${c.label} (${g.label})` : c.label] as const)));
    autoTable(doc, {
      startY: y,
      margin,
      theme: 'grid',
      showHead: 'everyPage',
      head: clean([[t('export.raci.task'), ...(problems ? [t('export.raci.problem')] : []), ...RACI_LETTERS.map((l) => `${l} · ${t(`raci.${l}`)}`)]]),
      body: clean(
        matrix.rows.map((row) => [
          row.label,
          ...(problems ? [flagText(row.flags)] : []),
          ...RACI_LETTERS.map((letter) =>
            Object.entries(row.cells)
              .filter(([, letters]) => letters.includes(letter))
              .map(([id]) => names.get(id) ?? id)
              .join(', '),
          ),
        ]),
      ),
      styles: { ...CELLS, valign: 'top' },
      headStyles: HEAD,
      columnStyles: { 0: { cellWidth: TASK_COL, fontStyle: 'bold' }, ...(problems ? { 1: { cellWidth: PROBLEM_COL } } : {}), [lead + 1]: { textColor: RACI_COLOURS.A, fontStyle: 'bold' } },
      didParseCell: (data) => data.column.index < lead && flagged(data.row.index, data),
    });
    return lastY(doc);
  }

  const widths = columnWidths(matrix.groups, t);
  const widthOf = (column: RaciColumn) => widths.get(column.id)!;
  const chunks = chunkGroups(matrix.groups, page.width - TASK_COL - (problems ? PROBLEM_COL : 0), widthOf);
  chunks.forEach((groups, index) => {
    // A second table starts on a page of its own, its header and first rows together.
    if (index > 0) page.newPage();
    const columns = groups.flatMap((g) => g.columns);
    const groupRow: CellDef[] = [{ content: '', colSpan: lead }];
    for (const group of groups) groupRow.push({ content: groupLabel(group, t), colSpan: group.columns.length, styles: { halign: 'center' } });
    const holderRow = [t('export.raci.task'), ...(problems ? [t('export.raci.problem')] : []), ...columns.map((c) => holderLabel(c, t))];
    const holderStyles = Object.fromEntries(columns.map((c, i) => [i + lead, { cellWidth: widthOf(c) }]));
    const tableWidth = TASK_COL + (problems ? PROBLEM_COL : 0) + columns.reduce((sum, c) => sum + widthOf(c), 0);
    autoTable(doc, {
      startY: index === 0 ? y : page.top,
      margin,
      theme: 'grid',
      showHead: 'everyPage',
      rowPageBreak: 'avoid',
      head: clean([groupRow, holderRow]),
      body: clean(matrix.rows.map((row) => [row.label, ...(problems ? [flagText(row.flags)] : []), ...columns.map((c) => (row.cells[c.id] ?? []).join('/'))])),
      styles: { ...CELLS, halign: 'center', valign: 'middle' },
      headStyles: HEAD,
      columnStyles: { ...holderStyles, 0: { halign: 'left', cellWidth: TASK_COL, fontStyle: 'bold' }, ...(problems ? { 1: { halign: 'left', cellWidth: PROBLEM_COL } } : {}) },
      tableWidth,
      didParseCell: (data) => {
        if (data.section !== 'body') return;
        if (data.column.index >= lead && String(data.cell.raw ?? '').includes('A')) {
          data.cell.styles.textColor = RACI_COLOURS.A;
          data.cell.styles.fontStyle = 'bold';
        }
        if (data.column.index < lead) flagged(data.row.index, data);
      },
    });
  });
  return lastY(doc);
}
