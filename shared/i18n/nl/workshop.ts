import type { workshop as en } from '../en/workshop';
import type { Translation } from '../types';

export const workshop: Translation<typeof en> = {
  present: {
    enter: 'Presenteren',
    leave: 'Presentatie verlaten',
    region: 'Presentatie',
    keys: 'Pijltjes: rondleiding · H: hints (↑ ↓: meer hints) · L: laser · S: spotlight · T: timer (+/− minuten) · P: parkeerplaats · Esc: stoppen',
    scenarioKeys: '1–9, [ ]: scenario’s',
    stepOf: '{{current}} van {{total}}',
    overview: 'Het hele bord',
    department: 'Afdeling: {{name}}',
    team: 'Team: {{name}}',
    objective: 'Doelstelling: {{name}}',
    unserved: 'Taken zonder doelstelling',
    empty: 'Er staat nog niets op het bord om te presenteren.',
  },
  pointer: {
    laser: 'Laserpointer',
    spotlight: 'Spotlight',
  },
  hints: {
    page: 'Pagina {{current}} van {{total}} · ↑ ↓ meer hints',
    // "Hints", as in the hints panel: "tips" is one of the three severities.
    reveal: 'Hints tonen',
    hide: 'Hints verbergen',
    title: 'Hints',
    none: 'Geen hints voor dit bord.',
    hidden: 'De hints zijn verborgen. Druk op H om ze te tonen.',
    count_one: '{{count}} hint',
    count_other: '{{count}} hints',
  },
  timer: {
    label: 'Rondetimer',
    start: 'Start',
    pause: 'Pauze',
    reset: 'Opnieuw',
    plus: 'Minuut erbij',
    minus: 'Minuut eraf',
    minutes: 'Minuten',
    set: 'Instellen',
    done: 'De tijd is om',
    running: 'Timer loopt: nog {{time}}',
    paused: 'Timer gepauzeerd: nog {{time}}',
  },
  parking: {
    title: 'Parkeerplaats',
    open: 'Parkeerplaats',
    close: 'Parkeerplaats sluiten',
    intro: 'Ideeën die nog nergens passen. Geparkeerde notities gaan van het canvas af, maar blijven bij het bord.',
    onBoard: 'Op het bord',
    parked: 'Geparkeerd',
    park: 'Parkeren',
    unpark: 'Terugzetten',
    show: 'Tonen',
    add: 'Notitie toevoegen',
    placeholder: 'Een nieuw idee…',
    emptyBoard: 'Geen notities op het bord.',
    emptyParked: 'Nog niets geparkeerd.',
  },
  templates: {
    open: 'Sjablonen',
    close: 'Sluiten',
    dialog: 'Beginnen met een sjabloon',
    newBoardNote:
      'Een sjabloon opent als nieuw bord in je bibliotheek; het bord dat nu openstaat, blijft zoals het is.',
  },
};
