/**
 * The import in one call, for the command line and for the app's dialog once the user has
 * settled the mapping: a table (from readCsv, or the XLSX reader in main/files) → the
 * mapping (guessed, hinted, mapped) → the checks → the board, checked by the board parser
 * itself so an import can never make a board the app would refuse to open.
 *
 * The dialog calls the steps one by one instead: `guessMapping` for the preview's first
 * choice, `resolveMapping` and `checkRows` as the user changes it, `buildBoard` on OK.
 */
import type { Board } from '../model/board';
import { parseBoardValue } from '../model/parse';
import { buildBoard, type BuildOptions, type BuildSummary } from './build';
import { checkRows } from './checks';
import { resolveMapping, type MappingByHeader } from './columns';
import { importProblem, type ImportResult, type ImportTable } from './table';

export interface ImportOptions extends BuildOptions {
  /** The user's columns by header, over the guesses and the file's hints. */
  mapping?: MappingByHeader;
}

export interface Imported {
  board: Board;
  summary: BuildSummary;
}

export function importTable(table: ImportTable, options: ImportOptions): ImportResult<Imported> {
  const mapping = resolveMapping(table.headers, options.mapping, table.hints, table.headerLine);
  if (!mapping.ok) return mapping;
  const people = checkRows(table, mapping.value);
  if (!people.ok) return people;
  const { board, summary } = buildBoard(people.value, options);
  const parsed = parseBoardValue(board);
  // Not expected: the checks above keep to the board's limits. Said plainly if it happens.
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => importProblem('invalidBoard', { path: p.path, code: p.code })) };
  return { ok: true, value: { board: parsed.value, summary } };
}
