/** How a problem in a board file is worded (codes from shared/model/problems.ts). */
export const problems = {
  empty: 'the file is empty',
  bomRemoved: 'a byte-order mark at the start was removed',
  tooLarge: 'the file is {{size}} characters, more than the {{limit}} a board can have',
  fileTooLarge: 'the file is {{size, number}} bytes: more than a board of at most {{limit, number}} characters can take',
  tooLargeToSave:
    'as a file the board would be {{size, number}} characters, more than the {{limit, number}} a board can have, so it was not saved (what was saved before is unchanged). Shorten notes, or move part of the board to another board.',
  binary: 'the file holds NUL bytes at character {{offset}}: it is damaged (often what a crash mid-save leaves)',
  tooDeep: 'nested more than {{limit}} levels deep: this is not a board file',
  notJson: 'not valid JSON ({{detail}})',
  forbiddenKey: 'the key "{{key}}" is not allowed',
  notOrgcanvas: 'not an OrgCanvas board (format is {{found}})',
  versionTooNew:
    'made by a newer OrgCanvas (file format {{found}}; this version reads up to {{supported}}). Update OrgCanvas to open it.',
  versionInvalid: 'the format version {{found}} is not a version number',
  migrationFailed: 'could not upgrade from format {{from}} (step {{name}})',
  required: 'is missing',
  wrongType: 'should be a {{expected}}, not {{found}}',
  notFinite: 'should be a finite number',
  notOneOf: '{{found}} is not one of: {{options}}',
  outOfRange: '{{found}} is out of range',
  tooLong: 'is longer than {{limit}} characters',
  tooMany: 'has more than {{limit}} items',
  tooManyNodes: 'the board has {{count, number}} nodes, more than the {{limit, number}} a board can have',
  tooManyEdges: 'the board has {{count, number}} relations, more than the {{limit, number}} a board can have',
  tooManyEdgesAtNode: '"{{id}}" has more than {{limit, number}} relations, the most one node can have',
  invalidValue: '{{found}} is not valid here',
  duplicateId: 'the id "{{id}}" is used twice',
  danglingEdge: 'no node with id "{{id}}"',
  parentMissing: 'no department with id "{{id}}"',
  parentNotDepartment: '"{{id}}" is not a department, so it cannot hold this node',
  parentIsSelf: 'a node cannot contain itself',
  departmentInDepartment: '"{{id}}" is a department, and a department cannot sit inside another department',
  relationRefused: 'a “{{relation}}” relation cannot go from {{sourceKind}} to {{targetKind}}',
  selfRelation: 'a “{{relation}}” relation cannot connect a node to itself ("{{id}}")',
  scenarioMissing: 'the scenario on screen, "{{id}}", is not among the scenarios',
  scenarioOnScreenHasDesign: 'the scenario on screen ("{{id}}") keeps its design in the board’s nodes and edges, not in its own',
};

/** Why a connection is refused (codes from shared/model/relations.ts). */
export const refusals = {
  selfLoop: 'A node cannot be connected to itself.',
  noteCannotConnect: 'Notes stand on their own; they cannot be connected.',
  wrongSource: '“{{relation, capitalise}}” cannot start at {{sourceKind}}.',
  wrongTarget: '“{{relation, capitalise}}” cannot end at {{targetKind}}.',
  sponsorNotBoard: 'Only the board of directors, or a role, can sponsor.',
  noRelationFits: '{{sourceKind, capitalise}} cannot be connected to {{targetKind}}.',
};
