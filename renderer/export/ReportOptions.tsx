/**
 * The report's own choices in the export dialog: the paper (A4, A3 or Letter), the diagram
 * page's orientation, and whether the workshop's sticky notes go in (off: a client gets
 * the design, not the room's parking lot), and the change plan's two scenarios when the
 * board has more than one.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ORIENTATIONS, PAPER_SIZES, type PaperSize, type ReportLayout } from '../../shared/export';
import { ChangePlanChoice, type ChangePlanPair } from '../compare/ChangePlanChoice';

interface Props {
  layout: ReportLayout;
  onChange: (layout: ReportLayout) => void;
  /** The scenarios whose change plan ends the report, when the board has scenarios (renderer/compare). */
  changePlan: ChangePlanPair;
  onChangePlan: (pair: ChangePlanPair) => void;
}

export function ReportOptions({ layout, onChange, changePlan, onChangePlan }: Props) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="oc-export__report">
      <legend>{t('export.dialog.report.title')}</legend>
      <label className="oc-export__field">
        {t('export.dialog.report.paper')}
        <select value={layout.paper} onChange={(e) => onChange({ ...layout, paper: e.target.value as PaperSize })}>
          {PAPER_SIZES.map((paper) => (
            <option key={paper} value={paper}>
              {t(`export.dialog.report.papers.${paper}`)}
            </option>
          ))}
        </select>
      </label>
      <div role="radiogroup" aria-labelledby={`${name}-orientation`} className="oc-export__inline">
        <span id={`${name}-orientation`}>{t('export.dialog.report.orientation')}</span>
        {ORIENTATIONS.map((orientation) => (
          <label className="oc-export__choice" key={orientation}>
            <input type="radio" name={name} checked={layout.orientation === orientation} onChange={() => onChange({ ...layout, orientation })} />
            {t(`export.dialog.report.orientations.${orientation}`)}
          </label>
        ))}
      </div>
      <label className="oc-export__choice">
        <input type="checkbox" checked={layout.notes} onChange={(e) => onChange({ ...layout, notes: e.target.checked })} />
        {t('export.dialog.report.notes')}
      </label>
      <ChangePlanChoice pair={changePlan} onChange={onChangePlan} />
    </fieldset>
  );
}
