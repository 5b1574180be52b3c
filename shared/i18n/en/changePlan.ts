/**
 * The change plan between two boards (shared/changePlan): the change list, the RACI change
 * list and the hint diff, as `orgcanvas diff` prints them and the CSV heads them. A change
 * line is `“label”: part; part`, each part a phrase without a subject, so a node that moves,
 * is renamed and gets a mandate reads as one line.
 */
import type { ChangeField, ChangeSection, ChangeType } from '../../changePlan/changes';

export const changePlan = {
  headings: { changes: 'What changes', raci: 'Who does what: RACI changes', hints: 'Hints' },
  sections: {
    departments: 'Departments',
    roles: 'Roles',
    teams: 'Teams and membership',
    tasks: 'Tasks',
    objectives: 'Objectives',
    externals: 'External parties',
  } satisfies Record<ChangeSection, string>,
  nothing: 'No department, role, team, task, objective or external party changes.',
  noRaci: 'No RACI letter changes.',
  /** Between the last two items of a list: "Marketing, Sales and HR". */
  and: 'and',
  change: {
    line: '“{{label}}”: {{parts}}',
    lineWithId: '“{{label}}” ({{id}}): {{parts}}',
    added: 'new',
    addedIn: 'new, in {{department}}',
    memberOf: 'member of {{teams}}',
    removed: 'removed',
    removedFrom: 'removed from {{department}}',
    moves: 'moves from {{from}} to {{to}}',
    movesInto: 'moves into {{to}}',
    leavesDepartment: 'leaves {{from}}, for no department',
    switchesTeam: 'moves from the team {{from}} to {{to}}',
    joins: 'joins {{teams}}',
    leaves: 'leaves {{teams}}',
    renamed: 'was “{{from}}”',
    field: '{{field}}: {{before}} → {{after}}',
    mandateGained: 'gets a mandate',
    mandateLost: 'no longer has a mandate',
    budgetGained: 'gets a budget',
    budgetLost: 'no longer has a budget',
    none: 'none',
    levelFromType: 'as its type',
  },
  fields: {
    kind: 'kind',
    departmentType: 'type',
    roleType: 'type',
    taskType: 'type',
    objectiveType: 'type',
    externalType: 'type',
    mandate: 'mandate',
    budget: 'budget',
    person: 'person',
    level: 'level',
    kpi: 'KPI',
    lead: 'led by',
    reportsTo: 'reports to',
    sponsors: 'sponsored by',
    serves: 'serves',
  } satisfies Record<ChangeField, string>,
  raci: {
    line: '{{task}}: {{parts}}',
    moves: '{{letter}} moves from {{from}} to {{to}}',
    gains: '{{holder}} gains {{letters}}',
    loses: '{{holder}} loses {{letters}}',
    /** A role named by its department, as a consultant says it: "Marketing's community manager". */
    inDepartment: "{{department}}'s {{role}}",
    /** After a name ending in s: "Communications' spokesperson", not "Communications's". */
    inDepartment_s: "{{department}}' {{role}}",
  },
  hints: {
    resolved: 'Resolved ({{count}})',
    kept: 'Still there ({{count}})',
    introduced: 'New ({{count}})',
    line: '{{severity}}: {{message}}',
    lineWithIds: '{{severity}} {{rule}}: {{message}}{{nodes}}',
  },
  csv: {
    section: 'Section',
    type: 'Change',
    id: 'Id',
    kind: 'Kind',
    label: 'Name',
    details: 'Details',
    types: { added: 'new', removed: 'removed', moved: 'moved', relabelled: 'renamed', changed: 'changed' } satisfies Record<ChangeType, string>,
  },
  cli: { usage: 'Usage: orgcanvas diff before.orgcanvas after.orgcanvas [--json] [--lang nl|en], or orgcanvas diff board.orgcanvas --from NAME --to NAME' },
};
