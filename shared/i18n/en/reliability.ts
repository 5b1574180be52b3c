/**
 * What the app says when something at the edges goes wrong: two windows on one board, a
 * damaged library row or board text, a view that failed (issue 23).
 */
export const reliability = {
  access: {
    readOnly: 'This board is open for editing in another OrgCanvas window. This window shows it read-only, so the two cannot undo each other’s changes.',
    takenOver: 'Another window took over editing this board. Your changes up to then are saved; this window now shows the board read-only.',
    takeOver: 'Take over editing',
    takeOverHint: 'Loads the latest saved board here first; the other window becomes read-only.',
    conflict: 'Another window saved this board after this one opened it, so this window’s changes were not saved over it. Nothing is lost: your version is kept under Versions.',
    keepCopy: 'Keep my version as a new board',
    loadStored: 'Load the saved board',
    copyName: '{{name}} (my version)',
  },
  damaged: {
    title_one: '{{count}} damaged entry in the library',
    title_other: '{{count}} damaged entries in the library',
    explain: 'These entries could not be read, so they cannot be opened. The other boards are not affected. Export the raw data to keep it (it may be rescued by hand), then remove the entry.',
    unnamed: 'Board {{id}}',
    problem: 'Damaged field: {{fields}}',
    exportRaw: 'Export raw data',
    remove: 'Remove',
    removeConfirm: 'Remove for good',
    cancel: 'Cancel',
  },
  unreadable: {
    title: 'The board “{{name}}” could not be read',
    explain: 'Its stored text is damaged ({{problem}}), so it cannot be opened. Nothing has been deleted: export the raw data to keep it, or restore an earlier version of it.',
    notJson: 'the text is cut off or is not JSON',
    exportRaw: 'Export raw data',
  },
  boundary: {
    title: '{{part}} ran into a problem and was closed',
    explain: 'The rest of OrgCanvas still works and your board is saved. ({{detail}})',
    retry: 'Try again',
    back: 'Back to the boards',
    reload: 'Reload OrgCanvas',
    parts: {
      app: 'OrgCanvas',
      canvas: 'The board canvas',
      hints: 'The hints panel',
      inspector: 'The inspector',
      raci: 'The RACI matrix',
      compare: 'The compare view',
      export: 'The export window',
      import: 'The import window',
      versions: 'The versions panel',
      library: 'The library',
      workshop: 'The workshop tools',
      palette: 'The palette',
    },
  },
};
