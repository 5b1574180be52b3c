/** What an export is asked for: the same options drive the dialog, the CLI and the report. */
import type { Point } from '../model/board';

/** `theme` is the canvas's own background colour. */
export type ExportBackground = 'white' | 'transparent' | 'theme';
export const EXPORT_BACKGROUNDS: readonly ExportBackground[] = ['white', 'transparent', 'theme'];

/**
 * A hint as the export needs it. The rule engine (`shared/rules/`) produces richer hints;
 * this is the part an export prints, so exports do not depend on the engine's internals.
 */
export interface ExportHint {
  severity: 'error' | 'warning' | 'tip';
  message: string;
  /** Ids of the nodes the hint concerns: they get a marker in the diagram. */
  nodes: readonly string[];
  /** Stable rule id, e.g. `task-unowned`. */
  ruleId?: string;
  /** The source the hint rests on (citation and section), printed in the report. */
  source?: string;
  /** Why the rule holds, in the seeds' terms: the report prints it under the message. */
  explanation?: string;
}

export interface DiagramOptions {
  /** Ids of the nodes to export; undefined = the whole board. Edges need both ends in scope. */
  selection?: readonly string[];
  background: ExportBackground;
  /** Board and organisation name plus the date, above the diagram. */
  titleBlock: boolean;
  /** The date printed in the title block (ISO `YYYY-MM-DD`); passed in so output is reproducible. */
  date?: string;
  /** Optional board title in addition to the organisation name. */
  boardName?: string;
  legend: boolean;
  /** Hints to mark on the diagram and list under it; empty or undefined = none. */
  hints?: readonly ExportHint[];
  /**
   * Each edge's line round the boxes, in board coordinates (shared/routing; the caller
   * awaits the router, so the export shows the canvas's lines); an edge without one is
   * drawn straight.
   */
  routes?: ReadonlyMap<string, readonly Point[]>;
  /**
   * Per node id, a mark and/or fading: how the compare view (renderer/compare) shows what a
   * to-be changes. Absent = every node drawn plainly, as every other export does.
   */
  highlights?: ReadonlyMap<string, NodeHighlight>;
}

/** What happened to a node between two scenarios, as the compare view marks it (`raci`: its RACI letters changed). */
export const NODE_MARKS = ['added', 'removed', 'moved', 'relabelled', 'changed', 'raci'] as const;
export type NodeMark = (typeof NODE_MARKS)[number];

export interface NodeHighlight {
  /** An outline in the mark's colour with its name on a tag above the box. */
  mark?: NodeMark;
  /** Drawn at low opacity: unchanged under "changed only", or a removed node shown as a ghost. */
  faded?: boolean;
}

export const DEFAULT_DIAGRAM_OPTIONS: DiagramOptions = {
  background: 'white',
  titleBlock: false,
  legend: false,
};

/** Paper the report is printed on: jsPDF's names for them. */
export const PAPER_SIZES = ['a4', 'a3', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
export const ORIENTATIONS = ['landscape', 'portrait'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/** How the report is laid out: the dialog's report options and `orgcanvas export --report`'s. */
export interface ReportLayout {
  /** The paper of every page. */
  paper: PaperSize;
  /** The diagram page's orientation; the table pages are landscape, since a RACI matrix is wide. */
  orientation: Orientation;
  /**
   * Whether the workshop's sticky notes are drawn and counted. Off by default: they are the
   * room's parking lot, not part of the design a client is handed.
   */
  notes: boolean;
}

export const DEFAULT_REPORT_LAYOUT: ReportLayout = { paper: 'a4', orientation: 'landscape', notes: false };
