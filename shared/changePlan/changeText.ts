/**
 * One change of the change list in words: `“label”: part; part`. Each part is a phrase
 * without a subject ("moves from Marketing to Klantenservice", "was “Community manager”",
 * "gets a mandate"), so everything that happened to one node reads as one line.
 */
import type { TFunction } from 'i18next';
import type { Change, ChangeField, FieldChange, FieldValue } from './changes';
import { listOf, type Names } from './names';

/** The catalogue list that words a field's values, for fields whose values are vocabulary ids. */
const VOCABULARY: Partial<Record<ChangeField, string>> = {
  kind: 'kinds',
  departmentType: 'departmentTypes',
  roleType: 'roleTypes',
  taskType: 'taskTypes',
  objectiveType: 'objectiveTypes',
  externalType: 'externalTypes',
  level: 'taskLevels',
};

/** Fields whose values are node ids: the relation fields. */
const LINKED: ReadonlySet<ChangeField> = new Set(['lead', 'reportsTo', 'sponsors', 'serves']);

/** The two boards' names: ids before the change are named on the before board. */
export interface BothNames {
  before: Names;
  after: Names;
}

function value(field: ChangeField, raw: FieldValue, names: Names, t: TFunction): string {
  const none = t('changePlan.change.none');
  if (LINKED.has(field)) {
    const ids = (raw ?? []) as readonly string[];
    return ids.length ? listOf(ids.map(names.label), t) : none;
  }
  if (raw === null) return field === 'level' ? t('changePlan.change.levelFromType') : none;
  const vocabulary = VOCABULARY[field];
  if (vocabulary) return t(`${vocabulary}.${String(raw)}`);
  return `“${String(raw)}”`;
}

function fieldPart(change: FieldChange, names: BothNames, t: TFunction): string {
  const { field, before, after } = change;
  // A yes/no of a role reads as a sentence: "gets a mandate", not "mandate: no → yes".
  if (field === 'mandate' || field === 'budget') return t(`changePlan.change.${field}${after ? 'Gained' : 'Lost'}`);
  return t('changePlan.change.field', {
    field: t(`changePlan.fields.${field}`),
    before: value(field, before, names.before, t),
    after: value(field, after, names.after, t),
  });
}

function teamParts(left: string[], joined: string[], names: BothNames, t: TFunction): string[] {
  if (left.length === 1 && joined.length === 1) {
    return [t('changePlan.change.switchesTeam', { from: names.before.label(left[0]), to: names.after.label(joined[0]) })];
  }
  const parts: string[] = [];
  if (joined.length) parts.push(t('changePlan.change.joins', { teams: listOf(joined.map(names.after.label), t) }));
  if (left.length) parts.push(t('changePlan.change.leaves', { teams: listOf(left.map(names.before.label), t) }));
  return parts;
}

/** The phrases of one change, in the order a consultant tells them: its old name, where it goes, its data. */
export function changeParts(change: Change, names: BothNames, t: TFunction): string[] {
  if (change.type === 'removed') {
    const department = change.place?.department;
    return [department ? t('changePlan.change.removedFrom', { department: names.before.label(department) }) : t('changePlan.change.removed')];
  }
  const parts: string[] = [];
  if (change.type === 'added') {
    const department = change.place?.department;
    parts.push(department ? t('changePlan.change.addedIn', { department: names.after.label(department) }) : t('changePlan.change.added'));
    const teams = change.place?.teams ?? [];
    if (teams.length) parts.push(t('changePlan.change.memberOf', { teams: listOf(teams.map(names.after.label), t) }));
    return parts;
  }
  if (change.relabel) parts.push(t('changePlan.change.renamed', { from: change.relabel.from }));
  const department = change.move?.department;
  if (department) {
    const from = department.from === null ? undefined : names.before.label(department.from);
    const to = department.to === null ? undefined : names.after.label(department.to);
    if (from && to) parts.push(t('changePlan.change.moves', { from, to }));
    else if (to) parts.push(t('changePlan.change.movesInto', { to }));
    else parts.push(t('changePlan.change.leavesDepartment', { from }));
  }
  const teams = change.move?.teams;
  if (teams) parts.push(...teamParts(teams.left, teams.joined, names, t));
  for (const field of change.fields ?? []) parts.push(fieldPart(field, names, t));
  return parts;
}

/** `“label”: part; part`, with the node's id after its label when `ids` is set (the command line). */
export function changeLine(change: Change, names: BothNames, t: TFunction, ids = false): string {
  const params = { label: change.label || change.id, id: change.id, parts: changeParts(change, names, t).join('; ') };
  return t(ids ? 'changePlan.change.lineWithId' : 'changePlan.change.line', params);
}
