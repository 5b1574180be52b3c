/**
 * Reads an XLSX workbook off the page's thread (issue 24: "exceljs for XLSX, in a worker"):
 * `workbook.xlsx.load` unpacks the zip in memory, so a workbook of the maximum size never
 * stalls drawing or input. Only this worker's chunk carries exceljs (~850 KB); the page
 * loads it when a workbook is picked. The reading itself is readWorkbook.ts.
 */
import { readWorkbook } from './readWorkbook';
import type { ImportResult, ImportTable } from '../../shared/orgImport/table';

// The worker's global scope, typed here: the renderer's TypeScript has the DOM library, not
// the WebWorker one (as in storage/saveWorker.ts).
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ArrayBuffer>) => void) | null;
  postMessage(reply: ImportResult<ImportTable>): void;
};

scope.onmessage = ({ data }) => {
  void readWorkbook(data).then((reply) => scope.postMessage(reply));
};
