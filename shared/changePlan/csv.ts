/**
 * The change list as CSV, one row per change: section, change, id, kind, name and the
 * details in words. The same CSV as the RACI matrix's (../raci/csv.ts): RFC 4180 with CRLF,
 * a BOM for Excel, and a cell that a spreadsheet would run as a formula defused, since
 * labels come from whoever wrote the board.
 */
import type { TFunction } from 'i18next';
import type { Board } from '../model/board';
import { csvField, type CsvOptions } from '../raci/csv';
import { changeParts, type BothNames } from './changeText';
import type { ChangePlan } from './index';
import { namesOf } from './names';

export function changesCsv(plan: ChangePlan, before: Board, after: Board, t: TFunction, options: CsvOptions = {}): string {
  const sep = options.separator ?? ',';
  const names: BothNames = { before: namesOf(before, t), after: namesOf(after, t) };
  const header = ['section', 'type', 'id', 'kind', 'label', 'details'].map((column) => t(`changePlan.csv.${column}`));
  const rows = plan.changes.map((change) => [
    t(`changePlan.sections.${change.section}`),
    t(`changePlan.csv.types.${change.type}`),
    change.id,
    t(`kinds.${change.kind}`),
    change.label,
    changeParts(change, names, t).join('; '),
  ]);
  const body = [header, ...rows].map((row) => row.map((value) => csvField(value, sep)).join(sep)).join('\r\n') + '\r\n';
  return (options.bom ?? true ? '\uFEFF' : '') + body;
}
