/**
 * A worksheet's rows to an import table: the part of reading an XLSX that does not need
 * exceljs, shared by the command line's streaming reader (main/files/readXlsx.ts) and the
 * app's worker (renderer/import/xlsxWorker.ts), so both hand the pipeline the same table.
 *
 * The header is the first row with two or more values (exports often start with a title
 * row or two); each row keeps its number in the sheet, which is what the user will look for.
 */
import { IMPORT_LIMITS } from '../model/limits';
import { headerIndex } from './csv';
import { importProblem, type ImportResult, type ImportRow, type ImportTable } from './table';

/** Title rows an export may have above its header ("Export HR-systeem", a date). */
export const SHEET_TITLE_ROWS = 10;

/** Rows a reader keeps before it stops: the header, a few title rows above it, and maxRows people. */
export const SHEET_ROWS_READ = IMPORT_LIMITS.maxRows + SHEET_TITLE_ROWS + 1;

/** A non-empty row of the sheet: its number there and its cells' text. */
export interface SheetRow {
  line: number;
  values: string[];
}

/** A zip file starts with "PK\x03\x04"; anything else is not a workbook (an .xls, a CSV renamed). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Refusals before a workbook is unpacked: too large, or not a zip at all. */
export function checkWorkbookBytes(bytes: Uint8Array): ImportResult<null> {
  if (bytes.length > IMPORT_LIMITS.maxBytes) return { ok: false, problems: [importProblem('tooLarge', { size: bytes.length, limit: IMPORT_LIMITS.maxBytes })] };
  if (!isZip(bytes)) return { ok: false, problems: [importProblem('notSpreadsheet', { detail: 'no zip' })] };
  return { ok: true, value: null };
}

/**
 * The rows read (non-empty ones, at most SHEET_ROWS_READ) to a table; `stopped` says the
 * reader stopped before the sheet's end, so how many more there are is not known.
 */
export function sheetTable(raw: readonly SheetRow[], stopped: boolean): ImportResult<ImportTable> {
  const at = headerIndex(raw.map((r) => r.values));
  if (at < 0 || at === raw.length - 1) return { ok: false, problems: [importProblem('empty')] };
  const headers = raw[at].values.map((v) => v ?? '');
  const headerLine = raw[at].line;
  const rows: ImportRow[] = raw.slice(at + 1).map((r) => ({ line: r.line, cells: headers.map((_, i) => r.values[i] ?? '') }));
  if (stopped || rows.length > IMPORT_LIMITS.maxRows) return { ok: false, problems: [importProblem('tooManyRowsStopped', { limit: IMPORT_LIMITS.maxRows })] };
  return { ok: true, value: { source: 'xlsx', headers, rows, headerLine } };
}
