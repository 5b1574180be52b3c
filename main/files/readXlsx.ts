/**
 * An XLSX workbook to an import table (shared/orgImport), through exceljs. Here in main/,
 * not in shared/, because exceljs pulls in Node's streams and zip modules; the command line
 * runs it directly; the app reads workbooks in a worker of its own
 * (renderer/import/xlsxWorker.ts). Both hand the table to the same pure pipeline.
 *
 * The first worksheet is read with exceljs's streaming reader, row by row, and reading
 * stops once the rows pass IMPORT_LIMITS.maxRows: the byte limit bounds the zipped file,
 * not what it unpacks to, so a workbook is never loaded whole. The rows become a table as
 * in the app's worker (shared/orgImport/sheet.ts: header row, title rows, row numbers).
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { checkWorkbookBytes, SHEET_ROWS_READ, sheetTable, type SheetRow } from '../../shared/orgImport/sheet';
import { importProblem, type ImportResult, type ImportTable } from '../../shared/orgImport/table';

const text = (value: string | undefined) => (value ?? '').trim();

export async function readXlsx(bytes: Buffer): Promise<ImportResult<ImportTable>> {
  const checked = checkWorkbookBytes(bytes);
  if (!checked.ok) return checked;
  const raw: SheetRow[] = [];
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
        if (raw.length >= SHEET_ROWS_READ) {
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
  return sheetTable(raw, tooMany);
}
