/**
 * The look of a board, as data: the canvas (renderer CSS variables) and every export read
 * these, so an exported diagram looks like the canvas.
 *
 * Chosen for projectors: a washed-out beamer loses pale tints and thin lines first, so
 * kinds differ by strong, dark, saturated hues (all ≥ 7:1 against white) and by border
 * style, never by tint alone, and lines are at least 3 px.
 */
import type { RelationKind } from '../model/board';
import type { NodeKind } from '../model/catalogue';

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

export const KIND_STYLES: Record<NodeKind, KindStyle> = {
  department: { accent: '#17406b', fill: '#eaf1f8', border: 'solid', glyph: '▦' },
  role: { accent: '#005c58', fill: '#ffffff', border: 'solid', glyph: '●' },
  team: { accent: '#5b1a86', fill: '#f6effb', border: 'solid', glyph: '◆' },
  task: { accent: '#8f3b00', fill: '#fff7f0', border: 'solid', glyph: '■' },
  objective: { accent: '#1d5e20', fill: '#f0f8f0', border: 'solid', glyph: '★' },
  external: { accent: '#4e342e', fill: '#f7f3f1', border: 'dashed', glyph: '⬡' },
  note: { accent: '#6b5300', fill: '#fff3a8', border: 'solid', glyph: '✎' },
};

export interface RelationStyle {
  colour: string;
  width: number;
  /** SVG stroke-dasharray; empty for a solid line. */
  dash: string;
  arrow: boolean;
}

export const RELATION_STYLES: Record<RelationKind, RelationStyle> = {
  responsible: { colour: '#2b2f36', width: 3, dash: '', arrow: true },
  member: { colour: '#17406b', width: 3, dash: '10 6', arrow: false },
  leads: { colour: '#5b1a86', width: 5, dash: '', arrow: true },
  reports: { colour: '#4a4f57', width: 3, dash: '3 5', arrow: true },
  sponsors: { colour: '#7a5a00', width: 4, dash: '16 6 4 6', arrow: true },
  serves: { colour: '#1d5e20', width: 3, dash: '', arrow: true },
};

/** RACI letters on `responsible` edges: A stands out, because A is who answers for it. */
export const RACI_COLOURS = { R: '#2b2f36', A: '#a3001b', C: '#17406b', I: '#4a4f57' } as const;

/** Size of a node that has none stored (the file format leaves size to the app). */
export const DEFAULT_SIZE: Record<NodeKind, { width: number; height: number }> = {
  department: { width: 300, height: 220 },
  role: { width: 260, height: 132 },
  team: { width: 260, height: 110 },
  task: { width: 260, height: 120 },
  objective: { width: 260, height: 90 },
  external: { width: 240, height: 90 },
  note: { width: 220, height: 140 },
};

/** Type sizes in px at 100 % zoom; large, because the back row of a room reads them. */
export const TYPE = {
  fontFamily: '"Inter", "Segoe UI", "Helvetica Neue", Arial, sans-serif',
  label: 22,
  sublabel: 15,
  departmentHeader: 22,
  edgeLabel: 16,
} as const;
