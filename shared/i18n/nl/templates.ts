import type { templates as en } from '../en/templates';
import type { Translation } from '../types';

export const templates: Translation<typeof en> = {
  title: 'Beginnen met een sjabloon',
  groups: {
    model: 'Organisatiemodellen',
    situation: 'Situaties uit de praktijk',
  },
  fields: {
    organisation: 'Voorbeeldorganisatie',
    explanation: 'Hoe het werkt',
    fits: 'Wanneer het past',
    risks: 'Risico’s',
  },
  open: 'Sjabloon openen',
  items: {
    decentralised: {
      title: 'Decentraal (organisch)',
      organisation:
        'Gemeente Beekdal, een gemeente met zo’n 900 medewerkers. Communicatie, het klantcontactcentrum, HR, citymarketing en de afdeling sport en cultuur hebben elk hun eigen accounts.',
      explanation:
        'Social media groeit waar het enthousiasme zit: elke afdeling opent eigen accounts en bepaalt zelf wat ze plaatst. Er is geen strategie, geen gezamenlijk beleid en niemand die het geheel overziet.',
      fits:
        'Helemaal aan het begin, om te ontdekken wat werkt; in kleine organisaties met korte lijnen; of als afdelingen echt verschillende doelgroepen hebben en nog niemand het mandaat heeft om te coördineren.',
      risks:
        'Wisselende toon en kwaliteit, vergeten accounts, dubbel werk en dubbele tools, en niemand die ingrijpt als een bericht verkeerd valt. Zonder centrale regie wordt het contact met inwoners van iedereen en van niemand.',
    },
    centralised: {
      title: 'Centraal',
      organisation:
        'Woningcorporatie Thuisbasis, een corporatie met zo’n 180 medewerkers. Een centraal team communicatie en online doet alles, van de strategie tot het beantwoorden van huurders.',
      explanation:
        'Eén onderdeel is eigenaar van social media voor de hele organisatie: het bepaalt de strategie, beheert de kanalen, maakt de content en beantwoordt de vragen. Andere afdelingen worden hooguit geraadpleegd.',
      fits:
        'Als één consistente stem het belangrijkst is, zoals in gereguleerde of gevoelige sectoren; bij de start van een professionele aanpak; of als de organisatie klein genoeg is zodat één team het bijhoudt.',
      risks:
        'Het centrum wordt een flessenhals en raakt los van de rest van het bedrijf: vragen van huurders komen bij communicatiemensen terecht, andere afdelingen haken af en de valkuil van de gastafdeling wordt zichtbaar, zoals persberichten in plaats van gesprekken.',
    },
    'hub-and-spoke': {
      title: 'Hub-and-spoke (spil met spaken)',
      organisation:
        'Zorgverzekeraar Lindeborgh, een zorgverzekeraar met zo’n 2.000 medewerkers. Een social media hub onder leiding van een manager met mandaat zet de koers uit; klantenservice, marketing, communicatie, HR en de zakelijke markt doen het werk.',
      explanation:
        'Een hub met mensen uit verschillende afdelingen is eigenaar van strategie, richtlijnen, tools, training en rapportage. De afdelingen zijn de spaken: elk doet binnen dat gezamenlijke kader zijn eigen deel, zoals webcare, content, werving of social selling.',
      fits:
        'Middelgrote en grote organisaties waar meerdere afdelingen actief zijn en op elkaar afgestemd moeten worden. De gebruikelijke volgende stap na een centrale of organische start.',
      risks:
        'Zonder echt mandaat en budget wordt de hub genegeerd; een hub die het werk zelf blijft doen, laat de spaken nooit groeien; wie aan wie rapporteert tussen hub en spaken moet helder zijn.',
    },
    dandelion: {
      title: 'Meerdere hubs (paardenbloem)',
      organisation:
        'Uitgeverij Meerman Groep, een uitgeverij met zo’n 1.200 medewerkers en twee divisies: Onderwijs en Publieksboeken. Elke divisie heeft een eigen social hub; een concernteam houdt ze op één lijn.',
      explanation:
        'Meerdere hubs met eigen spaken naast elkaar, één per divisie, merk of land. Een centrale hub op concernniveau is eigenaar van de gezamenlijke strategie, richtlijnen, tools, het crisisprotocol en de rapportage.',
      fits:
        'Grote organisaties met duidelijk verschillende merken, markten of landen, waar één hub niet elke doelgroep kan kennen.',
      risks:
        'Hubs groeien uit elkaar en doen werk en tools dubbel; een merkhub kan een marketingeiland worden zonder klantenservice of verkoop; het moet duidelijk zijn wie beslist als een merkkwestie een concernkwestie wordt.',
    },
    honeycomb: {
      title: 'Holistisch (honingraat)',
      organisation:
        'IT-dienstverlener Bitwerf, met zo’n 200 medewerkers en een informele cultuur. Elke afdeling gebruikt social media in het eigen werk; een coach zorgt voor richtlijnen, training en tools.',
      explanation:
        'Iedereen doet mee: sales verkoopt via het netwerk, HR werft, developers bouwen een community, support helpt klanten en consultants delen hun kennis. Gedeeld beleid, training en een netwerk van collega’s houden het veilig en consistent, geen centrum dat alles stuurt.',
      fits:
        'Organisaties waar social media bij ieders werk hoort en mensen getraind zijn en vertrouwen krijgen, vaak kennisintensief en informeel. Het volwassen eindpunt na hub-and-spoke.',
      risks:
        'Zonder duidelijke eigenaar voor de strategie en voor crises wordt "iedereen" al snel "niemand"; de training moet nieuwe collega’s bijhouden; één stem en één totaalbeeld zijn lastiger vast te houden.',
    },
    'small-informal': {
      title: 'Klein informeel bedrijf',
      organisation:
        'Koffiebranderij De Boon, een branderij met veertien mensen, een winkel met koffiebar en een webshop. Iedereen post weleens iets; toch is er een ‘social media team’ opgericht.',
      explanation:
        'In een klein bedrijf met een informele cultuur en korte lijntjes pakken mensen social media vanzelf op en reageren ze snel. Een formeel team voegt weinig toe en is meestal overdreven. Wat wel helpt, is één persoon die het overzicht houdt.',
      fits: 'Start-ups, winkels, kleine bureaus en andere bedrijven tot zo’n 50 mensen, waar iedereen elkaar kent.',
      risks:
        'Reacties op berichten en reviews vallen tussen wal en schip als meerdere mensen zich half verantwoordelijk voelen; overleg dat meer kost dan het oplevert.',
    },
    'traditional-midsize': {
      title: 'Traditioneel middelgroot bedrijf',
      organisation:
        'Installatiebedrijf Hendriks & Zonen, met zo’n 160 medewerkers en een hiërarchische cultuur. Marketing doet alle social media; verkoop, de servicedesk en P&O doen nauwelijks mee.',
      explanation:
        'In een middelgroot, hiërarchisch bedrijf staan afdelingen ver van elkaar en wordt social media bij één ervan ondergebracht, hier marketing. Marketing doet wat het kent: acties en aanbiedingen, gemeten in volgers en likes. Zonder team schieten klantvragen, werving en zakelijke verkoop erbij in.',
      fits: 'Het vertrekpunt van veel traditionele bedrijven. Laat ermee zien wat een team uit verschillende afdelingen zou veranderen.',
      risks:
        'Aanbiedingen spammen in plaats van gesprekken voeren, klachten die door marketeers worden afgehandeld, verkoop die ontbreekt op LinkedIn terwijl de klanten zakelijk zijn, een leider zonder budget, geen beleid en succes gemeten in ijdele cijfers.',
    },
    'telecom-webcare': {
      title: 'Webcareteam bij een telecombedrijf',
      organisation:
        'TeleNoord, een telecombedrijf met zo’n 3.000 medewerkers. Een webcareteam binnen klantenservice beantwoordt dag en nacht vragen en klachten online.',
      explanation:
        'Webcare belandt van oudsher bij klantenservice, want daar komen de vragen binnen. Een professioneel webcareteam lost veel problemen snel op, maar social media blijft dan reactief: wachten op klachten, terwijl reputatie, crises en proactief gebruik bij niemand liggen.',
      fits:
        'Telecombedrijven, energieleveranciers, banken en andere bedrijven met veel klantcontact. Een stevige basis om een hub-and-spoke op te bouwen.',
      risks:
        'Alleen reactief; communicatie staat erbuiten als een storing trending wordt, en er is geen crisisprotocol; klantenservice bewaakt de reputatie in plaats van pr; geen beleid voor de rest van het bedrijf.',
    },
    'fully-outsourced': {
      title: 'Volledig uitbesteed (valkuil)',
      organisation:
        'Modeketen Stijlvol, een modeketen met zo’n 220 medewerkers. Een socialmediabureau doet alles, van de strategie tot klachten; een pr-bureau neemt crises voor zijn rekening.',
      explanation:
        'Al het social-mediawerk ligt bij externe partijen. Dat lijkt efficiënt, maar een bureau heeft zelden het mandaat om namens het bedrijf te spreken en kan niet snel schakelen met de mensen die beslissen. Alles uitbesteden komt weinig voor, en dat is maar goed ook.',
      fits:
        'Als geheel vrijwel nooit. Bureaus zijn nuttig voor specialistisch werk, zoals content maken, campagnes of monitoring buiten kantooruren, onder een eigenaar binnen het bedrijf.',
      risks:
        'Geen mandaat en geen snelheid in gesprekken, geen kennis die binnen opgebouwd wordt, klanten die heen en weer gestuurd worden tussen bureau en klantenservice, en rapportages over volgers in plaats van resultaten.',
    },
  },
};
