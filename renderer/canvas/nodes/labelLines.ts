/**
 * How many lines of its label a node has room for in the editor, so that the label is cut by
 * its line clamp (with an ellipsis) and never squeezed into a half line or drawn over the
 * person's name below it (issue 21, point 6: "Marketingmanager" over "Petra Wolters").
 *
 * The editor's rows have fixed heights (renderer/styles/nodes.css, the rules under
 * `html:not(.oc-presenting)`; the numbers here are those): the band, the person, the chip
 * row and the KPI line take what they need, and the label gets the whole lines that are
 * left. A pure function of the node's size and rows, computed in render: no measuring, no
 * observer per node (a 1,000-node board renders as fast as before).
 */

/** Heights in CSS px, matching nodes.css. */
export const ROW = {
  band: 22,
  label: 22,
  person: 18,
  chips: 24,
  kpi: 22,
} as const;

/** Border width of a node's frame (nodes.css: 3 px; a team's 4 px). */
const BORDER: Partial<Record<string, number>> = { team: 4 };

export interface NodeRows {
  person?: boolean;
  chips?: boolean;
  kpi?: boolean;
}

export const MAX_LABEL_LINES = 3;

/** Whole label lines that fit a node of `height` with these rows; at least one. */
export function labelLines(kind: string, height: number | undefined, rows: NodeRows): number {
  if (!height) return 2;
  const border = 2 * (BORDER[kind] ?? 3);
  const taken = ROW.band + (rows.person ? ROW.person : 0) + (rows.chips ? ROW.chips : 0) + (rows.kpi ? ROW.kpi : 0);
  return Math.max(1, Math.min(MAX_LABEL_LINES, Math.floor((height - border - taken) / ROW.label)));
}

/** Lines of a sticky note's text: the note has an 8 px padding, a 2 px border and an 18 px caption. */
export function noteLines(height: number | undefined): number {
  if (!height) return 4;
  return Math.max(1, Math.floor((height - 2 * 8 - 2 * 2 - 18 - 4) / 25));
}
