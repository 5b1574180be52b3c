/** Teksten van exports: titelblok, legenda en hints van het diagram, het PDF-rapport, de CLI. */
import type { exportTexts as en } from '../en/export';
import type { Translation } from '../types';

export const exportTexts: Translation<typeof en> = {
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
  raster: {
    clamped:
      'Op {{requested}}× zou de afbeelding {{width}} × {{height}} px worden, groter dan er getekend kan worden (hooguit 16.384 px per zijde en 268 megapixel). Daarom is hij op {{scale}}× geëxporteerd.',
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
  cli: {
    written: '{{file}} geschreven',
    writtenPixels: '{{file}} geschreven ({{width}} × {{height}} px)',
    badFormat: 'Onbekend formaat "{{format}}": kies png, svg of pdf.',
    badScale: '--scale moet een getal van 0,1 tot 16 zijn, niet "{{scale}}".',
    badBackground: '--background moet white, transparent of theme zijn, niet "{{background}}".',
    reportNeedsPdf: '--report maakt een PDF: laat --format weg of gebruik --format pdf.',
    cannotWrite: 'Kan {{file}} niet schrijven: {{detail}}',
    emptyBoard: 'Er staat niets op het bord om te exporteren.',
  },
};
