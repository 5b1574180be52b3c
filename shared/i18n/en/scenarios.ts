/** Scenarios in a board: their default names, the scenario bar, its commands and the CLI's --scenario. */
export const scenarios = {
  asIs: 'As-is',
  toBe: 'To-be',
  toBeNumbered: 'To-be {{number}}',
  bar: 'Scenarios',
  switchTo: 'Show scenario “{{name}}”',
  add: 'New scenario',
  addHint: 'A copy of the scenario on screen, to change into a to-be',
  rename: 'Rename scenario',
  nameLabel: 'Name of the scenario',
  remove: 'Delete scenario',
  removeTitle: 'Delete scenario “{{name}}”?',
  removeBody: 'Its design goes, with its hints; the other scenarios stay. Ctrl+Z brings it back.',
  removeConfirm: 'Delete scenario',
  cancel: 'Cancel',
  full: 'A board holds at most {{limit}} scenarios.',
  commands: {
    add: 'New scenario (copy of this one)',
    next: 'Next scenario',
    previous: 'Previous scenario',
    rename: 'Rename scenario…',
    remove: 'Delete scenario…',
  },
  presenting: 'Scenario: {{name}} ({{index}} of {{count}})',
  cli: {
    unknown: 'No scenario "{{name}}" in this board; it has {{known}}.',
  },
};
