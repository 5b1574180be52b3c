/**
 * `orgcanvas export <file> --format png|svg|pdf [--scale N] [--background white|transparent|theme]
 * [--out path] [--title] [--legend] [--hints] [--report [--paper a4|a3|letter]
 * [--orientation landscape|portrait] [--notes] [--from NAME --to NAME]]`: the same model-built rendering as the app,
 * for documentation pipelines (as draw.io desktop's CLI export is used).
 */
import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { i18n as I18n, TFunction } from 'i18next';
import {
  buildScene,
  planRaster,
  writeExport,
  exportFormat,
  formatList,
  CLI_FORMAT_IDS,
  DEFAULT_EXPORT_FORMAT,
  EXPORT_BACKGROUNDS,
  EXPORT_FORMATS,
  DEFAULT_REPORT_LAYOUT,
  ORIENTATIONS,
  PAPER_SIZES,
  type DiagramOptions,
  type ExportBackground,
  type ExportFormatId,
  type Orientation,
  type PaperSize,
  type Rasterizer,
  type ReportLayout,
  type Scene,
} from '../../../shared/export';
import { sceneToSvg } from '../../../shared/export/svg';
import { exportHints } from '../../../shared/export/ruleHints';
import { partitionHints } from '../../../shared/rules/dismissals';
import { evaluateBoard } from '../../../shared/rules/engine';
import { clipMiddle } from '../../files/clip';
import { EXIT, type CliIo, type Command } from '../io';
import { pickScenario, readBoardFile } from '../readBoard';
import { changePlanOption } from '../changePlanOption';
import { renderPng } from '../renderPng';
import { routeBoardInNode } from '../../routing/avoidNode';

/**
 * The smallest scale a PNG is drawn at, as the smallest `--scale` accepted. A board whose
 * nodes are millions of px apart only fits the PNG limits far below it: at 1–3 M px apart
 * resvg drew a 16005 × 3 px strip, and at 9 M px a zero-pixel side (`Target size is zero`).
 */
const MIN_SCALE = 0.1;

/** A refusal the rasterizer raises; its message is printed as is, with exit code 2. */
class Refused extends Error {}

/**
 * PNGs with resvg, at the largest scale within the raster limits: below MIN_SCALE it
 * refuses (pointing to SVG), and a lowered scale is said on stderr.
 */
function resvgRasterizer(io: CliIo, i18n: I18n): Rasterizer<Buffer> {
  const t = i18n.t;
  return async (scene: Scene, scale: number, title: string | undefined) => {
    const plan = planRaster(scene.width, scene.height, scale);
    if (plan.scale < MIN_SCALE) {
      const minimum = new Intl.NumberFormat(i18n.language).format(MIN_SCALE);
      throw new Refused(t('export.cli.tooWide', { width: Math.ceil(scene.width), height: Math.ceil(scene.height), scale: minimum }));
    }
    if (plan.clamped) {
      const wanted = { width: Math.ceil(scene.width * scale), height: Math.ceil(scene.height * scale) };
      io.stderr(t('export.raster.clamped', { requested: scale, scale: plan.scale, ...wanted }));
    }
    const png = renderPng(sceneToSvg(scene, { title }), plan.scale);
    return { data: png.png, width: png.width, height: png.height };
  };
}

/**
 * Which format: `--report` (a PDF), else `--format`, else the extension of `--out` when it
 * names a format, else PNG. A `--format` that names none is refused, listing the ones there are.
 */
function chooseFormat(options: Record<string, string | true>, fromOut: string): { id: ExportFormatId } | { refusal: string; values?: Record<string, string> } {
  const report = options.report === true;
  const known = CLI_FORMAT_IDS as readonly string[];
  const format = typeof options.format === 'string' ? options.format.toLowerCase() : report ? EXPORT_FORMATS.report.file.extension : known.includes(fromOut) ? fromOut : DEFAULT_EXPORT_FORMAT;
  if (!known.includes(format)) return { refusal: 'export.cli.badFormat', values: { format: clipMiddle(String(options.format)) } };
  if (report && format !== EXPORT_FORMATS.report.file.extension) return { refusal: 'export.cli.reportNeedsPdf' };
  return { id: report ? 'report' : (format as ExportFormatId) };
}

