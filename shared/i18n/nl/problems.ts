import type { problems as enProblems, refusals as enRefusals } from '../en/problems';
import type { Translation } from '../types';

export const problems: Translation<typeof enProblems> = {
  empty: 'het bestand is leeg',
  bomRemoved: 'een byte-order mark aan het begin is verwijderd',
  tooLarge: 'het bestand telt {{size}} tekens, meer dan de {{limit}} die een bord mag hebben',
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
  invalidValue: '{{found}} is hier niet geldig',
  duplicateId: 'de id "{{id}}" komt twee keer voor',
  danglingEdge: 'er is geen node met id "{{id}}"',
  parentMissing: 'er is geen afdeling met id "{{id}}"',
  parentNotDepartment: '"{{id}}" is geen afdeling en kan deze node dus niet bevatten',
  relationRefused: 'een relatie "{{relation}}" kan niet van {{sourceKind}} naar {{targetKind}} lopen',
};

export const refusals: Translation<typeof enRefusals> = {
  selfLoop: 'Een element kan niet met zichzelf verbonden worden.',
  noteCannotConnect: 'Notities staan op zichzelf; ze worden niet verbonden.',
  wrongSource: '‘{{relation, capitalise}}’ kan niet beginnen bij {{sourceKind}}.',
  wrongTarget: '‘{{relation, capitalise}}’ kan niet eindigen bij {{targetKind}}.',
  sponsorNotBoard: 'Alleen de directie, of een rol, kan sponsoren.',
  noRelationFits: '{{sourceKind, capitalise}} kan niet verbonden worden met {{targetKind}}.',
};
