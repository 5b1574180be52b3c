/** Board → Scene: the one layout every export format draws. Pure: data in, shapes out. */
import type { TFunction } from 'i18next';
import type { Board, BoardEdge, Point } from '../model/board';
import { NODE_KINDS } from '../model/vocabulary';
import { RELATION_KINDS } from '../model/board';
import { CANVAS_BACKGROUND, INK, KIND_STYLES, RACI_COLOURS, RELATION_STYLES, TYPE } from '../theme/theme';
import { drawNode } from './drawNode';
import { absoluteRects, bounds, edgeEnds, type Rect as Box } from '../geometry/geometry';
import { nodesInScope } from './scope';
import { routeMidpoint } from '../routing/boardRoutes';
import { textWidth, wrapText } from './metrics';
import type { DiagramOptions, ExportHint } from './options';
import type { Scene, SceneItem, Shape } from './scene';
import { highlightOpacity, markItem } from './marks';

const MARGIN = 40;
const TITLE_HEIGHT = 96;
/** Below this width the title, legend and hint list would wrap into unreadable columns. */
const MIN_CONTENT_WIDTH = 720;

export const SEVERITY_COLOURS: Record<ExportHint['severity'], string> = { error: '#a3001b', warning: '#8a4b00', tip: '#17406b' };

export function backgroundColour(background: DiagramOptions['background']): string | undefined {
  if (background === 'transparent') return undefined;
  return background === 'theme' ? CANVAS_BACKGROUND : '#ffffff';
}

export function buildScene(board: Board, options: DiagramOptions, t: TFunction): Scene {
  const nodes = nodesInScope(board, options.selection);
  const allBoxes = absoluteRects(board);
  const inScope = new Set(nodes.map((n) => n.id));
  const boxes = new Map(nodes.map((n) => [n.id, allBoxes.get(n.id)!]));
  const edges = board.edges.filter((e) => inScope.has(e.source) && inScope.has(e.target));
  const diagram = bounds(boxes.values()) ?? { x: 0, y: 0, width: 0, height: 0 };
  const contentWidth = Math.max(diagram.width, options.titleBlock || options.legend || options.hints?.length ? MIN_CONTENT_WIDTH : 0);

  const items: SceneItem[] = [];
  let y = MARGIN;
  if (options.titleBlock) {
    items.push(titleBlock(board, options, t, MARGIN, y, contentWidth));
    y += TITLE_HEIGHT;
  }
  // Shift the diagram so its top-left corner lands at (MARGIN, y).
  const dx = MARGIN - diagram.x;
  const dy = y - diagram.y;
  const shifted = (b: Box): Box => ({ x: b.x + dx, y: b.y + dy, width: b.width, height: b.height });

  // Departments first: containers sit under their roles and under the edges, as on the canvas.
  const ordered = [...nodes.filter((n) => n.kind === 'department'), ...nodes.filter((n) => n.kind !== 'department')];
  const highlights = options.highlights;
  const opacityOf = (id: string) => highlightOpacity(highlights?.get(id));
  const drawnNodes: SceneItem[] = ordered.map((node) => ({
    role: 'node',
    id: node.id,
    kind: node.kind,
    ...(opacityOf(node.id) !== undefined && { opacity: opacityOf(node.id) }),
    shapes: drawNode(node, shifted(boxes.get(node.id)!), t),
  }));
  const containers = drawnNodes.filter((item) => item.kind === 'department');
  const others = drawnNodes.filter((item) => item.kind !== 'department');
  // Containers, then edges, then the other nodes: as on the canvas, a line never hides a
  // label, and the RACI badge sits between the nodes it joins.
  items.push(...containers);
  for (const edge of edges) {
    const route = options.routes?.get(edge.id);
    const points = route ? route.map((p) => ({ x: p.x + dx, y: p.y + dy })) : straight(shifted(boxes.get(edge.source)!), shifted(boxes.get(edge.target)!));
    const drawn = drawEdge(edge, points);
    // A line fades with its ends: between two faded nodes it is not what changed.
    const faded = opacityOf(edge.source) !== undefined && opacityOf(edge.target) !== undefined;
    items.push(faded ? { ...drawn, opacity: Math.max(opacityOf(edge.source)!, opacityOf(edge.target)!) } : drawn);
  }
  items.push(...others);
  if (highlights) {
    for (const node of ordered) {
      const mark = highlights.get(node.id)?.mark;
      if (mark) items.push(markItem(node.id, mark, shifted(boxes.get(node.id)!), t));
    }
  }

  const hints = options.hints ?? [];
  if (hints.length) items.push(...hintMarkers(hints, boxes, shifted));
  y += diagram.height;

  if (options.legend) {
    const legend = legendItem(t, MARGIN, y + 32, contentWidth);
    items.push(legend.item);
    y = legend.bottom;
  }
  if (hints.length) {
    const list = hintList(hints, t, MARGIN, y + 32, contentWidth);
    items.push(list.item);
    y = list.bottom;
  }
  return {
    width: Math.ceil(contentWidth + 2 * MARGIN),
    height: Math.ceil(y + MARGIN),
    background: backgroundColour(options.background),
    items,
  };
}

