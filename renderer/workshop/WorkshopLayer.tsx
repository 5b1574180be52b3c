/**
 * Workshop mode, mounted once inside the app's ReactFlowProvider (in the workspace): the
 * workshop bar (present, templates, parking lot, timer), presentation mode with its tour,
 * pointer and hint reveal, the round timer and the parking lot.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/i18n/languages';
import { templateBoard, type TemplateId } from '../../shared/templates';
import { boardLanguage } from '../i18n/boardLanguage';
import { addBoard } from '../library/controller';
import { AfterFirstPaint } from '../chrome/AfterFirstPaint';
import { Docked } from '../chrome/Dock';
import { ToolRowSlot } from '../chrome/slots';
import { ModelCard } from './ModelCard';
import './workshop.css';
import { registerWorkshopCommands } from './commands';
import { ParkingLot } from './ParkingLot';
import { Pointer } from './Pointer';
import { PresentationOverlay } from './PresentationOverlay';
import { actionFor, runWorkshopAction } from './presentationKeys';
import { TemplatePicker } from './TemplatePicker';
import { isRunning } from './timer';
import { useHighlight, usePresentation, useTour } from './usePresentation';
import { WorkshopBar } from './WorkshopBar';
import { useWorkshop } from './workshopStore';

let tourLength = 0;

function onKeyDown(event: KeyboardEvent) {
  const action = actionFor(event, useWorkshop.getState().presenting);
  if (!action) return;
  event.preventDefault();
  // Presenting keys beat the editor's shortcuts (arrows would nudge the selection).
  event.stopImmediatePropagation();
  runWorkshopAction(action, tourLength);
}

// Installed when this module loads, i.e. before the command keyboard installs its own
// window capture listener at start-up: listeners on one target run in the order they were
// added, and only the first can stop the others.
if (typeof window !== 'undefined') window.addEventListener('keydown', onKeyDown, true);

/**
 * A template opens as a new board in the library, written in the interface's language: the
 * board in view is never overwritten.
 */
function openTemplate(id: TemplateId, title: string, language: Language): void {
  void addBoard(templateBoard(id, language), title);
}

export function WorkshopLayer({ onOpenTemplate = openTemplate }: { onOpenTemplate?: (id: TemplateId, title: string, language: Language) => void }) {
  const { i18n } = useTranslation();
  const tour = useTour();
  const presenting = useWorkshop((s) => s.presenting);
  const step = useWorkshop((s) => s.step);
  const parkingOpen = useWorkshop((s) => s.parkingOpen);
  const templatesOpen = useWorkshop((s) => s.templatesOpen);
  const timerShown = useWorkshop((s) => s.timerOpen || isRunning(s.timer));
  const modelOpen = useWorkshop((s) => s.modelOpen);
  usePresentation(tour);
  useHighlight(tour[Math.min(step, tour.length - 1)], presenting);

  useEffect(() => registerWorkshopCommands(), []);

  useEffect(() => {
    tourLength = tour.length;
    // An edit can shorten the tour under the current step (a department deleted live).
    if (useWorkshop.getState().step >= tour.length && tour.length > 0) useWorkshop.getState().setStep(tour.length - 1);
  }, [tour]);

  const workshop = useWorkshop.getState();
  return (
    <div className="oc-ws">
      <AfterFirstPaint>
        {/* In the editor's tool row (one row, with a "⋯" menu), not over the board. */}
        <ToolRowSlot.InSlot>{!presenting && <WorkshopBar parkingOpen={parkingOpen} timerShown={timerShown} modelOpen={modelOpen} />}</ToolRowSlot.InSlot>
      </AfterFirstPaint>
      {modelOpen && !presenting && (
        <Docked>
          <ModelCard />
        </Docked>
      )}
      {presenting && <PresentationOverlay tour={tour} />}
      {/* Editing, the timer sits in the workshop bar, over nothing; presenting, in the
          presentation's bottom bar (PresentationOverlay), clear of the board. */}
      {parkingOpen && (
        <Docked inPlace={presenting}>
          <ParkingLot />
        </Docked>
      )}
      {templatesOpen && !presenting && (
        <TemplatePicker
          onClose={() => workshop.setTemplatesOpen(false)}
          onOpen={(id, title) => {
            workshop.setTemplatesOpen(false);
            onOpenTemplate(id, title, boardLanguage(i18n.language));
          }}
        />
      )}
      <Pointer />
    </div>
  );
}
