/**
 * The board: the in-memory shape is the file shape (format v1 in domain.md), so a board
 * needs no mapping between memory, IndexedDB and `.orgcanvas` files.
 */
import type {
  Culture,
  DepartmentType,
  ExternalType,
  Market,
  NodeKind,
  ObjectiveType,
  OrgSize,
  Raci,
  RoleType,
  TaskLevel,
  TaskType,
} from './catalogue';

export const BOARD_FORMAT = 'orgcanvas';
/** The newest file format version this build reads and writes. */
export const BOARD_VERSION = 1;

export interface Profile {
  name: string;
  size: OrgSize;
  market: Market;
  culture: Culture;
}

export interface Point {
  x: number;
  y: number;
}

/** Fields every node kind has. `width`/`height` are app fields the format allows. */
interface NodeBase<K extends NodeKind, D> {
  id: string;
  kind: K;
  label: string;
  position: Point;
  /** Positions of children are relative to this parent (a department). */
  parentId?: string;
  width?: number;
  height?: number;
  /** Free-text facilitator notes on any node. */
  notes?: string;
  data: D;
}

export type DepartmentNode = NodeBase<'department', { departmentType: DepartmentType }>;
export type RoleNode = NodeBase<'role', { roleType: RoleType; mandate: boolean; budget: boolean; person?: string }>;
export type TeamNode = NodeBase<'team', Record<string, never>>;
export type TaskNode = NodeBase<'task', { taskType: TaskType; level?: TaskLevel; kpi?: string }>;
export type ObjectiveNode = NodeBase<'objective', { objectiveType: ObjectiveType }>;
export type ExternalNode = NodeBase<'external', { externalType: ExternalType }>;
/** A workshop sticky note; its label is its text. Rules ignore it. */
export type NoteNode = NodeBase<'note', Record<string, never>>;

export type BoardNode = DepartmentNode | RoleNode | TeamNode | TaskNode | ObjectiveNode | ExternalNode | NoteNode;
export type NodeOfKind<K extends NodeKind> = Extract<BoardNode, { kind: K }>;

export const RELATION_KINDS = ['responsible', 'member', 'leads', 'reports', 'sponsors', 'serves'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export interface BoardEdge {
  id: string;
  kind: RelationKind;
  source: string;
  target: string;
  /** Only `responsible` edges carry data: their RACI letter. */
  data?: { raci: Raci };
}

export interface Board {
  format: typeof BOARD_FORMAT;
  version: typeof BOARD_VERSION;
  profile: Profile;
  nodes: BoardNode[];
  edges: BoardEdge[];
  /** Fields this build does not know are kept, so a newer app's data survives a round trip. */
  [extra: string]: unknown;
}

export function emptyBoard(profile?: Partial<Profile>): Board {
  return {
    format: BOARD_FORMAT,
    version: BOARD_VERSION,
    profile: { name: '', size: 'medium', market: 'both', culture: 'hierarchical', ...profile },
    nodes: [],
    edges: [],
  };
}
