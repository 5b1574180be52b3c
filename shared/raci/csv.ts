/**
 * The matrix as CSV (RFC 4180): comma-separated, CRLF line ends, a field quoted when it
 * holds a comma, quote, line break or edge space, quotes doubled.
 */
import type { TFunction } from 'i18next';
import { raciColumns, type RaciGroup, type RaciMatrix } from './matrix';

export interface CsvOptions {
  /** `;` suits spreadsheets in a Dutch locale, where `,` is the decimal sign. */
  separator?: ',' | ';';
  /** A byte-order mark makes Excel read the file as UTF-8 (é, ë, emoji); default true. */
  bom?: boolean;
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab/CR) as a formula, so a
 * hostile label could call out or run code when the CSV is opened (OWASP "CSV injection").
 * A leading apostrophe makes the spreadsheet show it as text.
 */
function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: string, separator = ','): string {
  const safe = defuse(value);
  return safe.includes(separator) || /["\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function groupName(group: RaciGroup, t: TFunction): string {
  return group.kind === 'department' ? group.label ?? '' : t(`export.raci.groups.${group.kind}`);
}

export function raciCsv(matrix: RaciMatrix, t: TFunction, options: CsvOptions = {}): string {
  const sep = options.separator ?? ',';
  const columns = raciColumns(matrix);
  const groupOf = new Map(matrix.groups.flatMap((g) => g.columns.map((c) => [c.id, g] as const)));
  const header = [
    t('export.raci.task'),
    t('export.raci.level'),
    // One header row, "group / holder", because a second header row breaks most importers.
    ...columns.map((c) => {
      const group = groupOf.get(c.id)!;
      const name = c.kind === 'department' ? t('export.raci.ownDepartment') : c.label;
      return `${groupName(group, t)} / ${name}`;
    }),
    t('export.raci.problem'),
  ];
  const lines = [header];
  for (const row of matrix.rows) {
    lines.push([
      row.label,
      t(`taskLevels.${row.level}`),
      ...columns.map((c) => (row.cells[c.id] ?? []).join('/')),
      row.flags.map((f) => t(`export.raci.flags.${f}`)).join('; '),
    ]);
  }
  const body = lines.map((line) => line.map((v) => csvField(v, sep)).join(sep)).join('\r\n') + '\r\n';
  return (options.bom ?? true ? '\uFEFF' : '') + body;
}