/** The report's layout from `--paper`, `--orientation` and `--notes`, or why they are refused. */
function reportLayout(options: Record<string, string | true>, report: boolean, t: TFunction): { layout: ReportLayout } | { refusal: string; values?: Record<string, string> } {
  const given = (['paper', 'orientation', 'notes'] as const).find((name) => options[name] !== undefined);
  if (given && !report) return { refusal: 'export.cli.reportOnly', values: { option: `--${given}` } };
  const paper = typeof options.paper === 'string' ? options.paper.toLowerCase() : DEFAULT_REPORT_LAYOUT.paper;
  if (!(PAPER_SIZES as readonly string[]).includes(paper)) return { refusal: 'export.cli.badPaper', values: { paper: clipMiddle(String(options.paper)), known: formatList(PAPER_SIZES, t) } };
  const orientation = typeof options.orientation === 'string' ? options.orientation.toLowerCase() : DEFAULT_REPORT_LAYOUT.orientation;
  if (!(ORIENTATIONS as readonly string[]).includes(orientation)) return { refusal: 'export.cli.badOrientation', values: { orientation: clipMiddle(String(options.orientation)) } };
  return { layout: { paper: paper as PaperSize, orientation: orientation as Orientation, notes: options.notes === true } };
}

export const exportCommand: Command = async (context) => {
  const { io, i18n, options } = context;
  const t = i18n.t;
  const out = typeof options.out === 'string' ? options.out : undefined;
  const fromOut = out ? extname(out).slice(1).toLowerCase() : '';
  const chosen = chooseFormat(options, fromOut);
  if ('refusal' in chosen) {
    io.stderr(t(chosen.refusal, { ...chosen.values, known: formatList(CLI_FORMAT_IDS, t) }));
    return EXIT.invalid;
  }
  const format = exportFormat(chosen.id);
  const layout = reportLayout(options, format.takes.report, t);
  if ('refusal' in layout) {
    io.stderr(t(layout.refusal, layout.values));
    return EXIT.invalid;
  }
  const scaleText = typeof options.scale === 'string' ? options.scale : '1';
  const scale = Number(scaleText.replace(',', '.'));
  if (!Number.isFinite(scale) || scale < 0.1 || scale > 16) {
    io.stderr(t('export.cli.badScale', { scale: clipMiddle(String(options.scale)) }));
    return EXIT.invalid;
  }
  const background = (typeof options.background === 'string' ? options.background : 'white') as ExportBackground;
  if (!EXPORT_BACKGROUNDS.includes(background)) {
    io.stderr(t('export.cli.badBackground', { background: clipMiddle(String(options.background)) }));
    return EXIT.invalid;
  }

  const file = context.args[0];
  const whole = await readBoardFile(file, context);
  // The diagram is one scenario (`--scenario`, else the first); the change plan may name others.
  const board = whole && pickScenario(whole, options.scenario, context);
  if (!whole || !board) return EXIT.invalid;
  if (!board.nodes.length) {
    io.stderr(t('export.cli.emptyBoard'));
    return EXIT.invalid;
  }
  // The board's scenarios to compare in the report's change-plan section, if asked for.
  const changePlan = changePlanOption(whole, options, format.takes.report, t);
  if ('refusal' in changePlan) {
    io.stderr(changePlan.refusal);
    return EXIT.invalid;
  }
  // Each scenario's lines routed for its own design, as the canvas would draw it.
  if (changePlan.plan) changePlan.plan.routes = { before: await routeBoardInNode(changePlan.plan.before), after: await routeBoardInNode(changePlan.plan.after) };
  const target = out ?? join(dirname(file), `${basename(file, extname(file))}${format.file.suffix ?? ''}.${format.file.extension}`);
  const date = new Date().toISOString().slice(0, 10);
  // The canvas's rule set, minus the hints this board has dismissed (as `lint` does).
  const hints = exportHints(partitionHints(evaluateBoard(board), board).active, t);
  // The lines round the boxes, as the canvas draws them (shared/routing).
  const routes = await routeBoardInNode(board);
  const diagram: DiagramOptions = { background, titleBlock: options.title === true, legend: options.legend === true, date, hints: options.hints === true ? hints : undefined, routes };

  let written;
  try {
    written = await writeExport(chosen.id, {
      board,
      t,
      diagram,
      scene: () => buildScene(board, diagram, t),
      title: board.profile.name || undefined,
      scale,
      date,
      hints,
      report: layout.layout,
      changePlan: changePlan.plan,
      rasterize: resvgRasterizer(io, i18n),
    });
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    io.stderr(error.message);
    return EXIT.invalid;
  }
  if (written.note) io.stderr(written.note);
  try {
    await writeFile(target, written.data);
  } catch (error) {
    io.stderr(t('export.cli.cannotWrite', { file: target, detail: (error as NodeJS.ErrnoException).code ?? String(error) }));
    return EXIT.invalid;
  }
  const pixels = written.pixels;
  io.stdout(pixels ? t('export.cli.writtenPixels', { file: target, ...pixels }) : t('export.cli.written', { file: target }));
  return EXIT.ok;
};
