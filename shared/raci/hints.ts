/**
 * The matrix's own findings as export hints, for outputs made where the rule engine is not
 * wired in (the command line's report). Same rule ids and sources as domain.md's table.
 */
import type { TFunction } from 'i18next';
import type { ExportHint } from '../export/options';
import type { RaciFlag, RaciMatrix } from './matrix';

const RULES: Record<RaciFlag, { severity: ExportHint['severity']; source: string }> = {
  'task-unowned': { severity: 'error', source: '004 comments ("hete aardappel")' },
  'task-multiple-accountable': { severity: 'warning', source: '004 comments; RACI practice' },
};

export function raciHints(matrix: RaciMatrix, t: TFunction): ExportHint[] {
  return matrix.rows.flatMap((row) =>
    row.flags.map((flag) => ({
      severity: RULES[flag].severity,
      message: `${row.label}: ${t(`export.raci.flags.${flag}`)}`,
      nodes: [row.taskId, ...(flag === 'task-multiple-accountable' ? row.ownerIds : [])],
      ruleId: flag,
      source: RULES[flag].source,
    })),
  );
}
