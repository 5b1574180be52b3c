/**
 * The strip along the canvas's foot, left of the zoom buttons: the legend, then the board's
 * scenarios. One row, so neither lands on the other whatever the legend's size; both mark
 * the canvas's foot as covered (data-covers-canvas), and fits keep the board above them.
 */
import { ScenarioTabs } from '../scenarios/ScenarioTabs';
import { Legend } from './Legend';

export function CanvasFoot() {
  return (
    <div className="oc-canvas-foot">
      <Legend />
      <ScenarioTabs />
    </div>
  );
}
