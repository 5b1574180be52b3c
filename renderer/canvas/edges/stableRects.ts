/**
 * Node rectangles for drawing edges, in board coordinates, keeping the same object for a
 * node whose rectangle did not change. The edge layer memoises each edge on its two
 * rectangles, so a drag step redraws only the edges of what moved (a department moving
 * moves its roles too). Incremental: a node that is the same object, under a parent whose
 * rectangle is the same object, keeps its rectangle without any arithmetic; on a 1,000-node
 * board recomputing all of them (shared/geometry `absoluteRects`) was the costliest part of
 * the app's own script in a drag step. The values are those `absoluteRects` gives.
 */
import { nodeSize, type Rect } from '../../../shared/geometry/geometry';
import type { BoardNode } from '../../../shared/model/board';

interface Entry {
  node: BoardNode;
  parent: Rect | undefined;
  rect: Rect;
}

const same = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

export function createStableRects() {
  let previous = new Map<string, Entry>();
  return function rectsOf(nodes: readonly BoardNode[]): ReadonlyMap<string, Rect> {
    const byId = new Map(nodes.map((node) => [node.id, node]));
    const next = new Map<string, Entry>();
    const visiting = new Set<string>();
    const resolve = (node: BoardNode): Rect => {
      const done = next.get(node.id);
      if (done) return done.rect;
      const parentNode = node.parentId ? byId.get(node.parentId) : undefined;
      // A parent cycle is a broken file the parser refuses; never loop on one anyway.
      visiting.add(node.id);
      const parent = parentNode && !visiting.has(parentNode.id) ? resolve(parentNode) : undefined;
      visiting.delete(node.id);
      const old = previous.get(node.id);
      let rect: Rect;
      if (old && old.node === node && old.parent === parent) rect = old.rect;
      else {
        const at = parent ? { x: parent.x + node.position.x, y: parent.y + node.position.y } : { x: node.position.x, y: node.position.y };
        const fresh = { ...at, ...nodeSize(node) };
        rect = old && same(old.rect, fresh) ? old.rect : fresh;
      }
      next.set(node.id, { node, parent, rect });
      return rect;
    };
    const rects = new Map<string, Rect>();
    for (const node of nodes) rects.set(node.id, resolve(node));
    previous = next;
    return rects;
  };
}
