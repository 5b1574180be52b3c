/**
 * `orgcanvas export --report --from NAME --to NAME`: the two scenarios of the board whose
 * change plan the report ends with (shared/export/reportChangePlan.ts). Names as shown
 * (any case, the default names in the chosen language) or ids, as `findScenario` reads them.
 */
import type { TFunction } from 'i18next';
import type { ReportChangePlan } from '../../shared/export/reportChangePlan';
import type { Board } from '../../shared/model/board';
import { findScenario, scenarioBoard, scenarioList, scenarioName } from '../../shared/model/scenarios';
import { formatList } from '../../shared/export/formats';
import { clipMiddle } from '../files/clip';

export type ChangePlanChoice = { plan?: ReportChangePlan } | { refusal: string };

export function changePlanOption(board: Board, options: Record<string, string | true>, report: boolean, t: TFunction): ChangePlanChoice {
  const from = options.from;
  const to = options.to;
  if (from === undefined && to === undefined) return {};
  if (!report) return { refusal: t('export.cli.reportOnly', { option: from !== undefined ? '--from' : '--to' }) };
  if (typeof from !== 'string' || typeof to !== 'string') return { refusal: t('compare.cli.both') };
  const known = formatList(
    scenarioList(board).map((entry) => `"${scenarioName(entry, t)}"`),
    t,
  );
  const before = findScenario(board, t, from);
  const after = findScenario(board, t, to);
  const missing = !before ? from : !after ? to : undefined;
  if (missing !== undefined || !before || !after) return { refusal: t('scenarios.cli.unknown', { name: clipMiddle(missing ?? ''), known }) };
  return { plan: { before: scenarioBoard(board, before.id), after: scenarioBoard(board, after.id), beforeName: scenarioName(before, t), afterName: scenarioName(after, t) } };
}
