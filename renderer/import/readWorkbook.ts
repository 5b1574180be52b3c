/**
 * An XLSX workbook to an import table with exceljs's browser build, for the worker
 * (xlsxWorker.ts). The bare build, without the polyfills of the full one: it evaluates no
 * code from strings, so the app's CSP (no 'unsafe-eval') holds in the worker too. The
 * first worksheet's rows become a table as on the command line (shared/orgImport/sheet.ts):
 * the same header, title rows and row numbers as main/files/readXlsx.ts gives.
 */
import ExcelJS from 'exceljs/dist/exceljs.bare.min.js';
import { checkWorkbookBytes, SHEET_ROWS_READ, sheetTable, type SheetRow } from '../../shared/orgImport/sheet';
import { importProblem, type ImportResult, type ImportTable } from '../../shared/orgImport/table';

export async function readWorkbook(buffer: ArrayBuffer): Promise<ImportResult<ImportTable>> {
  const checked = checkWorkbookBytes(new Uint8Array(buffer));
  if (!checked.ok) return checked;
  const raw: SheetRow[] = [];
  let stopped = false;
  try {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer);
    // Only the first worksheet: an HR export puts its people on one sheet.
    const sheet = book.worksheets[0];
    sheet?.eachRow({ includeEmpty: false }, (row, number) => {
      if (stopped) return;
      const values: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        values[column - 1] = (cell.text ?? '').trim();
      });
      const cells = Array.from(values, (v) => v ?? '');
      if (cells.every((v) => !v)) return;
      if (raw.length >= SHEET_ROWS_READ) stopped = true;
      else raw.push({ line: number, values: cells });
    });
  } catch (error) {
    return { ok: false, problems: [importProblem('notSpreadsheet', { detail: error instanceof Error ? error.message.slice(0, 120) : String(error) })] };
  }
  return sheetTable(raw, stopped);
}

