import type { problems as enProblems, refusals as enRefusals } from '../en/problems';
import type { Translation } from '../types';

export const problems: Translation<typeof enProblems> = {
  empty: 'het bestand is leeg',
  bomRemoved: 'een byte-order mark aan het begin is verwijderd',
  tooLarge: 'het bestand telt {{size}} tekens, meer dan de {{limit}} die een bord mag hebben',
  fileTooLarge: 'het bestand is {{size, number}} bytes: meer dan een bord van hooguit {{limit, number}} tekens kan beslaan',
  tooLargeToSave:
    'als bestand zou het bord {{size, number}} tekens tellen, meer dan de {{limit, number}} die een bord mag hebben, en daarom is het niet opgeslagen (wat eerder was opgeslagen blijft ongewijzigd). Maak notities korter, of zet een deel van het bord op een ander bord.',
  binary: 'het bestand bevat NUL-bytes op teken {{offset}}: het is beschadigd (vaak door een crash tijdens het opslaan)',
  tooDeep: 'meer dan {{limit}} niveaus diep genest: dit is geen bordbestand',
  notJson: 'geen geldige JSON ({{detail}})',
  forbiddenKey: 'de sleutel "{{key}}" is niet toegestaan',
  notOrgcanvas: 'geen OrgCanvas-bord (format is {{found}})',
  versionTooNew:
    'gemaakt met een nieuwere OrgCanvas (bestandsversie {{found}}; deze versie leest tot en met {{supported}}). Werk OrgCanvas bij om het te openen.',
  versionInvalid: 'de bestandsversie {{found}} is geen versienummer',
  migrationFailed: 'bijwerken vanaf bestandsversie {{from}} is mislukt (stap {{name}})',
  required: 'ontbreekt',
  wrongType: 'moet een {{expected}} zijn, niet {{found}}',
  notFinite: 'moet een eindig getal zijn',
  notOneOf: '{{found}} is niet een van: {{options}}',
  outOfRange: '{{found}} valt buiten het bereik',
  tooLong: 'is langer dan {{limit}} tekens',
  tooMany: 'heeft meer dan {{limit}} elementen',
  tooManyNodes: 'het bord heeft {{count, number}} elementen, meer dan de {{limit, number}} die een bord mag hebben',
  tooManyEdges: 'het bord heeft {{count, number}} relaties, meer dan de {{limit, number}} die een bord mag hebben',
  tooManyEdgesAtNode: '"{{id}}" heeft meer dan {{limit, number}} relaties, het maximum voor één element',
  invalidValue: '{{found}} is hier niet geldig',
  duplicateId: 'de id "{{id}}" komt twee keer voor',
  danglingEdge: 'er is geen node met id "{{id}}"',
  parentMissing: 'er is geen afdeling met id "{{id}}"',
  parentNotDepartment: '"{{id}}" is geen afdeling en kan deze node dus niet bevatten',
  parentIsSelf: 'een element kan zichzelf niet bevatten',
  departmentInDepartment: '"{{id}}" is een afdeling, en een afdeling kan niet binnen een andere afdeling staan',
  relationRefused: 'een relatie "{{relation}}" kan niet van {{sourceKind}} naar {{targetKind}} lopen',
  selfRelation: 'een relatie "{{relation}}" kan een element niet met zichzelf verbinden ("{{id}}")',
  scenarioMissing: 'het scenario op het scherm, "{{id}}", staat niet tussen de scenario’s',
  scenarioOnScreenHasDesign: 'het scenario op het scherm ("{{id}}") bewaart zijn ontwerp in de elementen en relaties van het bord, niet in een eigen lijst',
};

export const refusals: Translation<typeof enRefusals> = {
  selfLoop: 'Een element kan niet met zichzelf verbonden worden.',
  noteCannotConnect: 'Notities staan op zichzelf; ze worden niet verbonden.',
  wrongSource: '‘{{relation, capitalise}}’ kan niet beginnen bij {{sourceKind}}.',
  wrongTarget: '‘{{relation, capitalise}}’ kan niet eindigen bij {{targetKind}}.',
  sponsorNotBoard: 'Alleen de directie, of een rol, kan sponsoren.',
  noRelationFits: '{{sourceKind, capitalise}} kan niet verbonden worden met {{targetKind}}.',
};
