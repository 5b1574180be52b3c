/**
 * Departments are containers: a role dropped on one becomes its child (its position turns
 * relative to the department, so it moves with it), a role dragged out is detached, and a
 * department grows to hold its children.
 */
import type { Board, BoardNode } from '../model/board';
import { absoluteRects, nodeSize, type Rect } from '../geometry/geometry';

/** Room kept between a department's border and its children, and for its header band. */
export const CONTAINER_PADDING = 20;
export const CONTAINER_HEADER = 56;

/** Only roles live inside departments (domain.md); teams are joined by relations. */
export function canBeChild(node: BoardNode): boolean {
  return node.kind === 'role';
}

function contains(rect: Rect, point: { x: number; y: number }): boolean {
  return point.x >= rect.x && point.x <= rect.x + rect.width && point.y >= rect.y && point.y <= rect.y + rect.height;
}

/**
 * After `movedIds` were dropped: each role whose centre lies inside a department becomes
 * its child (the topmost, i.e. last drawn, wins), a role whose centre left its department
 * is detached; positions are converted so nothing jumps on screen. Departments that gained
 * children grow to fit them.
 */
export function reparentDropped(board: Board, movedIds: Iterable<string>): Board {
  const moved = new Set(movedIds);
  const rects = absoluteRects(board);
  const departments = board.nodes.filter((n) => n.kind === 'department');
  const grow = new Set<string>();
  let changed = false;
  const nodes = board.nodes.map((node): BoardNode => {
    if (!moved.has(node.id) || !canBeChild(node)) return node;
    // A role moved together with its department keeps its place in it.
    if (node.parentId && moved.has(node.parentId)) return node;
    const rect = rects.get(node.id)!;
    const centre = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    let parent: BoardNode | undefined;
    for (const department of departments) if (contains(rects.get(department.id)!, centre)) parent = department;
    if (parent?.id === node.parentId) {
      if (parent) grow.add(parent.id);
      return node;
    }
    changed = true;
    if (!parent) {
      const { parentId: _detached, ...rest } = node;
      return { ...rest, position: { ...node.position, x: rect.x, y: rect.y } } as BoardNode;
    }
    const origin = rects.get(parent.id)!;
    grow.add(parent.id);
    return { ...node, parentId: parent.id, position: { ...node.position, x: rect.x - origin.x, y: rect.y - origin.y } };
  });
  let next = changed ? { ...board, nodes } : board;
  for (const node of next.nodes) {
    const before = board.nodes.find((n) => n.id === node.id);
    if (node.parentId && before?.parentId !== node.parentId) next = clearSiblings(next, node.id);
  }
  for (const id of grow) next = growToFit(next, id);
  return next;
}

/** Gap left between a role moved clear of its siblings and the sibling above it. */
const SIBLING_GAP = 16;

/**
 * A role just adopted lands where it was dropped; if that covers a sibling, it slides down
 * below the siblings it overlaps, so two roles never hide each other in a department.
 */
function clearSiblings(board: Board, id: string): Board {
  const node = board.nodes.find((n) => n.id === id)!;
  const size = nodeSize(node);
  const siblings = board.nodes.filter((n) => n.parentId === node.parentId && n.id !== id);
  let y = node.position.y;
  for (let guard = 0; guard < siblings.length + 1; guard++) {
    const hit = siblings.find((s) => {
      const r = nodeSize(s);
      return node.position.x < s.position.x + r.width && s.position.x < node.position.x + size.width && y < s.position.y + r.height && s.position.y < y + size.height;
    });
    if (!hit) break;
    y = hit.position.y + nodeSize(hit).height + SIBLING_GAP;
  }
  if (y === node.position.y) return board;
  return { ...board, nodes: board.nodes.map((n) => (n.id === id ? { ...n, position: { ...n.position, y } } : n)) };
}

/**
 * Make department `id` large enough for its children plus padding. It only grows (never
 * shrinks under the facilitator's hands), and a child sticking out at the top or left
 * moves the department's origin so no child ends up under the header.
 */
export function growToFit(board: Board, id: string): Board {
  const department = board.nodes.find((n) => n.id === id);
  if (!department || department.kind !== 'department') return board;
  const children = board.nodes.filter((n) => n.parentId === id);
  if (children.length === 0) return board;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const child of children) {
    const { width, height } = nodeSize(child);
    minX = Math.min(minX, child.position.x);
    minY = Math.min(minY, child.position.y);
    maxX = Math.max(maxX, child.position.x + width);
    maxY = Math.max(maxY, child.position.y + height);
  }
  const shiftX = Math.max(0, CONTAINER_PADDING - minX);
  const shiftY = Math.max(0, CONTAINER_HEADER - minY);
  const size = nodeSize(department);
  const width = Math.max(size.width + shiftX, maxX + shiftX + CONTAINER_PADDING);
  const height = Math.max(size.height + shiftY, maxY + shiftY + CONTAINER_PADDING);
  if (shiftX === 0 && shiftY === 0 && width === size.width && height === size.height) return board;
  const nodes = board.nodes.map((node): BoardNode => {
    if (node.id === id) {
      return { ...node, width, height, position: { ...node.position, x: node.position.x - shiftX, y: node.position.y - shiftY } };
    }
    if (node.parentId === id && (shiftX || shiftY)) {
      return { ...node, position: { ...node.position, x: node.position.x + shiftX, y: node.position.y + shiftY } };
    }
    return node;
  });
  return { ...board, nodes };
}
