/**
 * The org-chart import (issue 24, point 4: "a 3,000-row HR export must import in under 5 s"),
 * in Node (the import is a pure kernel of shared/orgImport; the XLSX reader is main/'s).
 * Timed: the bytes of a 3,000-person export (tests/fixtures/import/files.ts `hrExport`, as
 * CSV and as XLSX) to a checked, laid-out board: read + guess + check + build + the board
 * parser's own check. The first run is what a user waits for (one import, a cold start of
 * this code); the median of 5 after it is given beside it. Then the board it makes: the
 * board parser and a full rule pass on it. Run alone: `npx tsx tests/bench/measures/import.ts`.
 */
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../../main/files/readXlsx';
import type { Board } from '../../../shared/model/board';
import { parseBoardValue } from '../../../shared/model/parse';
import { importTable, readCsv, type ImportResult, type ImportTable } from '../../../shared/orgImport';
import { evaluateBoard } from '../../../shared/rules/engine';
import { hrExport, hrRows } from '../../fixtures/import/files';
import { median } from '../stats';

export const IMPORT_ROWS = 3000;

export interface ImportFigures {
  rows: number;
  csvFirstMs: number;
  csvMedianMs: number;
  xlsxFirstMs: number;
  xlsxMedianMs: number;
  parseBoardMs: number;
  rulesMs: number;
  roles: number;
  edges: number;
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await work();
  return { ms: performance.now() - t0, value };
}

function board(table: ImportResult<ImportTable>): Board {
  if (!table.ok) throw new Error(JSON.stringify(table.problems.slice(0, 3)));
  const result = importTable(table.value, { name: 'Bench BV', noDepartment: 'Zonder afdeling' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.value.board;
}

async function xlsxOf(rows: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Medewerkers');
  for (const row of hrRows(rows)) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function measureImport(rows = IMPORT_ROWS): Promise<ImportFigures> {
  const csv = hrExport(rows);
  const csvBytes = new TextEncoder().encode(csv);
  const xlsxBytes = await xlsxOf(rows);
  const runs = async (work: () => Promise<Board> | Board) => {
    const first = await timed(work);
    const rest: number[] = [];
    for (let i = 0; i < 5; i++) rest.push((await timed(work)).ms);
    return { first: first.ms, median: median(rest), board: first.value };
  };
  const fromCsv = await runs(() => board(readCsv(csvBytes)));
  const fromXlsx = await runs(async () => board(await readXlsx(xlsxBytes)));
  const made = fromCsv.board;
  const parse = await timed(() => parseBoardValue(JSON.parse(JSON.stringify(made))));
  if (!parse.value.ok) throw new Error('the imported board does not parse');
  const rules = await timed(() => evaluateBoard(made));
  return {
    rows,
    csvFirstMs: fromCsv.first,
    csvMedianMs: fromCsv.median,
    xlsxFirstMs: fromXlsx.first,
    xlsxMedianMs: fromXlsx.median,
    parseBoardMs: parse.ms,
    rulesMs: rules.ms,
    roles: made.nodes.filter((n) => n.kind === 'role').length,
    edges: made.edges.length,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const f = await measureImport();
  console.log(
    `import of ${f.rows} rows (${f.roles} roles, ${f.edges} reporting lines): CSV first ${f.csvFirstMs.toFixed(0)} ms, median ${f.csvMedianMs.toFixed(0)} ms; ` +
      `XLSX first ${f.xlsxFirstMs.toFixed(0)} ms, median ${f.xlsxMedianMs.toFixed(0)} ms; board parse ${f.parseBoardMs.toFixed(0)} ms; rules ${f.rulesMs.toFixed(1)} ms`,
  );
}
