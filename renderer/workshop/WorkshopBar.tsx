/**
 * The workshop bar, floating over the top of the canvas: present, templates, parking lot,
 * timer and the organisation model chip, and the round timer itself while editing (in the
 * bar's flow it can cover neither the bar's buttons nor a panel's title). It covers the canvas's top edge, so fits keep the
 * board below it (canvas/fitBoard.ts `useCoversCanvas`).
 */
import { useTranslation } from 'react-i18next';
import { useCoversCanvas } from '../canvas/fitBoard';
import { ModelButton } from './ModelButton';
import { WorkshopTimer } from './WorkshopTimer';
import { useWorkshop } from './workshopStore';

export function WorkshopBar({ parkingOpen, timerShown, modelOpen }: { parkingOpen: boolean; timerShown: boolean; modelOpen: boolean }) {
  const { t } = useTranslation();
  // Fits keep the board below the bar; the two appear in the same frame.
  const covers = useCoversCanvas('top');
  const workshop = useWorkshop.getState();
  return (
    <nav className="oc-workshopbar" aria-label={t('workshop.present.region')} {...covers}>
      <button type="button" onClick={() => workshop.setPresenting(true)} title="F5" data-testid="present">
        {t('workshop.present.enter')}
      </button>
      <button type="button" onClick={() => workshop.setTemplatesOpen(true)} data-testid="open-templates">
        {t('workshop.templates.open')}
      </button>
      <button type="button" aria-pressed={parkingOpen} onClick={() => workshop.setParkingOpen(!parkingOpen)} data-testid="open-parking">
        {t('workshop.parking.open')}
      </button>
      <button type="button" aria-pressed={timerShown} onClick={() => workshop.setTimerOpen(!useWorkshop.getState().timerOpen)} data-testid="open-timer">
        {t('workshop.timer.label')}
      </button>
      <ModelButton open={modelOpen} onToggle={() => workshop.setModelOpen(!modelOpen)} />
      {timerShown && <WorkshopTimer />}
    </nav>
  );
}
