/**
 * Workshop commands in the app's one registry, so the command palette, menus and help list
 * them with their shortcut. Presenting keys (arrows, H, L, S, T, P, Esc) are not commands:
 * they exist only while presenting and are handled in presentationKeys.ts.
 */
import { commandMeta } from '../../shared/commands/catalogue';
import { registerCommand } from '../commands/registry';
import { useWorkshop } from './workshopStore';

export function registerWorkshopCommands(): () => void {
  const removers = [
    registerCommand({
      ...commandMeta('workshop.present'),
      perform: () => useWorkshop.getState().setPresenting(true),
    }),
    registerCommand({
      ...commandMeta('workshop.templates'),
      perform: () => useWorkshop.getState().setTemplatesOpen(true),
    }),
    registerCommand({
      ...commandMeta('workshop.parkingLot'),
      checked: () => useWorkshop.getState().parkingOpen,
      perform: () => useWorkshop.getState().setParkingOpen(!useWorkshop.getState().parkingOpen),
    }),
    registerCommand({
      ...commandMeta('workshop.timer'),
      checked: () => useWorkshop.getState().timerOpen,
      perform: () => useWorkshop.getState().setTimerOpen(!useWorkshop.getState().timerOpen),
    }),
  ];
  return () => removers.forEach((remove) => remove());
}
