/**
 * The compare view's marks on a diagram (DiagramOptions.highlights): a node that changed
 * gets an outline in its change's colour and a tag with the change's name above its box; a
 * faded node is drawn at low opacity. Drawn by the one scene builder, so the compare view
 * needs no renderer of its own. Pure.
 */
import type { TFunction } from 'i18next';
import type { ChangePlan } from '../changePlan';
import type { Rect } from '../geometry/geometry';
import { textWidth } from './metrics';
import type { NodeHighlight, NodeMark } from './options';
import type { SceneItem } from './scene';

/** Colours told apart by lightness as well as hue, each dark enough for white text (WCAG AA). */
export const MARK_COLOURS: Record<NodeMark, string> = {
  added: '#1b6e2a',
  removed: '#a3001b',
  moved: '#6a2ca0',
  relabelled: '#0b5c8a',
  changed: '#8a4b00',
  raci: '#3d4650',
};

/** How faint a faded node is: visible enough to keep one's bearings, quiet enough to skip. */
export const FADED_OPACITY = 0.2;
/** A removed node shown as a ghost on the after diagram: fainter than a node, still readable. */
export const GHOST_OPACITY = 0.45;

const TAG_SIZE = 17;
const TAG_HEIGHT = 24;

export function markItem(id: string, mark: NodeMark, box: Rect, t: TFunction): SceneItem {
  const colour = MARK_COLOURS[mark];
  const label = t(`compare.marks.${mark}`);
  const tagWidth = textWidth(label, { size: TAG_SIZE, bold: true }) + 12;
  const pad = 6;
  return {
    role: 'mark',
    id,
    kind: mark,
    shapes: [
      { type: 'rect', x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad, radius: 10, stroke: colour, strokeWidth: 6, dash: mark === 'removed' ? '10 6' : '' },
      { type: 'rect', x: box.x - pad, y: box.y - pad - TAG_HEIGHT, width: tagWidth, height: TAG_HEIGHT, radius: 4, fill: colour },
      { type: 'text', x: box.x - pad + 6, y: box.y - pad - 6, text: label, size: TAG_SIZE, bold: true, fill: '#ffffff' },
    ],
  };
}

/**
 * The mark of every node a change plan names: its change's type, or `raci` for a task whose
 * letters changed while it did not change itself. Removed nodes are marked too (they are
 * only on the before board: a caller draws them as ghosts or leaves them out).
 */
export function changeMarks(plan: ChangePlan): Map<string, NodeMark> {
  const marks = new Map<string, NodeMark>();
  for (const change of plan.changes) marks.set(change.id, change.type);
  for (const change of plan.raci) if (!marks.has(change.task)) marks.set(change.task, 'raci');
  return marks;
}

/** The opacity a node's highlight asks for; undefined = opaque. */
export function highlightOpacity(highlight: NodeHighlight | undefined): number | undefined {
  if (!highlight?.faded) return undefined;
  return highlight.mark === 'removed' ? GHOST_OPACITY : FADED_OPACITY;
}
