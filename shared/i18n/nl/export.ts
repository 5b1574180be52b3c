/** Teksten van exports: titelblok, legenda en hints van het diagram, het PDF-rapport, de CLI. */
import type { exportTexts as en } from '../en/export';
import type { Translation } from '../types';

export const exportTexts: Translation<typeof en> = {
  /** Tussen de laatste twee van een opsomming van formaten: "png, svg of pdf". */
  or: 'of',
  untitled: 'Organisatie zonder naam',
  title: { date: 'Geëxporteerd op {{date}}' },
  legend: { title: 'Legenda' },
  hints: {
    title: 'Hints',
    severity: { error: 'Fout', warning: 'Waarschuwing', tip: 'Tip' },
    source: 'Bron: {{source}}',
    none: 'Geen hints voor dit bord.',
    nodes: 'Betreft: {{nodes}}',
  },
  pdf: {
    scaled:
      'Het bord is groter dan de grootste pagina die een pdf kan hebben (5,08 m per zijde), dus toont de pdf het hele bord op één pagina op {{percent}} % van zijn grootte. Het is een vectortekening: zoom in om het te lezen, of exporteer een selectie voor een grotere afdruk.',
  },
  raster: {
    clamped:
      'Op {{requested}}× zou de afbeelding {{width}} × {{height}} px worden, groter dan er getekend kan worden (hooguit 16.384 px per zijde en 268 megapixel). Daarom wordt hij op {{scale}}× geëxporteerd.',
  },
  raci: {
    task: 'Taak',
    level: 'Niveau',
    owner: 'Eigenaar',
    problem: 'Probleem',
    groups: { department: '{{name}}', teams: 'Teams', externals: 'Externe partijen', unplaced: 'Rollen buiten een afdeling' },
    ownDepartment: '(de afdeling zelf)',
    flags: {
      'task-unowned': 'Niemand is eindverantwoordelijk voor deze taak',
      'task-multiple-accountable': 'Meer dan één eindverantwoordelijke',
    },
    noTasks: 'Er staan nog geen taken op het bord.',
  },
  report: {
    title: 'Social media in de organisatie',
    subtitle: 'Wie doet wat op social media: rollen, taken en verantwoordelijkheden',
    diagram: 'De organisatie in één oogopslag',
    profile: 'Profiel van de organisatie',
    counts: 'Wat er op het bord staat',
    countLine: '{{count}} × {{kind}}',
    raci: 'Verantwoordelijkheden (RACI)',
    raciIntro:
      'R = voert uit, A = is eindverantwoordelijk (één per taak), C = wordt geraadpleegd, I = wordt op de hoogte gehouden.',
    hints: 'Hints en gespreksonderwerpen',
    page: 'Pagina {{page}} van {{pages}}',
    footer: '{{name}} · {{date}}',
  },
  dialog: {
    title: 'Exporteren',
    command: 'Exporteren…',
    scope: 'Wat',
    scopeBoard: 'Het hele bord',
    scopeSelection: 'De selectie ({{count}})',
    format: 'Formaat',
    formats: { png: 'PNG-afbeelding', svg: 'SVG (vector)', pdf: 'PDF-diagram', report: 'PDF-rapport' },
    size: 'Grootte',
    scale: '{{scale}}×',
    paper: '{{paper}} op {{dpi}} dpi',
    pixels: '{{width}} × {{height}} px',
    background: 'Achtergrond',
    backgrounds: { white: 'Wit', transparent: 'Transparant', theme: 'Kleur van het canvas' },
    include: 'Opnemen',
    titleBlock: 'Titelblok (naam en datum)',
    legend: 'Legenda',
    hints: 'Hints ({{count}})',
    preview: 'Voorbeeld',
    save: 'Opslaan…',
    copy: 'Kopiëren als PNG',
    close: 'Sluiten',
    copied: 'De PNG staat op het klembord.',
    saved: '{{file}} staat klaar.',
    copyFailed: 'Kopiëren naar het klembord lukte niet: {{detail}}',
    failed: 'Het exporteren is mislukt: {{detail}}',
    working: 'Bezig met exporteren…',
    reportNote: 'Het rapport bevat het diagram, het profiel van de organisatie, de RACI-matrix en de hints met hun bronnen.',
  },
  raciView: {
    title: 'RACI-matrix',
    command: 'RACI-matrix…',
    intro: 'Kies een letter in een cel om te wijzigen wie wat doet; het canvas verandert mee (Ctrl+Z maakt het ongedaan).',
    cell: '{{holder}} bij “{{task}}”',
    none: '–',
    csv: 'CSV exporteren',
    close: 'Sluiten',
    selectTask: '“{{task}}” op het canvas tonen',
  },
  cli: {
    written: '{{file}} geschreven',
    writtenPixels: '{{file}} geschreven ({{width}} × {{height}} px)',
    badFormat: 'Onbekend formaat "{{format}}": kies {{known}}.',
    badScale: '--scale moet een getal van 0,1 tot 16 zijn, niet "{{scale}}".',
    badBackground: '--background moet white, transparent of theme zijn, niet "{{background}}".',
    reportNeedsPdf: '--report maakt een PDF: laat --format weg of gebruik --format pdf.',
    cannotWrite: 'Kan {{file}} niet schrijven: {{detail}}',
    emptyBoard: 'Er staat niets op het bord om te exporteren.',
    tooWide:
      'Het bord beslaat {{width}} × {{height}} px: zelfs op {{scale}}× zou een PNG groter worden dan 16.384 px per zijde of 268 megapixel, en kleiner is de tekst niet meer te lezen. Exporteer als SVG (--format svg), of zet de ver weg gelegen nodes dichter bij elkaar.',
  },
};
