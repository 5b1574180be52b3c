/**
 * A small SVG picture of a board for the start screen: an outline per node in its kind's
 * colours, nothing else. Pure, so it runs inside the save without touching the DOM.
 */
import type { Board, BoardNode } from '../../shared/model/board';
import { DEFAULT_SIZE, KIND_STYLES, CANVAS_BACKGROUND } from '../../shared/theme/theme';

/** Enough to recognise a board, and a bound on the thumbnail's size (about 10 KB). */
const MAX_NODES = 400;

export function boardThumbnail(board: Board, width = 240, height = 150): string {
  const byId = new Map(board.nodes.map((n) => [n.id, n]));
  const absolute = (node: BoardNode) => {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    return parent ? { x: parent.position.x + node.position.x, y: parent.position.y + node.position.y } : node.position;
  };
  const boxes = board.nodes.slice(0, MAX_NODES).map((node) => {
    const { x, y } = absolute(node);
    const size = DEFAULT_SIZE[node.kind];
    return { node, x, y, w: node.width ?? size.width, h: node.height ?? size.height };
  });
  const bg = `<rect width="${width}" height="${height}" fill="${CANVAS_BACKGROUND}"/>`;
  if (!boxes.length) return svg(width, height, bg);
  const minX = Math.min(...boxes.map((b) => b.x));
  const minY = Math.min(...boxes.map((b) => b.y));
  const maxX = Math.max(...boxes.map((b) => b.x + b.w));
  const maxY = Math.max(...boxes.map((b) => b.y + b.h));
  const pad = 8;
  const scale = Math.min((width - 2 * pad) / Math.max(1, maxX - minX), (height - 2 * pad) / Math.max(1, maxY - minY));
  const r = (v: number) => Math.round(v * 10) / 10;
  // One path per kind, not a <rect> per node: the thumbnail is stored with the board's row
  // at every save and read with every library listing, and a 400-node board made 45 KB of
  // rects (a main-thread millisecond each way in IndexedDB) where paths make about 10 KB.
  const outlines = new Map<BoardNode['kind'], string[]>();
  for (const { node, x, y, w, h } of boxes) {
    const width = r(Math.max(1, w * scale));
    const outline = `M${r(pad + (x - minX) * scale)} ${r(pad + (y - minY) * scale)}h${width}v${r(Math.max(1, h * scale))}h${-width}z`;
    const list = outlines.get(node.kind);
    if (list) list.push(outline);
    else outlines.set(node.kind, [outline]);
  }
  // Departments first, so their children are drawn on top.
  const kinds = [...outlines.keys()].sort((a, b) => Number(b === 'department') - Number(a === 'department'));
  const paths = kinds
    .map((kind) => {
      const style = KIND_STYLES[kind];
      return `<path d="${outlines.get(kind)!.join('')}" fill="${style.fill}" stroke="${style.accent}" stroke-width="1"/>`;
    })
    .join('');
  return svg(width, height, bg + paths);
}

function svg(width: number, height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${body}</svg>`;
}
