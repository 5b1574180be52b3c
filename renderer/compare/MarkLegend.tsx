/** The differences diagram's legend: the marks in use, each with its colour and count. */
import { useTranslation } from 'react-i18next';
import { MARK_COLOURS } from '../../shared/export/marks';
import { NODE_MARKS, type NodeMark } from '../../shared/export/options';

export function MarkLegend({ counts }: { counts: Partial<Record<NodeMark, number>> }) {
  const { t } = useTranslation();
  const used = NODE_MARKS.filter((mark) => counts[mark]);
  return (
    <ul className="oc-compare__legend" aria-label={t('compare.legend')} data-testid="compare-legend">
      {used.map((mark) => (
        <li key={mark} data-mark={mark}>
          <span className="oc-compare__swatch" style={{ borderColor: MARK_COLOURS[mark], borderStyle: mark === 'removed' ? 'dashed' : 'solid' }} aria-hidden="true" />
          {t(`compare.marks.${mark}`)} <span className="oc-compare__count">{counts[mark]}</span>
        </li>
      ))}
    </ul>
  );
}
