/**
 * An XLSX workbook to an import table (shared/orgImport), through exceljs. Here in main/,
 * not in shared/, because exceljs pulls in Node's streams and zip modules; the command line
 * runs it directly, and the app will run it in a worker (issue 24's import dialog), handing
 * the table to the same pure pipeline.
 *
 * The first worksheet is read with exceljs's streaming reader, row by row, and reading
 * stops once the rows pass IMPORT_LIMITS.maxRows: the byte limit bounds the zipped file,
 * not what it unpacks to, so a workbook is never loaded whole. The header is the first row
 * with a value (exports often start with a title row or two); each row keeps its number in
 * the sheet, which is what the user will look for.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { IMPORT_LIMITS } from '../../shared/model/limits';
import { headerIndex } from '../../shared/orgImport/csv';
import { importProblem, type ImportResult, type ImportRow, type ImportTable } from '../../shared/orgImport/table';

/** Title rows an export may have above its header ("Export HR-systeem", a date). */
const TITLE_ROWS = 10;

/** A zip file starts with "PK\x03\x04"; anything else is not a workbook (an .xls, a CSV renamed). */
function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const text = (value: string | undefined) => (value ?? '').trim();

export async function readXlsx(bytes: Buffer): Promise<ImportResult<ImportTable>> {
  if (bytes.length > IMPORT_LIMITS.maxBytes) return { ok: false, problems: [importProblem('tooLarge', { size: bytes.length, limit: IMPORT_LIMITS.maxBytes })] };
  if (!isZip(bytes)) return { ok: false, problems: [importProblem('notSpreadsheet', { detail: 'no zip' })] };
  const raw: { line: number; values: string[] }[] = [];
  let tooMany = false;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
      worksheets: 'emit',
      entries: 'emit',
    });
    sheets: for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, column) => {
          values[column - 1] = text(cell.text);
        });
        if (values.every((v) => !v)) continue;
        // The header and a few title rows above it, then at most maxRows people.
        if (raw.length > IMPORT_LIMITS.maxRows + TITLE_ROWS) {
          tooMany = true;
          break sheets;
        }
        raw.push({ line: row.number, values: Array.from(values, (v) => v ?? '') });
      }
      // Only the first worksheet: an HR export puts its people on one sheet.
      break;
    }
  } catch (error) {
    return { ok: false, problems: [importProblem('notSpreadsheet', { detail: error instanceof Error ? error.message.slice(0, 120) : String(error) })] };
  }
  const at = headerIndex(raw.map((r) => r.values));
  if (at < 0 || at === raw.length - 1) return { ok: false, problems: [importProblem('empty')] };
  const headers = raw[at].values;
  const headerLine = raw[at].line;
  const rows: ImportRow[] = raw.slice(at + 1).map((r) => ({ line: r.line, cells: headers.map((_, i) => r.values[i] ?? '') }));
  if (tooMany || rows.length > IMPORT_LIMITS.maxRows) {
    // Reading stopped there, so how many more there are is not known (nor worth unpacking).
    return { ok: false, problems: [importProblem('tooManyRowsStopped', { limit: IMPORT_LIMITS.maxRows })] };
  }
  return { ok: true, value: { source: 'xlsx', headers, rows, headerLine } };
}
