/**
 * Workshop commands in the app's one registry, so the command palette, menus and help list
 * them with their shortcut. Presenting keys (arrows, H, L, S, T, P, Esc) are not commands:
 * they exist only while presenting and are handled in presentationKeys.ts.
 */
import { registerCommand } from '../commands/registry';
import { useWorkshop } from './workshopStore';

export function registerWorkshopCommands(): () => void {
  const removers = [
    registerCommand({
      id: 'workshop.present',
      menu: 'view',
      group: 'workshop',
      labelKey: 'workshop.present.enter',
      shortcuts: ['F5'],
      perform: () => useWorkshop.getState().setPresenting(true),
    }),
    registerCommand({
      id: 'workshop.templates',
      menu: 'file',
      group: 'workshop',
      labelKey: 'workshop.templates.open',
      perform: () => useWorkshop.getState().setTemplatesOpen(true),
    }),
    registerCommand({
      id: 'workshop.parkingLot',
      menu: 'view',
      group: 'workshop',
      labelKey: 'workshop.parking.open',
      checked: () => useWorkshop.getState().parkingOpen,
      perform: () => useWorkshop.getState().setParkingOpen(!useWorkshop.getState().parkingOpen),
    }),
    registerCommand({
      id: 'workshop.timer',
      menu: 'view',
      group: 'workshop',
      labelKey: 'workshop.timer.label',
      checked: () => useWorkshop.getState().timerOpen,
      perform: () => useWorkshop.getState().setTimerOpen(!useWorkshop.getState().timerOpen),
    }),
  ];
  return () => removers.forEach((remove) => remove());
}
