/**
 * The report options' "Change plan: from [scenario] to [scenario]" (or none), shown when the
 * board has two or more scenarios; it opens on the compare view's default pair.
 */
import { useTranslation } from 'react-i18next';
import { scenarioList, scenarioName } from '../../shared/model/scenarios';
import { useAppStore } from '../store/store';
import { defaultPair } from './compareModel';
import './compare.css';

export type ChangePlanPair = { before: string; after: string } | null;

const NONE = '';

export function ChangePlanChoice({ pair, onChange }: { pair: ChangePlanPair; onChange: (pair: ChangePlanPair) => void }) {
  const { t } = useTranslation();
  const board = useAppStore((s) => s.board);
  const scenarios = scenarioList(board);
  if (scenarios.length < 2) return null;
  const options = scenarios.map((entry) => (
    <option key={entry.id} value={entry.id}>
      {scenarioName(entry, t)}
    </option>
  ));
  const fallback = defaultPair(board)!;
  const from = (id: string) => {
    if (id === NONE) return onChange(null);
    const after = pair?.after ?? fallback.after;
    onChange({ before: id, after: after === id ? scenarios.find((entry) => entry.id !== id)!.id : after });
  };
  return (
    <div className="oc-export__changePlan" data-testid="report-change-plan">
      <span className="oc-export__changePlanLabel">{t('compare.report.label')}</span>
      <label className="oc-compare__planPick">
        {t('compare.report.from')}
        <select value={pair?.before ?? NONE} onChange={(e) => from(e.target.value)} data-testid="report-change-plan-from">
          <option value={NONE}>{t('compare.report.none')}</option>
          {options}
        </select>
      </label>
      <label className="oc-compare__planPick">
        {t('compare.report.to')}
        <select value={pair?.after ?? NONE} disabled={!pair} onChange={(e) => pair && onChange({ ...pair, after: e.target.value })} data-testid="report-change-plan-to">
          {!pair && <option value={NONE}>{t('compare.report.none')}</option>}
          {options}
        </select>
      </label>
    </div>
  );
}
