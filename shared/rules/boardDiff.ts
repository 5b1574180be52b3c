/**
 * What changed between two boards, for the rule engine's memo (engine.ts): rules read kinds,
 * labels, data, parents, edges and the profile — never positions, sizes, notes, the viewport
 * or dismissals. The store updates immutably, so an unchanged node or edge keeps its object
 * identity and the walk is O(n) pointer compares.
 */
import type { Board, BoardEdge, BoardNode, Profile } from '../model/board';
import type { BoardChange } from './factUpdates';

/** Past this many changed edges or nodes, rebuilding the facts is as cheap as updating them. */
const MAX_INCREMENTAL = 256;

/**
 * What changed from `a` to `b`, or undefined when the change is structural (a node added,
 * removed, moved to another parent or turned into another kind; many edits at once): those
 * rebuild the facts. Stores update immutably, so unchanged objects are skipped by identity.
 */
export function diffBoards(a: Board, b: Board): (BoardChange & { semantic: boolean }) | undefined {
  let semantic = !sameProfile(a.profile, b.profile);
  const nodes: BoardNode[] = [];
  if (a.nodes !== b.nodes) {
    if (a.nodes.length !== b.nodes.length) return undefined;
    for (let i = 0; i < a.nodes.length; i++) {
      const x = a.nodes[i];
      const y = b.nodes[i];
      if (x === y) continue;
      if (x.id !== y.id || x.kind !== y.kind || x.parentId !== y.parentId) return undefined;
      // A party's type: it decides who speaks for PR (a PR agency), on every task the
      // party holds and in every crisis hint's fix. A rare edit; a rebuild keeps it simple.
      if (x.kind === 'external' && y.kind === 'external' && x.data.externalType !== y.data.externalType) return undefined;
      // Only positions, sizes or notes changed: nothing a rule reads.
      if (sameNode(x, y)) continue;
      nodes.push(y);
      if (nodes.length > MAX_INCREMENTAL) return undefined;
    }
  }
  if (nodes.length) semantic = true;
  const removedEdges: BoardEdge[] = [];
  const addedEdges: BoardEdge[] = [];
  if (a.edges !== b.edges) {
    const p = a.edges;
    const n = b.edges;
    let i = 0;
    let j = 0;
    // Two pointers with one element of look-ahead: appends, deletions and in-place
    // replacements (a RACI letter changed) each cost one step. Whatever the walk decides,
    // matched edges are the same object in both arrays, so removed/added stay exact.
    while (i < p.length && j < n.length) {
      if (p[i] === n[j]) {
        i++;
        j++;
      } else if (j + 1 < n.length && p[i] === n[j + 1]) addedEdges.push(n[j++]);
      else if (i + 1 < p.length && p[i + 1] === n[j]) removedEdges.push(p[i++]);
      else {
        removedEdges.push(p[i++]);
        addedEdges.push(n[j++]);
      }
      if (removedEdges.length + addedEdges.length > MAX_INCREMENTAL) return undefined;
    }
    while (i < p.length) removedEdges.push(p[i++]);
    while (j < n.length) addedEdges.push(n[j++]);
    if (removedEdges.length + addedEdges.length > MAX_INCREMENTAL) return undefined;
    if (!semantic) semantic = !sameEdges(removedEdges, addedEdges);
  }
  return { nodes, removedEdges, addedEdges, semantic };
}

/** Edge objects replaced by equal copies (same order): nothing for a rule to see. */
function sameEdges(removed: BoardEdge[], added: BoardEdge[]): boolean {
  if (removed.length !== added.length) return false;
  for (let k = 0; k < removed.length; k++) if (!sameEdge(removed[k], added[k])) return false;
  return true;
}

/** Do two boards differ in anything a rule reads? Positions, sizes, notes and extras don't count. */
export function semanticallyEqual(a: Board, b: Board): boolean {
  if (a === b) return true;
  if (!sameProfile(a.profile, b.profile)) return false;
  if (a.nodes !== b.nodes) {
    if (a.nodes.length !== b.nodes.length) return false;
    for (let i = 0; i < a.nodes.length; i++) {
      if (a.nodes[i] !== b.nodes[i] && !sameNode(a.nodes[i], b.nodes[i])) return false;
    }
  }
  if (a.edges !== b.edges) {
    if (a.edges.length !== b.edges.length) return false;
    for (let i = 0; i < a.edges.length; i++) {
      if (a.edges[i] !== b.edges[i] && !sameEdge(a.edges[i], b.edges[i])) return false;
    }
  }
  return true;
}
function sameProfile(a: Profile, b: Profile): boolean {
  return a === b || (a.size === b.size && a.market === b.market && a.culture === b.culture && a.name === b.name);
}

function sameNode(a: BoardNode, b: BoardNode): boolean {
  return a.id === b.id && a.kind === b.kind && a.label === b.label && a.parentId === b.parentId && shallowEqual(a.data, b.data);
}

function sameEdge(a: BoardEdge, b: BoardEdge): boolean {
  return (
    a.id === b.id &&
    a.kind === b.kind &&
    a.source === b.source &&
    a.target === b.target &&
    (a.data?.raci ?? 'R') === (b.data?.raci ?? 'R')
  );
}

function shallowEqual(a: object, b: object): boolean {
  if (a === b) return true;
  const ak = Object.keys(a) as (keyof typeof a)[];
  const bk = Object.keys(b);
  if (ak.length !== bk.length) return false;
  for (const key of ak) if (a[key] !== b[key]) return false;
  return true;
}
