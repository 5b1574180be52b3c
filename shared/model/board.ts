/**
 * The board: the in-memory shape is the file shape (format v1 in domain.md, plus v2's
 * scenarios: ./scenarios.ts), so a board
 * needs no mapping between memory, IndexedDB and `.orgcanvas` files.
 */
import type { Culture, Market, NodeKind, OrgSize, Raci } from './vocabulary';
import type { KindData } from './kinds';
import type { ScenarioSet } from './scenarios';

export const BOARD_FORMAT = 'orgcanvas';
/** The newest file format version this build reads and writes. */
export const BOARD_VERSION = 2;

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

/** A node of kind K: its `data` is what the kind's zod shape gives (kinds/). */
export type KindNode<K extends NodeKind> = NodeBase<K, KindData<K>>;
/** Every node kind's node, one member per kind in `KINDS`. */
export type BoardNode = { [K in NodeKind]: KindNode<K> }[NodeKind];

export type DepartmentNode = KindNode<'department'>;
export type RoleNode = KindNode<'role'>;
export type TeamNode = KindNode<'team'>;
export type TaskNode = KindNode<'task'>;
export type ObjectiveNode = KindNode<'objective'>;
export type ExternalNode = KindNode<'external'>;
/** A workshop sticky note; its label is its text. Rules ignore it. */
export type NoteNode = KindNode<'note'>;

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
  /** The board's other designs (as-is, to-be…) and which one is on screen (./scenarios.ts); absent = one. */
  scenarios?: ScenarioSet;
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
