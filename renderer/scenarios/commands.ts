/**
 * The scenario commands in the app's one registry: the palette, the desktop menu, the help
 * overlay and the keys ([ and ] step through the scenarios) reach the same actions as the
 * tabs. Ids, labels and keys are the catalogue's `feature: 'scenarios'` entries.
 */
import { scenarioList } from '../../shared/model/scenarios';
import { registerFeatureCommands } from '../commands/registry';
import { useAppStore } from '../store/store';
import { addScenarioFromScreen, removeScenarioAsked, renameScenarioAsked } from './actions';
import { stepScenario } from './switching';

const several = () => scenarioList(useAppStore.getState().board).length > 1;

export function registerScenarioCommands(): () => void {
  return registerFeatureCommands('scenarios', {
    'scenario.add': { perform: () => addScenarioFromScreen() },
    'scenario.next': { perform: () => stepScenario(1), enabled: several },
    'scenario.previous': { perform: () => stepScenario(-1), enabled: several },
    'scenario.rename': { perform: () => void renameScenarioAsked() },
    'scenario.remove': { perform: () => void removeScenarioAsked(), enabled: several },
  });
}
