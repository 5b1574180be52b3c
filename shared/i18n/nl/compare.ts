/** Het vergelijkvenster (renderer/compare), de markeringen in het diagram en het hoofdstuk veranderplan van het rapport. */
import type { compare as en } from '../en/compare';
import type { Translation } from '../types';

export const compare: Translation<typeof en> = {
  command: 'Scenario’s vergelijken…',
  title: 'Scenario’s vergelijken',
  oneScenario: 'Dit bord heeft één scenario. Voeg een nieuwe situatie toe (een kopie van het ontwerp om te veranderen) om de twee te vergelijken.',
  before: 'Voor',
  after: 'Na',
  same: 'Beide kanten tonen hetzelfde scenario: kies een ander om te zien wat er verandert.',
  view: 'Tonen',
  views: { sideBySide: 'Naast elkaar', differences: 'Verschillen' },
  lists: 'De wijzigingen, de RACI-wijzigingen en de hints',
  changedOnly: 'Alleen wat verandert',
  legend: 'Markeringen',
  marks: { added: 'Nieuw', removed: 'Vervalt', moved: 'Verplaatst', relabelled: 'Hernoemd', changed: 'Gewijzigd', raci: 'RACI gewijzigd' },
  diagramOf: 'Diagram van {{name}}',
  differencesOf: 'Wat er verandert van {{before}} naar {{after}}: het diagram van na, verdwenen blokken vaag getoond',
  csv: 'CSV exporteren',
  close: 'Sluiten',
  report: {
    label: 'Veranderplan',
    from: 'van',
    to: 'naar',
    none: 'geen',
    title: 'Veranderplan: van {{before}} naar {{after}}',
    diagram: '{{which}}: {{name}}',
  },
  cli: { both: 'Een veranderplan heeft zowel --from NAAM als --to NAAM nodig (de scenario’s om te vergelijken).' },
};
