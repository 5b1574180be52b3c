/**
 * A picked file to an import table: a CSV (or draw.io CSV) is read on the page by the pure
 * reader (papaparse, fast enough for the largest file allowed), a workbook in a worker
 * (xlsxWorker.ts). A file over the size limit is refused from its size, before a byte of it
 * is read.
 */
import { IMPORT_LIMITS } from '../../shared/model/limits';
import { readCsv, type CsvOptions } from '../../shared/orgImport/csv';
import { isZip } from '../../shared/orgImport/sheet';
import { importProblem, type ImportProblem, type ImportResult, type ImportTable } from '../../shared/orgImport/table';

/** The file as the dialog keeps it: read once, re-parsed as the delimiter or encoding changes. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export type FileKind = 'csv' | 'xlsx';

/** A workbook by its content (a zip), whatever its name says; everything else is text. */
export function fileKind(bytes: Uint8Array): FileKind {
  return isZip(bytes) ? 'xlsx' : 'csv';
}

/** The size refusal, from the File alone: `undefined` when the file may be read. */
export function sizeProblem(size: number): { ok: false; problems: ImportProblem[] } | undefined {
  if (size <= IMPORT_LIMITS.maxBytes) return undefined;
  return { ok: false, problems: [importProblem('tooLarge', { size, limit: IMPORT_LIMITS.maxBytes })] };
}

/** Longer than any workbook of the allowed size takes here (about a second): a stuck worker. */
const WORKER_PATIENCE_MS = 60_000;

export function readXlsxInWorker(bytes: Uint8Array): Promise<ImportResult<ImportTable>> {
  return new Promise((resolve) => {
    let worker: Worker;
    const fail = (detail: string) => resolve({ ok: false, problems: [importProblem('notSpreadsheet', { detail })] });
    try {
      worker = new Worker(new URL('./xlsxWorker.ts', import.meta.url), { type: 'module', name: 'orgcanvas-xlsx' });
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
      return;
    }
    const timer = setTimeout(() => finish(() => fail('timeout')), WORKER_PATIENCE_MS);
    const finish = (then: () => void) => {
      clearTimeout(timer);
      worker.terminate();
      then();
    };
    worker.onmessage = (event: MessageEvent<ImportResult<ImportTable>>) => finish(() => resolve(event.data));
    worker.onerror = (event) => finish(() => fail(event.message || 'worker'));
    // A copy goes over: the dialog keeps its bytes for reading again.
    const copy = bytes.slice().buffer;
    worker.postMessage(copy, [copy]);
  });
}

export function readPicked(file: PickedFile, options: CsvOptions): Promise<ImportResult<ImportTable>> {
  return fileKind(file.bytes) === 'xlsx' ? readXlsxInWorker(file.bytes) : Promise.resolve(readCsv(file.bytes, options));
}
