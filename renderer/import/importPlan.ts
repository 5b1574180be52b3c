/**
 * What the dialog shows and imports, from a table and the columns the user settled on:
 * pure, so tests run it without a page. The dialog keeps the mapping as column indexes
 * (a field may be "none", which a header mapping cannot say), starts it from the guesses
 * and the file's own hints, and runs checks and build on every change, as `importTable`
 * does for the command line.
 */
import { parseBoardValue } from '../../shared/model/parse';
import { buildBoard, type BuildOptions } from '../../shared/orgImport/build';
import { checkRows } from '../../shared/orgImport/checks';
import { guessMapping, resolveMapping, type ColumnMapping } from '../../shared/orgImport/columns';
import type { Imported } from '../../shared/orgImport/importOrg';
import { IMPORT_FIELDS, importProblem, type ImportField, type ImportResult, type ImportTable } from '../../shared/orgImport/table';

/** The first choice: the guesses, then the file's hints (draw.io's `# connect:`). */
export function initialMapping(table: ImportTable): ColumnMapping {
  const resolved = resolveMapping(table.headers, {}, table.hints, table.headerLine);
  return resolved.ok ? resolved.value : guessMapping(table.headers);
}

/** A select's value for a field: the column indexes joined with `+`, '' for none. */
export function fieldValue(mapping: ColumnMapping, field: ImportField): string {
  if (field === 'name') return mapping.name.join('+');
  const column = mapping[field];
  return column === undefined ? '' : String(column);
}

/** The mapping with one field set from its select's value. */
export function withField(mapping: ColumnMapping, field: ImportField, value: string): ColumnMapping {
  const columns = value === '' ? [] : value.split('+').map(Number);
  if (field === 'name') return { ...mapping, name: columns };
  const next = { ...mapping };
  if (columns.length) next[field] = columns[0];
  else delete next[field];
  return next;
}

/**
 * The name select's choices: the guessed combination of name parts ("Voornaam +
 * Tussenvoegsel + Achternaam") when there is one, then every column.
 */
export function nameChoices(table: ImportTable, initial: ColumnMapping): { value: string; label: string }[] {
  const single = table.headers.map((header, i) => ({ value: String(i), label: header || `#${i + 1}` }));
  if (initial.name.length < 2) return single;
  return [{ value: initial.name.join('+'), label: initial.name.map((i) => table.headers[i]).join(' + ') }, ...single];
}

/** Checks and build with this mapping: the board to add, or what stops it, with rows. */
export function planImport(table: ImportTable, mapping: ColumnMapping, options: BuildOptions): ImportResult<Imported> {
  if (mapping.name.length === 0) {
    const headers = table.headers.filter((h) => h !== '').join(', ');
    return { ok: false, problems: [importProblem('missingColumn', { field: 'name', headers }, table.headerLine)] };
  }
  const people = checkRows(table, mapping);
  if (!people.ok) return people;
  const { board, summary } = buildBoard(people.value, options);
  const parsed = parseBoardValue(board);
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map((p) => importProblem('invalidBoard', { path: p.path, code: p.code })) };
  return { ok: true, value: { board: parsed.value, summary } };
}

/** The fields in the order the dialog lists them. */
export const DIALOG_FIELDS: readonly ImportField[] = IMPORT_FIELDS;

/** The organisation's name from the file's: "Personeel 2026.xlsx" → "Personeel 2026". */
export function nameFromFile(file: string): string {
  return file.replace(/\.[^.]+$/, '').replace(/[_]+/g, ' ').trim();
}
