/**
 * Beside the differences diagram: the change list by section, the RACI change list per task
 * and the hint diff, in shared/changePlan's words (planGroups), so the view says what the
 * report and `orgcanvas diff` say.
 */
import { useTranslation } from 'react-i18next';
import type { PlanGroups } from '../../shared/changePlan/groups';
import { MARK_COLOURS } from '../../shared/export/marks';

export function ChangeLists({ groups }: { groups: PlanGroups }) {
  const { t } = useTranslation();
  return (
    <div className="oc-compare__lists" role="region" tabIndex={0} aria-label={t('compare.lists')}>
      <section data-testid="compare-changes">
        <h3>{t('changePlan.headings.changes')}</h3>
        {!groups.changes.length && <p>{t('changePlan.nothing')}</p>}
        {groups.changes.map((group) => (
          <div key={group.section}>
            <h4>{group.title}</h4>
            <ul>
              {group.lines.map((line) => (
                <li key={line.id} data-id={line.id} data-type={line.type}>
                  <span className="oc-compare__dot" style={{ background: MARK_COLOURS[line.type] }} aria-hidden="true" />
                  {line.text}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section data-testid="compare-raci">
        <h3>{t('changePlan.headings.raci')}</h3>
        {!groups.raci.length && <p>{t('changePlan.noRaci')}</p>}
        <ul>
          {groups.raci.map((line) => (
            <li key={line.task} data-task={line.task}>
              {line.text}
            </li>
          ))}
        </ul>
      </section>
      <section data-testid="compare-hints">
        <h3>{t('changePlan.headings.hints')}</h3>
        {groups.hints.map((group) => (
          <div key={group.group} data-group={group.group}>
            <h4>{group.title}</h4>
            <ul>
              {group.lines.map((line, index) => (
                <li key={index} className={`is-${line.severity}`}>
                  {line.text}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </div>
  );
}
