import type { rules as enRules } from '../en/rules';
import type { Translation } from '../types';

export const rules: Translation<typeof enRules> = {
  severity: { error: 'Fout', warning: 'Waarschuwing', tip: 'Tip' },
  severityPlural: { error: 'Fouten', warning: 'Waarschuwingen', tip: 'Tips' },
  newTeam: 'Social media team',
  citations: {
    '000': 'R. van der Aart, ‘Social media strategie: Wie is er verantwoordelijk?’, Marketingfacts, 23 september 2009',
    '001': '‘De samenstelling van een Social Media team’ (blog, social media team)',
    '002': 'T. van Waard, ‘Social media manager’ (blog, 2009)',
    '003': 'J. Govaart, ‘Bij wie zijn Social Media thuis?’, 17 september 2009',
    '004': 'Marketingfacts, ‘Wie doet ons online sociaal beleid?’ (Marketingtrend-onderzoek met Berenschot onder ca. 350 marketeers)',
    raci: 'RACI-praktijk: één eindverantwoordelijke per taak',
  },
  sections: {
    conclusion: 'conclusie',
    comments: 'reacties van lezers',
    teamTasks: 'taken van een social media team',
    infographic: 'opmerkingen bij de infographic',
    pitfalls: 'de drie valkuilen',
    ahaOhOh: '‘Aha- of Oh oh?’',
    whole: '',
  },
  noSource: 'Netheid van het bord (niet uit een artikel)',
  panel: {
    title: 'Hints',
    region: 'Hints bij dit bord',
    collapse: 'Hintpaneel inklappen',
    expand: 'Hintpaneel openen',
    hide: 'Hints verbergen voor de zaal',
    reveal: 'Hints tonen',
    hiddenNote: 'De hints zijn verborgen zolang de groep brainstormt. Toon ze als de groep eraan toe is.',
    empty: 'Geen hints: er valt op dit bord niets op te merken.',
    count_one: '{{count}} hint',
    count_other: '{{count}} hints',
    showOnBoard: 'Aanwijzen op het bord',
    why: 'Waarom?',
    less: 'Minder',
    source: 'Bron',
    sources: 'Bronnen',
    fixes: 'Snel oplossen',
    fixFailed: 'Deze oplossing past niet meer bij het bord ({{reason}}). De hints zijn bijgewerkt.',
    dismiss: 'Negeren voor dit bord',
    reason: 'Reden (optioneel)',
    dismissed: 'Genegeerd ({{count}})',
    showDismissed: 'Genegeerde hints tonen ({{count}})',
    hideDismissed: 'Genegeerde hints verbergen',
    more: 'Nog {{count}} tonen',
    restore: 'Weer tonen',
    dismissedReason: 'Reden: {{reason}}',
    badge_one: '{{count}} hint: {{severity}}',
    badge_other: '{{count}} hints, zwaarste: {{severity}}',
  },
  cli: { clean: 'Geen hints: niets op aan te merken.' },
  fixes: {
    setAccountable: 'Maak “{{holder}}” eindverantwoordelijk voor “{{task}}”',
    addResponsible: 'Betrek “{{holder}}” bij “{{task}}” ({{raci}})',
    addTask: 'Voeg de taak “{{taskType}}” toe, met “{{owner}}” als eigenaar',
    createTeam: 'Stel een social media team samen met {{members}}',
    addMembers: 'Voeg {{members}} toe aan “{{team}}”',
    addLead: 'Maak “{{role}}” leider van “{{team}}”',
    grantMandate: 'Leg vast dat “{{role}}” mandaat en budget heeft',
    addSponsor: 'Maak “{{sponsor}}” sponsor van “{{target}}”',
  },
  catalogue: {
    'objectives-missing': {
      title: 'Geen doelstellingen',
      message: 'Er staan taken op het bord, maar geen doelstelling waaraan ze bijdragen',
      explanation:
        'Het eerste handvat van Van der Aart: wat de organisatie met social media wil bereiken — verkoop en marketing, reputatie, marktonderzoek, werving of klantenservice — bepaalt hoe je het organiseert, en de meeste bedrijven hebben al snel meerdere doelen. Een lezer van het Marketingfacts-onderzoek zegt het ook: begin bij de vraag welke doelstellingen je nastreeft, dan wijst het antwoord de eigenaar aan. Zonder doelstellingen op het bord wordt elke keuze voor een eigenaar een kwestie van smaak of kantoorpolitiek.',
    },
    'objective-unserved': {
      title: 'Doelstelling zonder taken',
      message: 'Geen enkele taak draagt bij aan “{{objective}}”',
      explanation:
        'Een doelstelling waar geen taak aan bijdraagt, is een wens en geen plan. Van der Aart (#1) maakt de doelstellingen tot kompas voor de inrichting van social media; elk doel heeft minstens één taak nodig — en dus een eigenaar — die eraan werkt. Verbind er een taak mee met ‘draagt bij aan’, of haal de doelstelling van het bord als de groep haar niet meer wil.',
    },
    'objective-owner-fit': {
      title: 'Doelstelling elders belegd',
      message: {
        'customer-care': 'Geen van de taken voor “{{objective}}” ligt bij klantenservice of webcare',
        reputation: 'Geen van de taken voor “{{objective}}” ligt bij communicatie',
        'sales-marketing': 'Geen van de taken voor “{{objective}}” ligt bij verkoop of marketing',
        'product-innovation': 'Geen van de taken voor “{{objective}}” ligt bij R&D',
        recruitment: 'Geen van de taken voor “{{objective}}” ligt bij HR',
        'market-research': 'Geen van de taken voor “{{objective}}” ligt bij marketing of R&D',
      },
      explanation:
        'De doelstelling wijst de eigenaar aan, betoogde een lezer van het Marketingfacts-onderzoek: ideeën voor nieuwe producten wijzen naar R&D, problemen van klanten oplossen naar de klantenservice, verkopen naar sales, online pr naar de pr-mensen. Govaart vult aan dat ‘oh-oh’ (problemen online) bij pr thuishoort, en dat ‘aha’ (kansen) gaat naar wie bij het doel past. Op dit bord ligt het werk ervoor ({{tasks}}) daar niet. Dat kan een goede keuze zijn — ‘it depends’, zegt Govaart — maar maak haar dan bewust.',
    },
    'task-unowned': {
      title: 'Taak zonder eigenaar',
      message: {
        nobody: 'Niemand is verantwoordelijk voor “{{task}}”',
        severalResponsible: 'Niemand is eindverantwoordelijk voor “{{task}}”: {{count}} partijen doen het werk, geen van hen beslist',
        onlyConsulted: 'Niemand is eindverantwoordelijk voor “{{task}}”: er wordt geraadpleegd en geïnformeerd, maar niemand draagt het',
      },
      explanation:
        'Heeft een organisatie meerdere doelstellingen, dan wordt klantcontact een ‘hete aardappel’, schreef een lezer van het Marketingfacts-onderzoek: van iedereen en van niemand. Een ander vulde aan dat er wel iemand eindverantwoordelijk moet zijn, die het project draagt en begrijpt wat online voor de organisatie betekent. Eigenaar van een taak is wie de A heeft; zonder A telt één enkele R als eigenaar. Geef deze taak één eindverantwoordelijke.',
    },
    'task-multiple-accountable': {
      title: 'Meer dan één eindverantwoordelijke',
      message: '“{{task}}” heeft {{count}} eindverantwoordelijken: {{holders}}',
      explanation:
        'RACI werkt omdat precies één partij voor de uitkomst instaat. Twee of meer A’s op één taak is de ‘hete aardappel’ uit de Marketingfacts-reacties in vermomming: gaat het mis, dan wijzen ze naar elkaar. Houd één A over; de anderen kunnen blijven meedoen als R (uitvoeren) of C (raadplegen).',
    },
    'strategy-owned-by-it': {
      title: 'ICT is eigenaar van de strategie',
      message: 'ICT heeft het laatste woord over “{{task}}”: “{{owner}}” is er eindverantwoordelijk voor',
      explanation:
        'Van der Aart is duidelijk (#4): de verantwoordelijkheid voor social media bij de IT-afdeling leggen is waanzin, want social media hebben oneindig veel meer met communicatie te maken dan met automatisering. De faciliterende rol van IT bij de uitvoering — tools, beveiliging, koppelingen — blijft belangrijk. Laat ICT als R of C aan deze taak meedoen en geef de A aan iemand die over het gesprek gaat.',
    },
    'strategic-operational-mixed': {
      title: 'Strategie en uitvoering in één rol',
      message: '“{{role}}” is eigenaar van strategisch werk (“{{strategic}}”) én van werk in de frontlinie (“{{operational}}”)',
      explanation:
        'Van der Aart (#5) raadt aan strategische en operationele social media taken te scheiden: de social media strateeg en de coördinator van het webcareteam hebben duidelijk verschillende rollen. Wie de hele dag klanten te woord staat, heeft geen ruimte meer voor strategie, en een strateeg hoort niet paraat te staan voor klachten. In een kleine organisatie kan één persoon beide moeten doen; kies daar dan bewust voor.',
    },
    'lead-missing': {
      title: 'Niemand geeft leiding',
      message: 'Niemand geeft leiding: geen rol leidt een team of is eigenaar van de social media strategie',
      explanation:
        'Het aan de medewerkers zelf overlaten omdat social media nu eenmaal ‘collaborative’ zijn, is geen optie, zegt Van der Aart (#3): je laat je postkamer of IT-afdeling ook geen reclamecampagne bedenken. Zijn conclusie: hoe cross-functioneel de opzet ook is, iemand moet het team leiden en sturing geven aan de strategie. Lezers van het Marketingfacts-onderzoek zijn het eens: er moet iemand eindverantwoordelijk zijn. Laat een rol het team leiden, of maak een rol eindverantwoordelijk voor de strategie.',
    },
    'lead-without-mandate': {
      title: 'Leiding zonder mandaat of budget',
      message: {
        mandate: '“{{role}}” geeft leiding zonder mandaat',
        budget: '“{{role}}” geeft leiding zonder budget',
        both: '“{{role}}” geeft leiding zonder mandaat en zonder budget',
      },
      explanation:
        'De social media strateeg heeft een mandaat en budget nodig (Van der Aart, #7), en zijn conclusie herhaalt het: wie leiding geeft, heeft een duidelijk mandaat nodig en draagvlak bij de verschillende afdelingen. Wie voor elke stap toestemming moet vragen, kan het werk van andere afdelingen niet sturen. Leg mandaat en budget vast zodra ze zijn toegezegd — of maak het regelen ervan de eerste actie na deze sessie.',
    },
    'no-board-sponsor': {
      title: 'Geen steun van de directie',
      message: 'De directie staat niet zichtbaar achter de leider of het social media team',
      explanation:
        'Draagvlak op directieniveau voor de strategie en de inrichting is onontbeerlijk, schrijft Van der Aart (#7) — en hij vraagt zich af hoeveel CEO’s het fundamentele belang van social media al begrijpen. Zonder een directielid dat de leider of het team sponsort, loopt een afdelingsoverstijgende aanpak vast bij het eerste conflict over prioriteiten. Trek een relatie ‘sponsort’ van de directie, of een directielid, naar het team of de leider.',
    },
    'team-needed': {
      title: 'Een team is nodig',
      message: 'Er zijn {{count}} afdelingen actief ({{departments}}), maar geen social media team dat hun werk op elkaar afstemt',
      explanation:
        'In grote bedrijven zijn meestal meerdere afdelingen actief met social media (Van der Aart, #2). Dat hoeft niet te bijten, maar elkaar versterken vraagt echte afstemming — en hoe groter het bedrijf en hoe meer afdelingen actief zijn, hoe belangrijker een cross-functioneel team (conclusie). Het artikel over de samenstelling van een team zegt hetzelfde: in (middel)grote, hiërarchische organisaties, met meer afstand tussen mensen, is een social media team onmisbaar. Breng mensen uit de actieve afdelingen — de afdelingen die het werk doen (R of A); de directie sponsort en telt niet mee — samen in één team.',
    },
    'team-over-the-top': {
      title: 'Een team is misschien te veel',
      message: 'Een kleine, informele organisatie heeft “{{team}}” waarschijnlijk niet nodig',
      explanation:
        'Kleine bedrijven hebben meestal een informele cultuur met korte lijntjes, dus ze reageren snel; een apart social media team is dan meestal overbodig — ‘over the top’, zoals het artikel over de samenstelling van een team het zegt. Hetzelfde geldt voor bedrijven met veel jonge mensen, zoals start-ups, waar de kansen bijna vanzelf worden benut. Goede afspraken over wie wat doet, kunnen hier meer opleveren dan een team.',
    },
    'team-not-cross-functional': {
      title: 'Team niet cross-functioneel',
      message_zero: 'Niemand in “{{team}}” vertegenwoordigt een afdeling',
      message_one: '“{{team}}” haalt zijn leden uit maar één afdeling',
      message_other: '“{{team}}” haalt zijn leden uit maar {{count}} afdelingen',
      explanation:
        'Een social media team hoort een afspiegeling van de organisatie te zijn, simpelweg omdat social media niet het exclusieve domein is van bijvoorbeeld marketing (artikel over de samenstelling van een team). Een lezer van het Marketingfacts-onderzoek stelde een eigen team voor met mensen uit klantenservice, marketing en pr. Met minder dan drie afdelingen aan tafel — de leider telt mee, de directie, die sponsort, niet — kijkt het team door de bril van een of twee afdelingen naar zijn publiek.',
    },
    'single-department-pitfall': {
      title: 'Alles bij één afdeling',
      message: {
        marketing: 'Al het belegde werk ligt bij “{{department}}”: pas op voor het spammen van aanbiedingen',
        'customer-service': 'Al het belegde werk ligt bij “{{department}}”: pas op dat de afdeling alleen op klachten gaat zitten wachten',
        communications: 'Al het belegde werk ligt bij “{{department}}”: pas op voor het strooien met persberichten',
        other: 'Al het belegde werk ligt bij één afdeling, “{{department}}”',
      },
      explanation:
        'Van Waard beschrijft wat er gebeurt als social media bij één afdeling wordt ondergebracht: Marketing spamt alle forums en accounts met aanbiedingen; Customer Service gaat zitten wachten op klanten met problemen en vergeet het eigen initiatief — en soms het commerciële element; Communicatie gaat vooral met persberichten strooien. Govaart: wantrouw iedereen die zegt dat social media alleen bij zijn of haar vakgebied thuishoort. Spreid het eigenaarschap, of beleg het bij een rol waarvan de titel laat zien dat het een afdelingsonafhankelijke functie is. Faciliterend werk, zoals tools kiezen, telt hier niet mee: IT faciliteert (Van der Aart, #4).',
    },
    'fully-outsourced': {
      title: 'Uitbesteed',
      message: {
        all: 'Alle belegde taken zijn uitbesteed, onder meer aan “{{party}}”',
        allObjectives: 'Alle belegde taken zijn uitbesteed, onder meer aan “{{party}}”, ook het werk voor {{objectives}}',
        allReputation: 'Alle belegde taken zijn uitbesteed, onder meer aan “{{party}}”, ook {{tasks}}, waar communicatie buiten staat',
        allBoth:
          'Alle belegde taken zijn uitbesteed, onder meer aan “{{party}}”, ook het werk voor {{objectives}}, en {{tasks}}, waar communicatie buiten staat',
        core: '“{{task}}” ligt bij een externe partij, “{{party}}”',
      },
      explanation:
        'Helemaal uitbesteden is verleidelijk, merkt een lezer van het Marketingfacts-onderzoek op, maar bureaus hebben vaak niet het mandaat om namens de klant te spreken en echt de dialoog aan te gaan, en kunnen niet snel schakelen met wie het eindoordeel heeft. Het artikel over de samenstelling van een team ziet volledig uitbesteden zelden — en vindt dat een goede zaak. Laat bureaus uitvoeren (R) en adviseren (C), maar houd de strategie, het gesprek met je doelgroep, webcare en crisismanagement in eigen hand.',
    },
    'crisis-without-pr': {
      title: 'Reputatie zonder communicatie',
      message: {
        'crisis-management': 'Communicatie werkt niet mee aan de crisistaak “{{task}}”',
        'crisis-management-named': 'Communicatie werkt niet mee aan “{{task}}”',
        'reputation-monitoring': 'Communicatie heeft geen rol in de taak voor reputatiemonitoring “{{task}}”',
        'reputation-monitoring-named': 'Communicatie heeft geen rol in “{{task}}”',
      },
      explanation:
        'Govaart onderscheidt ‘aha’ (kansen) van ‘oh-oh’ (er is online iets mis), en de oh-oh-vraag hoort bij de pr-mensen: staat een reputatie op het spel, dan zijn zij de aangewezen personen om de brand te blussen — of beter nog, te voorkomen. Aan crisismanagement moet communicatie (of een pr-bureau) dus meewerken, als R of A: geraadpleegd of geïnformeerd worden is niet genoeg. Bij reputatiemonitoring moet communicatie op zijn minst een rol hebben. Anders horen de mensen die namens de organisatie moeten spreken het als laatste.',
    },
    'monitoring-without-crisis': {
      title: 'Monitoring zonder crisisplan',
      message: '“{{task}}” staat op het bord, maar er is geen taak voor crisismanagement',
      explanation:
        'Het artikel over de samenstelling van een team noemt online reputatiemanagement ‘inclusief monitoring en crisismanagement’ als één takenpakket: ze horen bij elkaar. Monitoring vertelt je dat er storm op komst is; zonder crisistaak is niet afgesproken wie dan handelt, wie het woord doet en wie beslist.',
    },
    'sales-not-involved': {
      title: 'Sales doet niet mee',
      message: {
        'idle-b2b': 'Verkoop doet aan geen enkele social media taak mee, terwijl de organisatie aan bedrijven verkoopt',
        'idle-both': 'Verkoop doet aan geen enkele social media taak mee, terwijl de organisatie ook aan bedrijven verkoopt',
        'absent-b2b': 'Er staat geen verkoopafdeling op het bord, terwijl de organisatie aan bedrijven verkoopt',
        'absent-both': 'Er staat geen verkoopafdeling op het bord, terwijl de organisatie ook aan bedrijven verkoopt',
      },
      explanation:
        'Het artikel over de samenstelling van een team merkt op dat sales nauwelijks betrokken lijkt bij social media, en noemt dat een gemiste kans, vooral in B2B. Waar de kopers bedrijven zijn, maken accountmanagers en social selling van gesprekken op social media orders.',
    },
    'vanity-kpi': {
      title: 'Vanity-KPI',
      message: 'De KPI van “{{task}}” telt alleen volgers of likes (“{{kpi}}”)',
      explanation:
        'Succes wordt nog steeds afgemeten aan nietszeggende data zoals het aantal volgers, ziet het artikel over de samenstelling van een team — en maar 5% van de organisaties in de infographic was tevreden met het resultaat. Volgers en likes zeggen hoeveel mensen je zouden kunnen horen, niet of je doelstelling dichterbij komt. Meet ook het resultaat: opgeloste vragen, leads, sentiment, sollicitanten.',
    },
    'policy-missing': {
      title: 'Geen social media beleid',
      message: 'Er is geen taak voor social media beleid of richtlijnen',
      explanation:
        'Bij de taken van een social media team noemt het artikel over de samenstelling van een team het voorleven van een social media beleid of richtlijnen. In een middelgrote of grote organisatie zitten veel medewerkers op social media, zakelijk en privé; richtlijnen vertellen wat ze namens het bedrijf mogen zeggen en wie ze bellen als het misgaat.',
    },
    'orphan-role': {
      title: 'Losse rol',
      message: '“{{role}}” hoort bij geen afdeling of team en heeft geen taak',
      explanation:
        'Een losse rol is meestal blijven liggen na het brainstormen, of een persoon voor wie de groep nog geen plek heeft gevonden. Zet de rol in een afdeling, voeg haar toe aan een team of geef haar een taak — of haal haar weg, zodat het bord leesbaar blijft.',
    },
    'reactive-only': {
      title: 'Alleen reactief',
      message: '“{{task}}” beantwoordt vragen en klachten, maar geen enkele taak gaat zelf het gesprek aan',
      explanation:
        '‘Webcare is slechts het reactieve deel’, schreef een lezer van het Marketingfacts-onderzoek: social media proactief inzetten hoort bij de marketing(communicatie)afdeling. Van Waard beschrijft dezelfde valkuil van de andere kant: een klantenservice die gaat zitten wachten op klanten met problemen en het eigen initiatief vergeet. Voeg de proactieve helft toe — interactie met de doelgroep, content of een community — en spreek af wie er eigenaar van is.',
    },
    'policy-without-training': {
      title: 'Beleid zonder training',
      message: '“{{task}}” legt de regels vast, maar geen taak zorgt ervoor dat iedereen ze kent en onderschrijft',
      explanation:
        'Het artikel over de samenstelling van een team noemt zowel het voorleven van social media beleid of richtlijnen als het bijdragen aan bewustwording en draagvlak door intern kennis en ervaring te delen. Beleid dat niemand uitlegt, blijft een document. Een social media manager onder de lezers van Van Waard noemde trainen als eerste bij het ‘missiewerk’ dat nog moest gebeuren, vóór de tooling en het beleid zelf. Voeg een taak toe voor bewustwording en training binnen de organisatie.',
    },
    'webcare-no-escalation': {
      title: 'Webcare kan niet escaleren',
      message: {
        outside: '“{{owner}}”, eigenaar van “{{task}}”, heeft geen rol in “{{crisis}}” en kan dus nergens heen escaleren',
        noCrisis: '“{{owner}}”, eigenaar van “{{task}}”, kan nergens heen escaleren: er is geen taak voor crisismanagement',
      },
      explanation:
        'Webcare antwoordt in het openbaar, vaak binnen het uur. Slaat een vraag om in een storm, dan moet je ‘snel schakelen met de mensen die er eindoordeel over hebben’, zoals een lezer van het Marketingfacts-onderzoek het zei — precies wat een bureau van buiten mist. Geef wie eigenaar is van webcare, of in elk geval diens afdeling, een rol in het crisismanagement (geraadpleegd worden is genoeg), zodat escaleren is afgesproken voordat het nodig is.',
    },
    'content-not-coordinated': {
      title: 'Content niet afgestemd',
      message: 'Content en interactie liggen bij {{count}} afdelingen ({{departments}}), en niemand stemt ze op elkaar af',
      explanation:
        'In grote bedrijven zijn meestal meerdere afdelingen actief met social media, schrijft Van der Aart (#2). Die activiteiten hoeven elkaar niet te bijten, al is ‘een beetje afstemming bijvoorbeeld qua timing’ prettig — en elkaar versterken vraagt meer. Hier liggen content en interactie bij meerdere afdelingen, zitten de eigenaren niet samen in één team en heeft de leider in geen van die taken een rol. Breng de eigenaren samen in één team, of geef de leider een rol in hun werk.',
    },
    'reporting-missing': {
      title: 'Geen interne rapportage',
      message: 'Er is geen taak voor interne rapportage over voortgang en resultaten',
      explanation:
        'Bij de taken van een social media team noemt het artikel over de samenstelling van een team de interne rapportage en communicatie over de voortgang, behaalde successen en misstappen. In een middelgrote of grote organisatie zien directie en afdelingen zo wat social media opleveren, en leert het team van wat misging. Maak iemand er eigenaar van — meestal de leider.',
    },
    'tooling-without-users': {
      title: 'Tools gekozen zonder gebruikers',
      message: 'ICT is eigenaar van “{{task}}”, maar geen van de social media rollen die met de tools gaan werken, heeft er inspraak in',
      explanation:
        'De IT-afdeling vervult een belangrijke faciliterende rol bij de uitvoering van de strategie, schrijft Van der Aart (#4) — faciliterend, niet bepalend voor waar social media voor dienen. Het artikel over de samenstelling van een team rekent de beoordeling en aanschaf van software (intranet, monitoring, automatisering) tot de taken van het team zelf. Een tool die is gekozen zonder de strateeg, de webcaremedewerkers of de contentmakers past vaak beter bij het IT-landschap dan bij het werk. Raadpleeg minstens een van hen (C).',
    },
  },
};