function titleBlock(board: Board, options: DiagramOptions, t: TFunction, x: number, y: number, width: number): SceneItem {
  const name = board.profile.name || t('export.untitled');
  const heading = options.boardName ? `${options.boardName} — ${name}` : name;
  const shapes: Shape[] = [];
  const line = wrapText(heading, width, { size: 30, bold: true }, 1)[0] ?? '';
  shapes.push({ type: 'text', x, y: y + 30, text: line, size: 30, bold: true, fill: INK });
  const meta = [t(`profile.sizes.${board.profile.size}`), t(`profile.markets.${board.profile.market}`), t(`profile.cultures.${board.profile.culture}`)];
  if (options.date) meta.push(t('export.title.date', { date: options.date }));
  shapes.push({ type: 'text', x, y: y + 58, text: wrapText(meta.join(' · '), width, { size: 16 }, 1)[0] ?? '', size: 16, fill: '#4a4f57' });
  shapes.push({ type: 'line', points: [{ x, y: y + 72 }, { x: x + width, y: y + 72 }], stroke: '#c9ced6', strokeWidth: 2 });
  return { role: 'title', shapes };
}

function straight(source: Box, target: Box): Point[] {
  const { from, to } = edgeEnds(source, target);
  return [from, to];
}

/** An edge along `points` (its route, or its two ends), with its arrowhead and RACI letter. */
function drawEdge(edge: BoardEdge, points: readonly Point[]): SceneItem {
  const style = RELATION_STYLES[edge.kind];
  const to = points[points.length - 1]!;
  // The arrowhead follows the last segment, the one that reaches the target.
  const from = points[points.length - 2]!;
  const shapes: Shape[] = [];
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  const ux = length ? (to.x - from.x) / length : 0;
  const uy = length ? (to.y - from.y) / length : 0;
  const head = style.width * 2.5 + 8;
  // Stop the line at the arrowhead's base so a thick line does not poke through its tip.
  // A route's last segment can be shorter than the head: then the line stops where it starts.
  const cut = Math.min(head * 0.8, length);
  const lineEnd = style.arrow && length > 0 ? { x: to.x - ux * cut, y: to.y - uy * cut } : to;
  shapes.push({ type: 'line', points: [...points.slice(0, -1), lineEnd], stroke: style.colour, strokeWidth: style.width, dash: style.dash });
  if (style.arrow && length > 0) {
    const base = { x: to.x - ux * head, y: to.y - uy * head };
    const half = head * 0.45;
    shapes.push({
      type: 'polygon',
      fill: style.colour,
      points: [to, { x: base.x - uy * half, y: base.y + ux * half }, { x: base.x + uy * half, y: base.y - ux * half }],
    });
  }
  if (edge.kind === 'responsible') {
    const letter = edge.data?.raci ?? 'R';
    const mid = routeMidpoint(points);
    shapes.push({ type: 'circle', cx: mid.x, cy: mid.y, r: 14, fill: RACI_COLOURS[letter], stroke: '#ffffff', strokeWidth: 2 });
    shapes.push({ type: 'text', x: mid.x, y: mid.y + 6, text: letter, size: TYPE.edgeLabel, bold: true, fill: '#ffffff', anchor: 'middle' });
  }
  return { role: 'edge', id: edge.id, kind: edge.kind, shapes };
}

