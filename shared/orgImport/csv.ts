/**
 * CSV bytes to an import table, through papaparse (quotes, embedded delimiters and line
 * breaks are its business, never a hand-made split). The delimiter is the user's, or
 * papaparse's guess among `;` `,` tab and `|`; a file whose first line starts with `#` is
 * draw.io's CSV import format (drawio.ts), the rest is a plain spreadsheet export.
 */
import Papa from 'papaparse';
import { IMPORT_LIMITS } from '../model/limits';
import { decodeBytes } from './decode';
import { configLines, readDrawioConfig } from './drawio';
import { importProblem, type ImportEncoding, type ImportResult, type ImportRow, type ImportSource, type ImportTable } from './table';

export interface CsvOptions {
  /** One character; empty or absent: guessed. */
  delimiter?: string;
  /** Absent: read from the bytes (decode.ts). */
  encoding?: ImportEncoding;
}

export const GUESSED_DELIMITERS = [';', ',', '\t', '|'];

export function readCsv(bytes: Uint8Array, options: CsvOptions = {}): ImportResult<ImportTable> {
  if (bytes.length > IMPORT_LIMITS.maxBytes) return { ok: false, problems: [importProblem('tooLarge', { size: bytes.length, limit: IMPORT_LIMITS.maxBytes })] };
  const { text, encoding } = decodeBytes(bytes, options.encoding);
  const lines = configLines(text);
  if (lines.count === 0) return parseCsvText(text, { ...options, source: 'csv', lineOffset: 0, encoding });
  const config = readDrawioConfig(lines.config);
  if (!config.ok) return config;
  const table = parseCsvText(lines.rest, { delimiter: options.delimiter || ',', source: 'drawio', lineOffset: lines.count, encoding });
  return table.ok ? { ok: true, value: { ...table.value, hints: config.value.hints(table.value.headers) } } : table;
}

/**
 * The delimiter that splits the first rows most consistently into more than one column.
 * Papaparse's own guess gives up on a file with a title line above its header (it wants
 * every row alike), which HR exports often have; so each candidate is parsed (by papaparse)
 * over the first rows, and the one whose most common column count (above one) covers the
 * most rows wins. Ties go to the earlier candidate: `;` first, as Dutch Excel writes it.
 */
export function guessDelimiter(text: string): string {
  let best = { delimiter: ',', rows: 0 };
  for (const delimiter of GUESSED_DELIMITERS) {
    const rows = Papa.parse(text, { delimiter, preview: 50, skipEmptyLines: 'greedy' }).data;
    const counts = new Map<number, number>();
    for (const row of rows) if (row.length > 1) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    const common = Math.max(0, ...counts.values());
    if (common > best.rows) best = { delimiter, rows: common };
  }
  return best.delimiter;
}

interface TextOptions extends Omit<CsvOptions, 'encoding'> {
  source: ImportSource;
  /** Lines before the CSV part (draw.io's configuration), so rows keep the file's line numbers. */
  lineOffset: number;
  encoding: ImportEncoding | 'utf-16le';
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');
const filled = (cells: readonly string[]) => cells.filter((cell) => cell.trim() !== '').length;

/**
 * The header row: the first with two or more values, so a title line above it ("Export
 * HR-systeem 7-12-2026") is passed over; in a file of one column, its first value.
 */
export function headerIndex(rows: readonly (readonly string[])[]): number {
  const limit = Math.min(rows.length, 20);
  for (let i = 0; i < limit; i++) if (filled(rows[i]) >= 2) return i;
  return rows.findIndex((cells) => !isBlank(cells));
}

export function parseCsvText(text: string, options: TextOptions): ImportResult<ImportTable> {
  if (text.trim() === '') return { ok: false, problems: [importProblem('empty')] };
  const parsed = Papa.parse(text, { delimiter: options.delimiter || guessDelimiter(text), skipEmptyLines: false });
  // Only quoting errors mean the text is broken; a single column (no delimiter found) is fine.
  const broken = parsed.errors.find((error) => error.type === 'Quotes');
  if (broken) return { ok: false, problems: [importProblem('csvError', { detail: broken.message }, options.lineOffset + (broken.row ?? 0) + 1)] };
  const data = parsed.data;
  const header = headerIndex(data);
  if (header < 0) return { ok: false, problems: [importProblem('empty')] };
  const headers = data[header].map((cell) => cell.trim());
  const rows: ImportRow[] = [];
  for (let i = header + 1; i < data.length; i++) {
    const cells = data[i];
    if (isBlank(cells)) continue;
    if (rows.length === IMPORT_LIMITS.maxRows) {
      const count = data.slice(i).filter((c) => !isBlank(c)).length + rows.length;
      return { ok: false, problems: [importProblem('tooManyRows', { count, limit: IMPORT_LIMITS.maxRows })] };
    }
    // A row's number is its record's index: a CSV opened in Excel shows record n on row n.
    rows.push({ line: options.lineOffset + i + 1, cells: headers.map((_, c) => (cells[c] ?? '').trim()) });
  }
  if (rows.length === 0) return { ok: false, problems: [importProblem('empty')] };
  const encoding = options.encoding === 'utf-16le' ? undefined : options.encoding;
  return { ok: true, value: { source: options.source, headers, rows, headerLine: options.lineOffset + header + 1, delimiter: parsed.meta.delimiter, encoding } };
}
