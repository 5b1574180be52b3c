/**
 * What changes between two boards, node by node: the change list of a consultant's change
 * plan. Nodes are matched by their id, which never changes while a board is edited, so a role
 * that moves to another department and is renamed is one change, not a removal and an
 * addition. Positions, sizes and notes are not changes, and sticky notes are left out
 * entirely (the rules ignore them too). RACI letters are the RACI change list's
 * (raciChanges.ts); relations that are neither RACI nor membership show as changed fields
 * of the node they describe (a team's lead, a task's objectives).
 */
import type { Board, BoardNode, RelationKind } from '../model/board';
import type { NodeKind } from '../model/vocabulary';

export const CHANGE_TYPES = ['added', 'removed', 'moved', 'relabelled', 'changed'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

/** The groups a consultant presents the changes in, in that order. */
export const CHANGE_SECTIONS = ['departments', 'roles', 'teams', 'tasks', 'objectives', 'externals'] as const;
export type ChangeSection = (typeof CHANGE_SECTIONS)[number];

/** The `data` fields a change compares, per kind (a test holds this to each kind's zod shape). */
export const DATA_FIELDS = {
  department: ['departmentType'],
  role: ['roleType', 'mandate', 'budget', 'person'],
  team: [],
  task: ['taskType', 'level', 'kpi'],
  objective: ['objectiveType'],
  external: ['externalType'],
  note: [],
} as const satisfies Record<NodeKind, readonly string[]>;
export type DataField = (typeof DATA_FIELDS)[NodeKind][number];

/**
 * Relations that are neither RACI letters nor team membership, as a field of one of their
 * ends: `leads` is the lead of the team or department it points at, `reports` says whom a
 * role reports to, `sponsors` who sponsors its target, `serves` which objectives a task
 * serves. `responsible` is the RACI change list's and `member` a move between teams (null).
 */
const LINK_FIELDS = {
  responsible: null,
  member: null,
  leads: { end: 'target', field: 'lead' },
  reports: { end: 'source', field: 'reportsTo' },
  sponsors: { end: 'target', field: 'sponsors' },
  serves: { end: 'source', field: 'serves' },
} as const satisfies Record<RelationKind, { end: 'source' | 'target'; field: string } | null>;
export type LinkField = NonNullable<(typeof LINK_FIELDS)[RelationKind]>['field'];
const LINKS = ['lead', 'reportsTo', 'sponsors', 'serves'] as const satisfies readonly LinkField[];

/** `kind` changes only where a file was edited by hand: the app never changes a node's kind. */
export type ChangeField = DataField | LinkField | 'kind';
/** A field's value: a type, a text, a yes/no, node ids (a relation field); null for none. */
export type FieldValue = string | boolean | readonly string[] | null;

export interface FieldChange {
  field: ChangeField;
  before: FieldValue;
  after: FieldValue;
}

export interface Move {
  /** The department the node sits in (its `parentId`) before and after; null for none. */
  department?: { from: string | null; to: string | null };
  /** The teams a role is a member of: those it leaves and those it joins. */
  teams?: { left: string[]; joined: string[] };
}

/**
 * One node's change. `type` is its most telling part (a move over a rename over edited
 * data); every other part it has rides along on the same entry, so a node appears once.
 */
export interface Change {
  type: ChangeType;
  id: string;
  /** The node's kind on the board it is on (the after board, unless it was removed). */
  kind: Exclude<NodeKind, 'note'>;
  section: ChangeSection;
  /** Its label on the after board, or on the before board when it was removed. */
  label: string;
  /** Where a new node sits (its department, its teams), or where a removed one sat. */
  place?: { department: string | null; teams: string[] };
  move?: Move;
  relabel?: { from: string; to: string };
  fields?: FieldChange[];
}

type Counted = Exclude<NodeKind, 'note'>;

const SECTION_OF: Record<Counted, ChangeSection> = {
  department: 'departments',
  role: 'roles',
  team: 'teams',
  task: 'tasks',
  objective: 'objectives',
  external: 'externals',
};

/** What the comparison needs of one board: its nodes by id and each node's relations as fields. */
interface Side {
  byId: Map<string, BoardNode>;
  order: Map<string, number>;
  teams: Map<string, string[]>;
  links: Map<string, Partial<Record<LinkField, string[]>>>;
}

function sideOf(board: Board): Side {
  const byId = new Map<string, BoardNode>();
  const order = new Map<string, number>();
  board.nodes.forEach((node, i) => {
    if (node.kind === 'note') return;
    byId.set(node.id, node);
    order.set(node.id, i);
  });
  const teams = new Map<string, string[]>();
  const links = new Map<string, Partial<Record<LinkField, string[]>>>();
  for (const edge of board.edges) {
    if (!byId.has(edge.source) || !byId.has(edge.target)) continue;
    if (edge.kind === 'member') push(teams, edge.source, edge.target);
    const link = LINK_FIELDS[edge.kind];
    if (!link) continue;
    const [holder, other] = link.end === 'source' ? [edge.source, edge.target] : [edge.target, edge.source];
    const fields = links.get(holder) ?? {};
    (fields[link.field] ??= []).push(other);
    links.set(holder, fields);
  }
  return { byId, order, teams, links };
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Ids as a set: in a stable order, each once (two `member` lines to one team are one membership). */
function idSet(ids: readonly string[] | undefined): string[] {
  return [...new Set(ids ?? [])].sort();
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** A data value as the change list compares it: an empty optional text is no text. */
function dataValue(node: BoardNode, field: DataField): FieldValue {
  const value = (node.data as Record<string, unknown>)[field];
  if (value === undefined || value === '') return null;
  return typeof value === 'boolean' || typeof value === 'string' ? value : JSON.stringify(value);
}

function fieldChanges(before: BoardNode, after: BoardNode, was: Side, is: Side): FieldChange[] {
  const out: FieldChange[] = [];
  if (before.kind !== after.kind) out.push({ field: 'kind', before: before.kind, after: after.kind });
  const fields: readonly DataField[] = DATA_FIELDS[after.kind];
  for (const field of fields) {
    const b = before.kind === after.kind ? dataValue(before, field) : null;
    const a = dataValue(after, field);
    if (b !== a) out.push({ field, before: b, after: a });
  }
  const beforeLinks = was.links.get(before.id) ?? {};
  const afterLinks = is.links.get(after.id) ?? {};
  for (const field of LINKS) {
    const b = idSet(beforeLinks[field]);
    const a = idSet(afterLinks[field]);
    if (!sameIds(b, a)) out.push({ field, before: b, after: a });
  }
  return out;
}

function moveOf(before: BoardNode, after: BoardNode, was: Side, is: Side): Move | undefined {
  const move: Move = {};
  const from = before.parentId ?? null;
  const to = after.parentId ?? null;
  if (from !== to) move.department = { from, to };
  const teamsBefore = idSet(was.teams.get(before.id));
  const teamsAfter = idSet(is.teams.get(after.id));
  const left = teamsBefore.filter((id) => !teamsAfter.includes(id));
  const joined = teamsAfter.filter((id) => !teamsBefore.includes(id));
  if (left.length || joined.length) move.teams = { left, joined };
  return move.department || move.teams ? move : undefined;
}

function placeOf(node: BoardNode, side: Side): { department: string | null; teams: string[] } {
  return { department: node.parentId ?? null, teams: idSet(side.teams.get(node.id)) };
}

/** Membership alone is told with the teams; a move between departments with the node's kind. */
function sectionOf(kind: Counted, move: Move | undefined, rest: boolean): ChangeSection {
  return kind === 'role' && move?.teams && !move.department && !rest ? 'teams' : SECTION_OF[kind];
}

function compare(before: BoardNode, after: BoardNode, was: Side, is: Side): Change | undefined {
  const move = moveOf(before, after, was, is);
  const relabel = before.label !== after.label ? { from: before.label, to: after.label } : undefined;
  const fields = fieldChanges(before, after, was, is);
  if (!move && !relabel && !fields.length) return undefined;
  const kind = after.kind as Counted;
  const type: ChangeType = move ? 'moved' : relabel ? 'relabelled' : 'changed';
  const change: Change = { type, id: after.id, kind, section: sectionOf(kind, move, Boolean(relabel || fields.length)), label: after.label };
  if (move) change.move = move;
  if (relabel) change.relabel = relabel;
  if (fields.length) change.fields = fields;
  return change;
}

/**
 * The change list from `before` to `after`: one entry per node that is new, gone, moved,
 * renamed or has changed data or relations, grouped by section (departments, roles, teams
 * and membership, tasks, objectives, external parties) and within a section new, removed,
 * moved, relabelled, changed, each in board order.
 */
export function diffBoards(before: Board, after: Board): Change[] {
  const was = sideOf(before);
  const is = sideOf(after);
  const found: { change: Change; order: number }[] = [];
  for (const [id, node] of is.byId) {
    const old = was.byId.get(id);
    const change = old
      ? compare(old, node, was, is)
      : { type: 'added' as const, id, kind: node.kind as Counted, section: SECTION_OF[node.kind as Counted], label: node.label, place: placeOf(node, is) };
    if (change) found.push({ change, order: is.order.get(id)! });
  }
  for (const [id, node] of was.byId) {
    if (is.byId.has(id)) continue;
    const change: Change = { type: 'removed', id, kind: node.kind as Counted, section: SECTION_OF[node.kind as Counted], label: node.label, place: placeOf(node, was) };
    found.push({ change, order: was.order.get(id)! });
  }
  const rank = (change: Change) => CHANGE_SECTIONS.indexOf(change.section) * CHANGE_TYPES.length + CHANGE_TYPES.indexOf(change.type);
  return found.sort((a, b) => rank(a.change) - rank(b.change) || a.order - b.order).map(({ change }) => change);
}

