/** The compare view (renderer/compare), its marks on the diagram, and the report's change-plan section. */
import type { NodeMark } from '../../export/options';

export const compare = {
  command: 'Compare scenarios…',
  title: 'Compare scenarios',
  oneScenario: 'This board has one scenario. Add a to-be (a copy of the design to change) to compare the two.',
  before: 'Before',
  after: 'After',
  same: 'Both sides show the same scenario: choose another one to see what changes.',
  view: 'Show',
  views: { sideBySide: 'Side by side', differences: 'Differences' },
  lists: 'The change list, the RACI changes and the hints',
  changedOnly: 'Changed only',
  legend: 'Marks',
  marks: { added: 'New', removed: 'Removed', moved: 'Moved', relabelled: 'Renamed', changed: 'Changed', raci: 'RACI changed' } satisfies Record<NodeMark, string>,
  diagramOf: 'Diagram of {{name}}',
  differencesOf: 'What changes from {{before}} to {{after}}: the after diagram, removed boxes shown faint',
  csv: 'Export CSV',
  close: 'Close',
  report: {
    label: 'Change plan',
    from: 'from',
    to: 'to',
    none: 'none',
    title: 'Change plan: from {{before}} to {{after}}',
    diagram: '{{which}}: {{name}}',
  },
  cli: { both: 'A change plan needs both --from NAME and --to NAME (the scenarios to compare).' },
};
