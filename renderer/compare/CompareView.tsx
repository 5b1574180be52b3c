/**
 * The compare view (issue 24, point 2): two scenarios of the board, side by side or as one
 * diagram with the differences marked, beside the change list, the RACI change list and the
 * hint diff; Export CSV saves the change list. Read-only: the diagrams are the export's
 * drawings (useSceneUrl), the lists shared/changePlan's words.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changePlan, changesCsv } from '../../shared/changePlan';
import { planGroups } from '../../shared/changePlan/groups';
import { scenarioList, scenarioName } from '../../shared/model/scenarios';
import { ModalDialog } from '../chrome/ModalDialog';
import { download, exportFileName } from '../export/browserOutput';
import { useAppStore } from '../store/store';
import { ChangeLists } from './ChangeLists';
import { defaultPair, designOf, differences, markCounts } from './compareModel';
import { MarkLegend } from './MarkLegend';
import { useSceneUrl } from './useSceneUrl';
import '../export/export.css';
import './compare.css';

type View = 'sideBySide' | 'differences';

export function CompareView({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const board = useAppStore((s) => s.board);
  const scenarios = scenarioList(board);
  const [pair, setPair] = useState(() => defaultPair(board));
  if (!pair) {
    return (
      <ModalDialog title={t('compare.title')} className="oc-export oc-compare" onClose={onClose} firstFocus="button">
        <p className="oc-compare__empty">{t('compare.oneScenario')}</p>
        <div className="oc-export__actions oc-dialog-actions">
          <span className="oc-export__status" />
          <button type="button" onClick={onClose}>
            {t('compare.close')}
          </button>
        </div>
      </ModalDialog>
    );
  }
  const nameOf = (id: string) => scenarioName(scenarios.find((entry) => entry.id === id) ?? { name: id, index: 0 }, t);
  return (
    <Comparison
      pair={pair}
      onPair={setPair}
      names={{ before: nameOf(pair.before), after: nameOf(pair.after) }}
      options={scenarios.map((entry) => ({ id: entry.id, name: scenarioName(entry, t) }))}
      onClose={onClose}
      separator={i18n.language === 'nl' ? ';' : ','}
    />
  );
}

interface ComparisonProps {
  pair: { before: string; after: string };
  onPair: (pair: { before: string; after: string }) => void;
  names: { before: string; after: string };
  options: { id: string; name: string }[];
  onClose: () => void;
  separator: ';' | ',';
}

function Comparison({ pair, onPair, names, options, onClose, separator }: ComparisonProps) {
  const { t } = useTranslation();
  const board = useAppStore((s) => s.board);
  const ids = useId();
  const [view, setView] = useState<View>('differences');
  const [changedOnly, setChangedOnly] = useState(false);
  const before = useMemo(() => designOf(board, pair.before), [board, pair.before]);
  const after = useMemo(() => designOf(board, pair.after), [board, pair.after]);
  const plan = useMemo(() => changePlan(before, after), [before, after]);
  const groups = useMemo(() => planGroups(plan, before, after, t), [plan, before, after, t]);
  // The board once per pair (so its lines are routed once); the fading follows the checkbox.
  const diffBoard = useMemo(() => differences(before, after, plan, false).board, [before, after, plan]);
  const highlights = useMemo(() => differences(before, after, plan, changedOnly).highlights, [before, after, plan, changedOnly]);
  const beforeUrl = useSceneUrl(before, names.before);
  const afterUrl = useSceneUrl(after, names.after);
  const diffUrl = useSceneUrl(diffBoard, t('compare.differencesOf', names), highlights);

  const saveCsv = () => {
    const csv = changesCsv(plan, before, after, t, { separator });
    download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), exportFileName(`${board.profile.name}-${names.before}-${names.after}`, '-changes', 'csv'));
  };
  const select = (side: 'before' | 'after') => (
    <label className="oc-compare__pick">
      {t(`compare.${side}`)}
      <select value={pair[side]} onChange={(e) => onPair({ ...pair, [side]: e.target.value })} data-testid={`compare-${side}`}>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <ModalDialog title={t('compare.title')} className="oc-export oc-compare" onClose={onClose} firstFocus="select">
      <div className="oc-compare__bar">
        {select('before')}
        <span aria-hidden="true">→</span>
        {select('after')}
        <div role="radiogroup" aria-label={t('compare.view')} className="oc-compare__views">
          {(['sideBySide', 'differences'] as const).map((which) => (
            <label key={which} className={view === which ? 'is-on' : ''}>
              <input type="radio" name={`${ids}-view`} checked={view === which} onChange={() => setView(which)} />
              {t(`compare.views.${which}`)}
            </label>
          ))}
        </div>
      </div>
      {pair.before === pair.after && <p className="oc-compare__same">{t('compare.same')}</p>}
      {view === 'sideBySide' ? (
        <div className="oc-compare__pair" data-testid="compare-side-by-side">
          {(['before', 'after'] as const).map((side) => (
            <figure key={side} className="oc-compare__figure">
              <figcaption>
                {t(`compare.${side}`)}: <strong>{names[side]}</strong>
              </figcaption>
              <img src={side === 'before' ? beforeUrl : afterUrl} alt={t('compare.diagramOf', { name: names[side] })} data-testid={`compare-diagram-${side}`} />
            </figure>
          ))}
        </div>
      ) : (
        <div className="oc-compare__body">
          <figure className="oc-compare__figure">
            <figcaption>
              <MarkLegend counts={markCounts(highlights)} />
              <label className="oc-export__choice">
                <input type="checkbox" checked={changedOnly} onChange={(e) => setChangedOnly(e.target.checked)} data-testid="compare-changed-only" />
                {t('compare.changedOnly')}
              </label>
            </figcaption>
            <img src={diffUrl} alt={t('compare.differencesOf', names)} data-testid="compare-diagram-differences" />
          </figure>
          <ChangeLists groups={groups} />
        </div>
      )}
      <div className="oc-export__actions oc-dialog-actions">
        <span className="oc-export__status" />
        <button type="button" onClick={saveCsv} disabled={!plan.changes.length}>
          {t('compare.csv')}
        </button>
        <button type="button" onClick={onClose}>
          {t('compare.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