/** A marker in a node's top-right corner per severity, so the listed hints can be found. */
function hintMarkers(hints: readonly ExportHint[], boxes: Map<string, Box>, shifted: (b: Box) => Box): SceneItem[] {
  const worst = new Map<string, ExportHint['severity']>();
  const rank = { error: 3, warning: 2, tip: 1 } as const;
  for (const hint of hints) {
    for (const id of hint.nodes) {
      const current = worst.get(id);
      if (boxes.has(id) && (!current || rank[hint.severity] > rank[current])) worst.set(id, hint.severity);
    }
  }
  return [...worst].map(([id, severity]) => {
    const box = shifted(boxes.get(id)!);
    const cx = box.x + box.width - 4;
    const cy = box.y + 4;
    return {
      role: 'hints',
      id,
      shapes: [
        { type: 'circle', cx, cy, r: 12, fill: SEVERITY_COLOURS[severity], stroke: '#ffffff', strokeWidth: 2 },
        { type: 'text', x: cx, y: cy + 6, text: '!', size: 16, bold: true, fill: '#ffffff', anchor: 'middle' },
      ],
    };
  });
}

/** Swatches for kinds, line samples for relations and the RACI letters, in flowing rows. */
function legendItem(t: TFunction, x: number, top: number, width: number): { item: SceneItem; bottom: number } {
  const shapes: Shape[] = [{ type: 'text', x, y: top + 20, text: t('export.legend.title'), size: 20, bold: true, fill: INK }];
  let cx = x;
  let cy = top + 36;
  const rowHeight = 30;
  const place = (w: number) => {
    if (cx + w > x + width && cx > x) {
      cx = x;
      cy += rowHeight;
    }
    const at = cx;
    cx += w + 24;
    return at;
  };
  for (const kind of NODE_KINDS) {
    const label = t(`kinds.${kind}`);
    const style = KIND_STYLES[kind];
    const at = place(30 + textWidth(label, { size: 15 }));
    shapes.push({ type: 'rect', x: at, y: cy + 4, width: 22, height: 18, radius: 4, fill: style.fill, stroke: style.accent, strokeWidth: 3, dash: style.border === 'dashed' ? '5 3' : '' });
    shapes.push({ type: 'text', x: at + 30, y: cy + 19, text: label, size: 15, fill: INK });
  }
  cx = x;
  cy += rowHeight + 6;
  for (const relation of RELATION_KINDS) {
    const label = t(`relations.${relation}`);
    const style = RELATION_STYLES[relation];
    const at = place(56 + textWidth(label, { size: 15 }));
    shapes.push({ type: 'line', points: [{ x: at, y: cy + 13 }, { x: at + 40, y: cy + 13 }], stroke: style.colour, strokeWidth: style.width, dash: style.dash });
    if (style.arrow) shapes.push({ type: 'polygon', fill: style.colour, points: [{ x: at + 48, y: cy + 13 }, { x: at + 38, y: cy + 7 }, { x: at + 38, y: cy + 19 }] });
    shapes.push({ type: 'text', x: at + 56, y: cy + 19, text: label, size: 15, fill: INK });
  }
  cx = x;
  cy += rowHeight + 6;
  for (const letter of ['R', 'A', 'C', 'I'] as const) {
    const label = t(`raci.${letter}`);
    const at = place(32 + textWidth(label, { size: 15 }));
    shapes.push({ type: 'circle', cx: at + 12, cy: cy + 13, r: 12, fill: RACI_COLOURS[letter] });
    shapes.push({ type: 'text', x: at + 12, y: cy + 18, text: letter, size: 14, bold: true, fill: '#ffffff', anchor: 'middle' });
    shapes.push({ type: 'text', x: at + 32, y: cy + 19, text: label, size: 15, fill: INK });
  }
  return { item: { role: 'legend', shapes }, bottom: cy + rowHeight };
}

function hintList(hints: readonly ExportHint[], t: TFunction, x: number, top: number, width: number): { item: SceneItem; bottom: number } {
  const shapes: Shape[] = [{ type: 'text', x, y: top + 20, text: t('export.hints.title'), size: 20, bold: true, fill: INK }];
  let y = top + 34;
  for (const hint of hints) {
    const severity = t(`export.hints.severity.${hint.severity}`);
    shapes.push({ type: 'circle', cx: x + 9, cy: y + 11, r: 9, fill: SEVERITY_COLOURS[hint.severity] });
    shapes.push({ type: 'text', x: x + 24, y: y + 16, text: severity, size: 15, bold: true, fill: SEVERITY_COLOURS[hint.severity] });
    const indent = 24 + textWidth(severity, { size: 15, bold: true }) + 8;
    const lines = wrapText(hint.message, width - indent, { size: 15 }, 3);
    lines.forEach((line, i) => shapes.push({ type: 'text', x: x + indent, y: y + 16 + i * 20, text: line, size: 15, fill: INK }));
    y += Math.max(1, lines.length) * 20 + 8;
  }
  return { item: { role: 'hints', shapes }, bottom: y };
}
