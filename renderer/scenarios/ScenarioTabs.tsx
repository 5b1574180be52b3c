/**
 * The board's scenarios along the foot of the canvas, as draw.io shows a file's pages: one
 * button per scenario (the one on screen marked), a click shows it; + adds a copy of the
 * one on screen; the one on screen can be renamed (✎, or a double click) and deleted (✕,
 * asked first). Every change is one undo step (actions.ts). The strip is marked as
 * covering the canvas's foot, so every fit keeps the board above it.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { scenarioList, scenarioName } from '../../shared/model/scenarios';
import { useCoversCanvas } from '../canvas/fitBoard';
import { useAppStore } from '../store/store';
import { addScenarioFromScreen, removeScenarioAsked, renameScenarioAsked } from './actions';
import { showScenario } from './switching';
import { registerScenarioCommands } from './commands';
import './scenarios.css';

export function ScenarioTabs() {
  const { t } = useTranslation();
  const scenarios = useAppStore((s) => s.board.scenarios);
  const editable = useAppStore((s) => s.editable);
  const list = scenarioList({ scenarios } as Parameters<typeof scenarioList>[0]);
  const shown = list.find((entry) => entry.active)!;
  const covers = useCoversCanvas('bottom');
  useEffect(() => registerScenarioCommands(), []);
  // Whichever way a scenario came on screen (a click, [ or ], 1–9 while presenting, an
  // undo), a screen reader hears which one it is; not at the first show of the board.
  const shownName = scenarioName(shown, t);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    useAppStore.getState().setUi({ announcement: t('scenarios.shown', { name: shownName }) });
  }, [shown.id, shownName, t]);
  return (
    <nav className="oc-scenarios" aria-label={t('scenarios.bar')} data-testid="scenario-tabs" {...covers}>
      <div className="oc-scenarios__list" role="group" aria-label={t('scenarios.bar')}>
        {list.map((entry) => {
          const name = scenarioName(entry, t);
          return (
            <button
              key={entry.id}
              type="button"
              className="oc-scenarios__tab"
              aria-current={entry.active ? 'true' : undefined}
              title={entry.active ? name : t('scenarios.switchTo', { name })}
              disabled={!editable && !entry.active}
              onClick={() => showScenario(entry.id)}
              onDoubleClick={() => entry.active && editable && void renameScenarioAsked(entry.id)}
            >
              {name}
            </button>
          );
        })}
      </div>
      <button type="button" className="oc-scenarios__tool" aria-label={t('scenarios.rename')} title={t('scenarios.rename')} disabled={!editable} onClick={() => void renameScenarioAsked(shown.id)}>
        ✎
      </button>
      {list.length > 1 && (
        <button type="button" className="oc-scenarios__tool" aria-label={t('scenarios.remove')} title={t('scenarios.remove')} disabled={!editable} onClick={() => void removeScenarioAsked(shown.id)}>
          ✕
        </button>
      )}
      <button type="button" className="oc-scenarios__tool oc-scenarios__add" aria-label={t('scenarios.add')} title={t('scenarios.addHint')} disabled={!editable} onClick={addScenarioFromScreen}>
        +
      </button>
    </nav>
  );
}
