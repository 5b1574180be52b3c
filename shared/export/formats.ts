/**
 * THE list of export formats: one entry each, read by the export dialog
 * (renderer/export/ExportDialog.tsx), its plan (exportPlan.ts) and `orgcanvas export`
 * (main/cli/commands/export.ts). An entry says how the format is labelled, which of the
 * dialog's options it takes, how the command line asks for it, what file it makes and how
 * it is written. The format ids are the entries' keys, so a format is added in one place.
 *
 * Pure: what needs an environment (drawing a PNG: an `<img>` and a canvas in the page,
 * resvg on the command line) is passed in as a `Rasterizer`. jsPDF is loaded by the PDF
 * writers only when a PDF is made (it is big, and the dialog's first paint needs none).
 */
import type { TFunction } from 'i18next';
import type { exportTexts } from '../i18n/en/export';
import type { Board } from '../model/board';
import type { DiagramOptions, ExportHint, ReportLayout } from './options';
import type { ReportChangePlan } from './reportChangePlan';
import type { Scene } from './scene';
import { sceneToSvg } from './svg';

/** A PNG drawn from a scene: the environment's bytes (a Blob in the page, a Buffer in Node). */
export interface Rasterized<R> {
  data: R;
  width: number;
  height: number;
}

/**
 * Draws `scene` at `scale` (the rasterizer keeps it within its limits, `planRaster`). It may
 * throw to refuse (the command line refuses a board that fits only below 0.1×).
 */
export type Rasterizer<R> = (scene: Scene, scale: number, title: string | undefined) => Promise<Rasterized<R>>;

/** Everything a writer may read; each takes what its format needs. */
export interface ExportRequest<R> {
  board: Board;
  t: TFunction;
  /** The diagram as chosen (scope, background, title block, legend, hints, routes). */
  diagram: DiagramOptions;
  /** The scene of `diagram`, built on first call (the dialog hands in its preview's). */
  scene: () => Scene;
  /** The document title written into SVG and PNG. */
  title: string | undefined;
  /** PNG scale (1 = one pixel per board unit). */
  scale: number;
  /** ISO `YYYY-MM-DD`, printed in the report. */
  date: string;
  /** Every active hint: the report lists them all, whatever the diagram shows. */
  hints: readonly ExportHint[];
  /** The report's paper, orientation and notes (DEFAULT_REPORT_LAYOUT where absent). */
  report?: Partial<ReportLayout>;
  /** Two scenarios for the report's change-plan section; absent = none. */
  changePlan?: ReportChangePlan;
  rasterize: Rasterizer<R>;
}

export interface ExportResult<R> {
  data: R | Uint8Array | string;
  /** Something the user should know about the file (a PDF page scaled to fit). */
  note?: string;
  /** A raster's size in pixels. */
  pixels?: { width: number; height: number };
}

type DialogTexts = (typeof exportTexts)['dialog'];

export interface ExportFormatDef {
  /**
   * i18n key of the format's name in the dialog. Typed against the English catalogue, so a
   * format without its name does not compile (and Dutch is typed against English).
   */
  labelKey: `export.dialog.formats.${keyof DialogTexts['formats'] & string}`;
  /** i18n key of a line the dialog shows while the format is chosen. */
  noteKey?: `export.dialog.${keyof DialogTexts & string}`;
  /**
   * The file it makes: extension (without the dot), MIME type, and what is added to the
   * file name before the extension (`Acme-report.pdf`; none when absent).
   */
  file: { extension: string; mimeType: string; suffix?: string };
  /**
   * The dialog's options it takes. `diagram`: scope, background, title block, legend and
   * hints (and Copy as PNG); `scale`: the PNG size; `transparent`: a transparent background;
   * `report`: the report's paper, orientation and sticky notes (ReportLayout).
   */
  takes: { diagram: boolean; scale: boolean; transparent: boolean; report: boolean };
  /** How `orgcanvas export` asks for it: `--format <id>` (when absent), or a switch of its own (`--report`). */
  cli?: 'format' | 'switch';
  write: <R>(request: ExportRequest<R>) => Promise<ExportResult<R>>;
}

