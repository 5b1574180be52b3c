import type { app as en } from '../en/app';
import type { Translation } from '../types';

export const app: Translation<typeof en> = {
  title: 'OrgCanvas',
  tagline: 'Wie is er verantwoordelijk voor social media?',
  untitled: 'Naamloos bord',
  language: 'Taal',
  loadFailed: 'Een deel van OrgCanvas kon niet worden geladen ({{detail}}). Je bord is veilig; start OrgCanvas opnieuw en installeer het opnieuw als dit weer gebeurt.',
  languages: { en: 'English', nl: 'Nederlands' },
  skipToBoard: 'Direct naar het bord',
  dialog: {
    cancel: 'Annuleren',
    emptyName: 'Een naam mag niet leeg zijn: typ er een, of annuleer.',
  },
  canvas: {
    label: 'Bordcanvas',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    fitView: 'Alles in beeld',
    lock: 'Canvas vergrendelen',
    controls: 'Zoomknoppen',
    minimap: 'Overzichtskaart',
    empty: 'Dit bord is leeg.',
  },
  legend: {
    title: 'Legenda',
    kinds: 'Elementen',
    relations: 'Relaties',
    show: 'Legenda tonen',
    hide: 'Legenda verbergen',
  },
  node: {
    mandate: 'Mandaat',
    budget: 'Budget',
    level: 'Niveau',
    kpi: 'KPI',
    members: '{{count}} leden',
  },
  load: {
    failed: 'Dit bord kon niet worden geopend',
    demo: 'Demobord',
  },
  cli: {
    ok: 'ok: {{nodes}}, {{edges}}',
    nodes_one: '{{count}} node',
    nodes_other: '{{count}} nodes',
    edges_one: '{{count}} relatie',
    edges_other: '{{count}} relaties',
    usage: 'Gebruik: orgcanvas <opdracht> [opties]',
    unknownCommand: 'Onbekende opdracht "{{command}}".',
    cannotRead: 'Kan {{file}} niet lezen: {{detail}}',
    notAFile: '{{file}} is geen gewoon bestand (maar een map, een pipe of een apparaat) en kan dus geen bord bevatten.',
    failed: 'Gestopt door een onverwachte fout: {{detail}}',
    problemLine: '{{path}}: {{message}}',
    wholeFile: '(bestand)',
  },
};
