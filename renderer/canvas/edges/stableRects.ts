/**
 * Node rectangles for drawing edges, keeping the same object for a node whose rectangle did
 * not change. The edge layer memoises each edge on its two rectangles, so a drag step
 * re-draws only the edges of what moved (a department moving moves its roles too).
 */
import { absoluteRects, type Rect } from '../../../shared/geometry/geometry';
import type { BoardNode } from '../../../shared/model/board';

const same = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

export function createStableRects() {
  let previous = new Map<string, Rect>();
  return function rectsOf(nodes: readonly BoardNode[]): ReadonlyMap<string, Rect> {
    const next = absoluteRects({ nodes });
    for (const [id, rect] of next) {
      const old = previous.get(id);
      if (old && same(old, rect)) next.set(id, old);
    }
    previous = next;
    return next;
  };
}