async function writePng<R>(request: ExportRequest<R>): Promise<ExportResult<R>> {
  const png = await request.rasterize(request.scene(), request.scale, request.title);
  return { data: png.data, pixels: { width: png.width, height: png.height } };
}

async function writeSvg<R>(request: ExportRequest<R>): Promise<ExportResult<R>> {
  return { data: sceneToSvg(request.scene(), { title: request.title }) };
}

async function writeDiagramPdf<R>(request: ExportRequest<R>): Promise<ExportResult<R>> {
  const { diagramPdf, pdfPageNote } = await import('./pdf');
  const { bytes, page } = diagramPdf(request.board, request.diagram, request.t);
  return { data: bytes, note: pdfPageNote(page, request.t) };
}

async function writeReport<R>(request: ExportRequest<R>): Promise<ExportResult<R>> {
  const { exportReportPdf } = await import('./report');
  return { data: exportReportPdf(request.board, { date: request.date, hints: request.hints, routes: request.diagram.routes, layout: request.report, changePlan: request.changePlan }, request.t) };
}

/** In the order the dialog lists them and the command line names them. */
export const EXPORT_FORMATS = {
  png: { labelKey: 'export.dialog.formats.png', file: { extension: 'png', mimeType: 'image/png' }, takes: { diagram: true, scale: true, transparent: true, report: false }, write: writePng },
  svg: { labelKey: 'export.dialog.formats.svg', file: { extension: 'svg', mimeType: 'image/svg+xml' }, takes: { diagram: true, scale: false, transparent: true, report: false }, write: writeSvg },
  pdf: { labelKey: 'export.dialog.formats.pdf', file: { extension: 'pdf', mimeType: 'application/pdf' }, takes: { diagram: true, scale: false, transparent: false, report: false }, write: writeDiagramPdf },
  report: {
    labelKey: 'export.dialog.formats.report',
    noteKey: 'export.dialog.reportNote',
    file: { extension: 'pdf', mimeType: 'application/pdf', suffix: '-report' },
    takes: { diagram: false, scale: false, transparent: false, report: true },
    cli: 'switch',
    write: writeReport,
  },
} as const satisfies Record<string, ExportFormatDef>;

export type ExportFormatId = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as ExportFormatId[];

/** What a dialog or a command line starts with. */
export const DEFAULT_EXPORT_FORMAT: ExportFormatId = 'png';

/** The formats `--format` names, in order. */
export const CLI_FORMAT_IDS: readonly ExportFormatId[] = EXPORT_FORMAT_IDS.filter((id) => (exportFormat(id).cli ?? 'format') === 'format');

export function isExportFormat(id: unknown): id is ExportFormatId {
  return typeof id === 'string' && Object.hasOwn(EXPORT_FORMATS, id);
}

/**
 * A format's entry. An id that is not one is a programming error (a format without an
 * entry, a typo): it throws, naming the id and the known ones, rather than fall back to
 * another format.
 */
export function exportFormat(id: string): ExportFormatDef {
  if (!isExportFormat(id)) throw new Error(`Unknown export format "${id}"; the known formats are ${EXPORT_FORMAT_IDS.join(', ')}.`);
  return EXPORT_FORMATS[id];
}

/** Writes `id` with the request: the one path from a choice to a file, for every caller. */
export async function writeExport<R>(id: ExportFormatId, request: ExportRequest<R>): Promise<ExportResult<R>> {
  return exportFormat(id).write(request);
}

/** "png, svg or pdf" in the user's language, for messages that list formats. */
export function formatList(ids: readonly string[], t: TFunction): string {
  if (ids.length < 2) return ids.join('');
  return `${ids.slice(0, -1).join(', ')} ${t('export.or')} ${ids[ids.length - 1]}`;
}
