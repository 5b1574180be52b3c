/** Scenario's in een bord: hun standaardnamen, de scenariobalk, de opdrachten en --scenario van de opdrachtregel. */
import type { scenarios as en } from '../en/scenarios';
import type { Translation } from '../types';

export const scenarios: Translation<typeof en> = {
  asIs: 'Nu',
  toBe: 'Straks',
  toBeNumbered: 'Straks {{number}}',
  bar: 'Scenario’s',
  switchTo: 'Scenario “{{name}}” tonen',
  shown: 'Scenario “{{name}}” staat op het scherm',
  add: 'Nieuw scenario',
  addHint: 'Een kopie van het scenario op het scherm, om er een nieuwe situatie van te maken',
  rename: 'Scenario hernoemen',
  nameLabel: 'Naam van het scenario',
  remove: 'Scenario verwijderen',
  removeTitle: 'Scenario “{{name}}” verwijderen?',
  removeBody: 'Het ontwerp verdwijnt, met zijn hints; de andere scenario’s blijven. Ctrl+Z haalt het terug.',
  removeConfirm: 'Scenario verwijderen',
  cancel: 'Annuleren',
  full: 'Een bord heeft hoogstens {{limit}} scenario’s.',
  commands: {
    add: 'Nieuw scenario (kopie van dit)',
    next: 'Volgend scenario',
    previous: 'Vorig scenario',
    rename: 'Scenario hernoemen…',
    remove: 'Scenario verwijderen…',
  },
  presenting: 'Scenario: {{name}} ({{index}} van {{count}})',
  cli: {
    unknown: 'Dit bord heeft geen scenario "{{name}}"; wel {{known}}.',
  },
};
