import type { models as en } from '../en/models';
import type { Translation } from '../types';

export const models: Translation<typeof en> = {
  source: 'Modellen naar Altimeter / Jeremiah Owyang (2010): hoe bedrijven social media organiseren.',
  names: {
    decentralised: 'Decentraal (organisch)',
    centralised: 'Centraal',
    'hub-and-spoke': 'Hub-and-spoke (spil met spaken)',
    dandelion: 'Meerdere hubs (paardenbloem)',
    honeycomb: 'Holistisch (honingraat)',
  },
  summaries: {
    decentralised:
      'Social media ontstaat van onderop: afdelingen en medewerkers beginnen op eigen houtje, zonder centrale regie. Snel en echt, maar wisselend van kwaliteit, en niemand staat voor het geheel.',
    centralised:
      'Eén afdeling of team is eigenaar van social media en doet het voor de hele organisatie. Consistent en goed in de hand, maar ver van de rest van het bedrijf en al snel een flessenhals.',
    'hub-and-spoke':
      'Een centraal team met mensen uit verschillende afdelingen, de hub, bepaalt strategie, richtlijnen en tools en ondersteunt; de afdelingen, de spaken, voeren binnen dat kader hun eigen social media uit.',
    dandelion:
      'Meerdere hubs met eigen spaken naast elkaar, bijvoorbeeld per merk, divisie of land, op één lijn gehouden door gezamenlijke afspraken vanuit een centrale hub.',
    honeycomb:
      'Iedereen doet mee: elke afdeling en medewerker zet social media in het eigen werk in, veilig en consistent, dankzij gedeeld beleid, training en tools. Het centrum maakt mogelijk in plaats van te sturen.',
  },
  title: 'Organisatiemodel',
  close: 'Organisatiemodel sluiten',
  headline: 'Lijkt het meest op: {{model}}',
  noModel: 'Er staat nog te weinig op het bord om dat te zeggen',
  confidence: {
    clear: 'Duidelijk',
    likely: 'Waarschijnlijk; {{runnerUp}} zit er niet ver achter',
    mixed: 'Gemengd: dit bord zit tussen {{model}} en {{runnerUp}} in',
    none: 'Nog niets om op af te gaan',
  },
  scoreLine: '{{model}}: {{percent}}%',
  lookedAt: 'Waar naar gekeken is',
  why: 'Waarom dit model',
  against: 'Wat er niet bij past',
  scores: 'Score per model',
  nextStep: 'Volgende stap',
  facts: {
    noTasks: 'Het bord heeft nog geen taken: zet de social-mediataken erop en wie ze doet.',
    departmentsTakePart: '{{active}} van de {{total}} afdelingen doen mee aan social-mediataken (de directie niet meegeteld).',
    departmentsOwn_one: '{{count}} afdeling is zelf eigenaar van social-mediataken.',
    departmentsOwn_other: '{{count}} afdelingen zijn zelf eigenaar van social-mediataken.',
    topUnit: '{{name}} heeft het meest in handen: {{percent}}% van de taken met een eigenaar.',
    nothingOwned: 'Geen van de {{count}} taken heeft een eigenaar.',
    noHub: 'Er is geen team dat coördineert.',
    hubs_one: 'Eén team coördineert: {{names}}.',
    hubs_other: '{{count}} teams coördineren: {{names}}.',
    hubSteers: '{{name}} geeft richting: het team of de leider ervan is eigenaar van de strategie of het beleid.',
    strategyOwner: 'Eigenaar van de strategie: {{name}}.',
    strategyUnowned: 'Er is een strategietaak, maar niemand is eigenaar.',
    strategyMissing: 'Er is geen strategietaak.',
    policyAndAwareness: 'Er is beleid met een eigenaar én er wordt gewerkt aan draagvlak en kennisdeling.',
    policyOnly: 'Er is beleid met een eigenaar, maar niemand werkt aan draagvlak en kennisdeling.',
    awarenessOnly: 'Er wordt gewerkt aan draagvlak en kennisdeling, maar het beleid heeft geen eigenaar.',
    noEnablement: 'Er is geen beleid met een eigenaar en niemand werkt aan draagvlak en kennisdeling.',
    externalShare: 'Externe partijen zijn eigenaar van {{percent}}% van de taken met een eigenaar.',
  },
  criteria: {
    noCoordination: 'Niemand heeft de regie: geen eigenaar van de strategie, geen sturend team, geen beleid',
    severalOwners: 'Meerdere afdelingen zijn eigenaar van social-mediataken',
    noHub: 'Er is geen team dat coördineert',
    spreadThin: 'Geen enkel onderdeel heeft het meeste werk in handen',
    oneUnitOwnsMost: 'Eén onderdeel is eigenaar van de meeste taken',
    fewOwningDepartments: 'Andere afdelingen zijn nauwelijks eigenaar van taken',
    centreOwnsStrategy: 'Datzelfde onderdeel is eigenaar van de strategie',
    oneSteeringHub: 'Eén team geeft richting: het team of de leider is eigenaar van strategie of beleid',
    hubCrossFunctional: 'Dat team heeft leden uit verschillende afdelingen',
    departmentsAsSpokes: 'Afdelingen doen het dagelijkse werk zelf, als spaken',
    severalHubs: 'Meerdere teams coördineren, bijvoorbeeld per merk, divisie of regio',
    hubsOwnWork: 'Die teams zijn zelf eigenaar van werk',
    centralRules: 'Gezamenlijke afspraken vanuit het centrum: strategie of beleid met een eigenaar',
    everyDepartmentOwns: 'Bijna elke afdeling is eigenaar van social-mediawerk',
    enablement: 'Beleid en kennisdeling maken het voor iedereen veilig om mee te doen',
    noControllingCentre: 'Geen team stuurt alles vanuit het centrum',
    someoneLeads: 'Iemand geeft leiding: een rol leidt een team of is eigenaar van de strategie',
  },
  nextSteps: {
    outsourced:
      'Het centrum ligt buiten de organisatie: een bureau heeft zelden het mandaat of de snelheid om namens jullie te spreken. Haal het eigenaarschap van de strategie en de gesprekken terug in huis en houd het bureau voor ondersteuning.',
    decentralised: {
      small:
        'Bij deze omvang prima: de korte lijntjes zorgen voor de afstemming. Spreek een paar huisregels af en wijs één aanspreekpunt aan voor als het online misgaat.',
      medium:
        'Meerdere afdelingen die elk hun eigen gang gaan, vragen om regie: wijs één leider met mandaat aan en breng de actieve afdelingen samen in een klein team. Dat is de eerste stap naar hub-and-spoke.',
      large:
        'Boven de 250 mensen zet losse, ongecoördineerde activiteit de reputatie en de samenhang op het spel: richt een centrale hub in onder iemand met mandaat en budget, en laat de afdelingen als spaken werken (hub-and-spoke).',
    },
    centralised: {
      small:
        'Eén eigenaar past bij een kleine organisatie. Zorg dat die persoon mandaat en een vervanger heeft, en hoort wat klanten tegen de rest van het bedrijf zeggen.',
      medium:
        'Houd het centrum, maar betrek de afdelingen die klanten spreken, zoals klantenservice en verkoop, via een klein team uit verschillende afdelingen, zodat het centrum geen flessenhals wordt.',
      large:
        'Centraal georganiseerd met meer dan 250 mensen: overweeg hub-and-spoke. Houd strategie, beleid en tools centraal en laat afdelingen als spaken zelf hun gesprekken voeren.',
    },
    'hub-and-spoke': {
      small:
        'Een hub met spaken is zwaar voor een kleine organisatie: één leider met korte lijnen naar de rest is meestal genoeg.',
      medium:
        'Past goed bij deze omvang. Blijf de spaken trainen en geef ze meer van het werk, zodat de hub coördineert in plaats van alles zelf te doen.',
      large:
        'Verschillen merken, divisies of landen sterk? Geef elk een eigen hub (meerdere hubs). Zo niet, verspreid kennis en beleid over iedereen en groei naar holistisch.',
    },
    dandelion: {
      small: 'Meerdere hubs is te veel voor een kleine organisatie: breng ze samen onder één eigenaar.',
      medium: 'Ga na of meerdere hubs bij deze omvang lonen; één hub met spaken is eenvoudiger en vaak genoeg.',
      large:
        'Past bij een grote organisatie met meerdere merken of divisies. Houd de hubs op één lijn: gezamenlijk beleid, tools, crisisprotocol en rapportage vanuit de centrale hub.',
    },
    honeycomb: {
      small:
        'Vanzelfsprekend voor een kleine, informele organisatie. Leg een paar richtlijnen vast zodat iedereen consistent blijft, en spreek af wie optreedt bij een crisis.',
      medium:
        'Houd het veilig terwijl je groeit: fris beleid en training op, monitor samen en houd één eigenaar voor de strategie en voor crises.',
      large:
        'Het meest volwassen model. Houd het vol: training voor nieuwe collega’s, gezamenlijke monitoring en een duidelijke eigenaar voor crises en strategie, zodat "iedereen" nooit "niemand" wordt.',
    },
  },
};
