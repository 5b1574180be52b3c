/** Het organogram van een klant importeren uit CSV, XLSX of draw.io-CSV (shared/orgImport, `orgcanvas import`). */
import type { orgImport as en } from '../en/orgImport';
import type { Translation } from '../types';

export const orgImport: Translation<typeof en> = {
  atRow: 'rij {{line}}: {{message}}',
  fields: {
    name: 'naam',
    title: 'functie',
    department: 'afdeling',
    manager: 'leidinggevende',
    id: 'personeelsnummer',
  },
  problems: {
    tooLarge: 'Het bestand is {{size, number(maximumFractionDigits: 1)}} MB, meer dan de {{limit, number(maximumFractionDigits: 1)}} MB die een import mag zijn. Exporteer alleen de kolommen en de mensen die je nodig hebt, of splits het bestand.',
    tooManyRows: 'Het bestand heeft {{count, number}} rijen met mensen, meer dan de {{limit, number}} die één bord kan bevatten. Importeer een deel van de organisatie, bijvoorbeeld per divisie.',
    tooManyRowsStopped: 'Het bestand heeft meer rijen met mensen dan de {{limit, number}} die één bord kan bevatten. Importeer een deel van de organisatie, bijvoorbeeld per divisie.',
    tooManyNodes: 'Samen met hun afdelingen worden deze mensen {{count, number}} vakken, meer dan de {{limit, number}} die één bord kan bevatten.',
    empty: 'Er staan geen mensen in het bestand: het is leeg, of heeft alleen een kopregel.',
    notSpreadsheet: 'Dit is geen CSV- of XLSX-bestand ({{detail}}). Sla het in de spreadsheet op als CSV of als Excel-werkmap (.xlsx).',
    badDrawioConfig: 'de draw.io-regel "# {{key}}:" is niet te lezen ({{detail}}).',
    missingColumn: 'geen enkele kolom is herkend als {{field}} (de kolommen zijn: {{headers}}); geef aan in welke kolom die staat.',
    unknownColumn: 'er is geen kolom "{{column}}" voor de {{field}}; de kolommen zijn: {{headers}}.',
    badMapping: '"{{part}}" is geen kolomkoppeling: schrijf veld=Kolom, met als veld een van {{fields}}.',
    noName: 'deze rij heeft geen naam en geen functie.',
    duplicateId: 'het nummer "{{id}}" staat al op rij {{first}}.',
    danglingManager: 'de leidinggevende "{{manager}}" komt met niemand in het bestand overeen (geen nummer en geen naam).',
    ambiguousManager: 'de leidinggevende "{{manager}}" kan meer dan één persoon zijn (rijen {{rows}}); geef liever het nummer van de leidinggevende.',
    managerLoop: 'de leidinggevenden gaan in een kring rond, elk rapporteert aan de volgende: {{chain}} (rijen {{rows}}).',
    csvError: 'de CSV is vanaf hier niet te lezen: {{detail}}.',
    invalidBoard: 'het bord dat uit dit bestand volgt is niet geldig ({{path}}: {{code}}); meld dit alsjeblieft.',
    moreProblems_one: '… en nog {{count}} probleem.',
    moreProblems_other: '… en nog {{count, number}} problemen.',
  },
  board: {
    noDepartment: 'Zonder afdeling',
  },
  cli: {
    usage: 'Gebruik: orgcanvas import org.csv|org.xlsx --out bord.orgcanvas [--lang nl] [--map name=Naam,department=Afdeling,manager=Leidinggevende,id=Personeelsnummer,title=Functie] [--delimiter ";"] [--encoding utf-8|windows-1252] [--name "Organisatie"]',
    ok: 'ok: {{departments}}, {{roles}}, {{lines}}',
    departments_one: '{{count}} afdeling',
    departments_other: '{{count, number}} afdelingen',
    roles_one: '{{count}} rol',
    roles_other: '{{count, number}} rollen',
    lines_one: '{{count}} rapportagelijn',
    lines_other: '{{count, number}} rapportagelijnen',
    badDelimiter: 'Het scheidingsteken moet één teken zijn, zoals ";", "," of "tab"; "{{delimiter}}" is dat niet.',
    badEncoding: 'Onbekende codering "{{encoding}}": gebruik utf-8 of windows-1252.',
    xls: '{{file}} is een oude Excel-werkmap (.xls): sla hem eerst op als .xlsx of als CSV.',
    sameFile: '--out noemt het bestand dat geïmporteerd wordt ({{file}}); geef het bord een eigen naam.',
    notWritten: 'Er is niets naar {{file}} geschreven.',
    cannotWrite: 'Kan {{file}} niet schrijven: {{detail}}',
  },
};
