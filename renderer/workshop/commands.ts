/**
 * Workshop commands in the app's one registry, so the command palette, menus and help list
 * them with their shortcut. Presenting keys (arrows, H, L, S, T, P, Esc) are not commands:
 * they exist only while presenting and are handled in presentationKeys.ts.
 */
import { registerFeatureCommands } from '../commands/registry';
import { useWorkshop } from './workshopStore';

export function registerWorkshopCommands(): () => void {
  // Exactly the catalogue's `feature: 'workshop'` commands, or this does not compile.
  return registerFeatureCommands('workshop', {
    'workshop.present': { perform: () => useWorkshop.getState().setPresenting(true) },
    'workshop.templates': { perform: () => useWorkshop.getState().setTemplatesOpen(true) },
    'workshop.parkingLot': {
      checked: () => useWorkshop.getState().parkingOpen,
      perform: () => useWorkshop.getState().setParkingOpen(!useWorkshop.getState().parkingOpen),
    },
    'workshop.timer': {
      checked: () => useWorkshop.getState().timerOpen,
      perform: () => useWorkshop.getState().setTimerOpen(!useWorkshop.getState().timerOpen),
    },
  });
}
