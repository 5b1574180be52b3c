/** Wat de app zegt als er aan de randen iets misgaat: twee vensters op één bord, een beschadigde bibliotheekregel of bordtekst, een onderdeel dat faalde. */
import type { reliability as en } from '../en/reliability';
import type { Translation } from '../types';

export const reliability: Translation<typeof en> = {
  access: {
    readOnly: 'Dit bord is in een ander OrgCanvas-venster open om te bewerken. Dit venster toont het alleen-lezen, zodat de twee elkaars wijzigingen niet ongedaan maken.',
    takenOver: 'Een ander venster bewerkt dit bord nu. Je wijzigingen tot dat moment zijn opgeslagen; dit venster toont het bord voortaan alleen-lezen.',
    takeOver: 'Zelf verder bewerken',
    takeOverHint: 'Laadt hier eerst het laatst opgeslagen bord; het andere venster wordt alleen-lezen.',
    conflict: 'Een ander venster heeft dit bord opgeslagen nadat dit venster het opende, dus de wijzigingen hier zijn er niet overheen opgeslagen. Er gaat niets verloren: jouw versie staat bij Versies.',
    keepCopy: 'Bewaar mijn versie als nieuw bord',
    loadStored: 'Laad het opgeslagen bord',
    copyName: '{{name}} (mijn versie)',
  },
  damaged: {
    title_one: '{{count}} beschadigde regel in de bibliotheek',
    title_other: '{{count}} beschadigde regels in de bibliotheek',
    explain: 'Deze regels konden niet gelezen worden en zijn dus niet te openen. De andere borden hebben er geen last van. Exporteer de ruwe gegevens om ze te bewaren (misschien zijn ze met de hand te redden) en verwijder dan de regel.',
    unnamed: 'Bord {{id}}',
    problem: 'Beschadigd veld: {{fields}}',
    exportRaw: 'Ruwe gegevens exporteren',
    remove: 'Verwijderen',
    removeConfirm: 'Definitief verwijderen',
    cancel: 'Annuleren',
  },
  unreadable: {
    title: 'Het bord ‘{{name}}’ kon niet gelezen worden',
    explain: 'De opgeslagen tekst is beschadigd ({{problem}}), dus het bord kan niet open. Er is niets verwijderd: exporteer de ruwe gegevens om ze te bewaren, of zet een eerdere versie terug.',
    notJson: 'de tekst is afgebroken of geen JSON',
    exportRaw: 'Ruwe gegevens exporteren',
  },
  boundary: {
    title: '{{part}} liep vast en is gesloten',
    explain: 'De rest van OrgCanvas werkt nog en je bord is opgeslagen. ({{detail}})',
    retry: 'Opnieuw proberen',
    back: 'Terug naar de borden',
    reload: 'OrgCanvas opnieuw laden',
    parts: {
      app: 'OrgCanvas',
      canvas: 'Het bordcanvas',
      hints: 'Het hintpaneel',
      inspector: 'De inspector',
      raci: 'De RACI-matrix',
      compare: 'Het vergelijkvenster',
      export: 'Het exportvenster',
      import: 'Het importvenster',
      versions: 'Het versiepaneel',
      library: 'De bibliotheek',
      workshop: 'De workshoponderdelen',
      palette: 'Het palet',
    },
  },
};
