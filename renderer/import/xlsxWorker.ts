/**
 * Reads an XLSX workbook off the page's thread (issue 24: "exceljs for XLSX, in a worker"),
 * with exceljs's browser build: `workbook.xlsx.load` unpacks the zip in memory, so a
 * workbook of the maximum size never stalls drawing or input. Only this worker's chunk
 * carries exceljs (~850 KB); the page loads it when a workbook is picked.
 *
 * The bare build, without the polyfills of the full one: it evaluates no code from strings,
 * so the app's CSP (no 'unsafe-eval') holds here too. The rows become a table as on the
 * command line (shared/orgImport/sheet.ts).
 */
import ExcelJS from 'exceljs/dist/exceljs.bare.min.js';
import { checkWorkbookBytes, SHEET_ROWS_READ, sheetTable, type SheetRow } from '../../shared/orgImport/sheet';
import { importProblem, type ImportResult, type ImportTable } from '../../shared/orgImport/table';

// The worker's global scope, typed here: the renderer's TypeScript has the DOM library, not
// the WebWorker one (as in storage/saveWorker.ts).
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ArrayBuffer>) => void) | null;
  postMessage(reply: ImportResult<ImportTable>): void;
};

async function read(buffer: ArrayBuffer): Promise<ImportResult<ImportTable>> {
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

scope.onmessage = ({ data }) => {
  void read(data).then((reply) => scope.postMessage(reply));
};
