/**
 * The look of a board, as data: the canvas (renderer CSS variables) and every export read
 * these, so an exported diagram looks like the canvas.
 *
 * Chosen for projectors: a washed-out beamer loses pale tints and thin lines first, so
 * kinds differ by strong, dark, saturated hues (all ≥ 7:1 against white) and by border
 * style, never by tint alone, and lines are at least 3 px.
 */
import { mapKinds } from '../model/kinds';
import { mapRelations } from '../model/relationKinds';

export interface KindStyle {
  /** Border, header band and icon colour; text on it is white. */
  accent: string;
  /** Body fill; text on it is `ink`. */
  fill: string;
  border: 'solid' | 'dashed';
  /** A short glyph drawn in the node's corner, so kinds read without colour too. */
  glyph: string;
}

export const INK = '#111418';
export const PAPER = '#ffffff';
export const CANVAS_BACKGROUND = '#f4f5f7';

/** Each kind's look, from its definition (model/kinds/). */
export const KIND_STYLES = mapKinds((def) => def.style);

export interface RelationStyle {
  colour: string;
  width: number;
  /** SVG stroke-dasharray; empty for a solid line. */
  dash: string;
  arrow: boolean;
}

/** Each relation kind's line, from its definition (model/relationKinds.ts). */
export const RELATION_STYLES = mapRelations((def) => def.style);

/** RACI letters on `responsible` edges: A stands out, because A is who answers for it. */
export const RACI_COLOURS = { R: '#2b2f36', A: '#a3001b', C: '#17406b', I: '#4a4f57' } as const;

/** Size of a node that has none stored (the file format leaves size to the app), per kind. */
export const DEFAULT_SIZE = mapKinds((def) => def.size);

/** Type sizes in px at 100 % zoom; large, because the back row of a room reads them. */
export const TYPE = {
  fontFamily: '"Inter", "Segoe UI", "Helvetica Neue", Arial, sans-serif',
  label: 22,
  sublabel: 15,
  departmentHeader: 22,
  edgeLabel: 16,
} as const;
