/**
 * What every reader hands the import (CSV, draw.io CSV, XLSX): a table of text cells with
 * the row number the user sees for each row, and what can be wrong, as codes with the row
 * they are about. Problems carry codes and parameters, not prose: `messages.ts` words them
 * in the reader's language (catalogue namespace `orgImport`).
 */

/** The columns the import reads. `name` may be several columns (first name, infix, last name). */
export const IMPORT_FIELDS = ['name', 'title', 'department', 'manager', 'id'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Fields without which no board can be built. */
export const REQUIRED_FIELDS: readonly ImportField[] = ['name'];

export interface ImportRow {
  /**
   * The row as the user finds it: the spreadsheet's row number (the header is row 1 of a CSV
   * opened in Excel), or, in a draw.io CSV, the line of the text.
   */
  line: number;
  cells: string[];
}

export type ImportSource = 'csv' | 'xlsx' | 'drawio';

export interface ImportTable {
  source: ImportSource;
  headers: string[];
  rows: ImportRow[];
  /** The row number of the header line, for a problem about a column. */
  headerLine: number;
  /** The delimiter found or used (CSV only), for the preview to show. */
  delimiter?: string;
  /** The encoding the bytes were read as (CSV only). */
  encoding?: ImportEncoding;
  /** Columns the file itself names (draw.io's `# connect:` and `# identity:`), by header. */
  hints?: Partial<Record<ImportField, string>>;
}

export const IMPORT_ENCODINGS = ['utf-8', 'windows-1252'] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

export type ImportProblemCode =
  | 'tooLarge'
  | 'tooManyRows'
  | 'tooManyRowsStopped'
  | 'tooManyNodes'
  | 'empty'
  | 'notSpreadsheet'
  | 'badDrawioConfig'
  | 'missingColumn'
  | 'unknownColumn'
  | 'badMapping'
  | 'noName'
  | 'duplicateId'
  | 'danglingManager'
  | 'ambiguousManager'
  | 'managerLoop'
  | 'csvError'
  | 'invalidBoard'
  | 'moreProblems';

export interface ImportProblem {
  code: ImportProblemCode;
  /** The row it is about (see ImportRow.line); absent for the file as a whole. */
  line?: number;
  params: Record<string, string | number>;
}

export type ImportResult<T> = { ok: true; value: T } | { ok: false; problems: ImportProblem[] };

export function importProblem(code: ImportProblemCode, params: ImportProblem['params'] = {}, line?: number): ImportProblem {
  return line === undefined ? { code, params } : { code, line, params };
}
