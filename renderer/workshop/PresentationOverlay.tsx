/**
 * What the room sees on top of the board while presenting: where the tour is, the key help
 * for the facilitator (it fades after a few seconds), the way out, and the hint reveal.
 *
 * All of it sits in strips the fitted board keeps clear of (issue 21): the caption, the key
 * help and the leave button in one bar along the bottom, the revealed hints in a column on
 * the right; each is marked `data-covers-canvas`, and every fit of the presented board
 * (usePresentation.ts) leaves that room free. The key help used to cover the top row of
 * departments for its first seconds.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { scenarioList, scenarioName } from '../../shared/model/scenarios';
import { showScenario } from '../scenarios/switching';
import { useAppStore } from '../store/store';
import { HintReveal } from './HintReveal';
import { isRunning } from './timer';
import { WorkshopTimer } from './WorkshopTimer';
import type { TourStep } from './tour';
import { useWorkshop } from './workshopStore';

const KEY_HELP_MS = 6000;

export function PresentationOverlay({ tour }: { tour: TourStep[] }) {
  const { t } = useTranslation();
  const step = useWorkshop((s) => s.step);
  const hintsOpen = useWorkshop((s) => s.hintsOpen);
  const timerShown = useWorkshop((s) => s.timerOpen || isRunning(s.timer));
  const scenarios = useAppStore((s) => s.board.scenarios);
  const list = scenarioList({ scenarios } as Parameters<typeof scenarioList>[0]);
  const [keyHelp, setKeyHelp] = useState(true);
  useEffect(() => {
    const id = setTimeout(() => setKeyHelp(false), KEY_HELP_MS);
    return () => clearTimeout(id);
  }, []);

  useEffect(() => {
    document.documentElement.classList.toggle('oc-revealed', hintsOpen);
    return () => document.documentElement.classList.remove('oc-revealed');
  }, [hintsOpen]);

  const current = tour[Math.min(step, tour.length - 1)];
  const caption = !current
    ? t('workshop.present.empty')
    : current.kind === 'overview' || current.kind === 'unserved'
      ? t(`workshop.present.${current.kind}`)
      : t(`workshop.present.${current.kind}`, { name: current.label });

  return (
    <div className="oc-present" role="region" aria-label={t('workshop.present.region')} data-testid="presentation">
      <div className="oc-present__bar" data-covers-canvas="bottom">
        <div className="oc-present__caption" aria-live="polite" data-testid="tour-caption" data-step-kind={current?.kind ?? ''} data-step-id={current?.id ?? ''}>
          <span className="oc-present__where">{caption}</span>
          {tour.length > 0 && (
            <span className="oc-present__count">{t('workshop.present.stepOf', { current: Math.min(step, tour.length - 1) + 1, total: tour.length })}</span>
          )}
        </div>
        {keyHelp && (
          <p className="oc-present__keys" data-testid="key-help">
            {t('workshop.present.keys')}
            {list.length > 1 && ` · ${t('workshop.present.scenarioKeys')}`}
          </p>
        )}
        {/* As-is and to-be, one click (or 1–9, [ and ]) apart: the room sees the change. */}
        {list.length > 1 && (
          <div className="oc-present__scenarios" role="group" aria-label={t('scenarios.bar')}>
            {list.map((entry) => (
              <button key={entry.id} type="button" aria-current={entry.active ? 'true' : undefined} onClick={() => showScenario(entry.id)}>
                {scenarioName(entry, t)}
              </button>
            ))}
          </div>
        )}
        {timerShown && <WorkshopTimer />}
        <button type="button" className="oc-present__leave" onClick={() => useWorkshop.getState().setPresenting(false)}>
          {t('workshop.present.leave')}
        </button>
      </div>
      {hintsOpen && <HintReveal />}
    </div>
  );
}
