/**
 * `orgcanvas export <file> --format png|svg|pdf [--scale N] [--background white|transparent|theme]
 * [--out path] [--title] [--legend] [--hints] [--report]`: the same model-built rendering as the app,
 * for documentation pipelines (as draw.io desktop's CLI export is used).
 */
import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { buildScene, planRaster, EXPORT_BACKGROUNDS, type DiagramOptions, type ExportBackground, type ExportFormat } from '../../../shared/export';
import { diagramPdf, pdfPageNote } from '../../../shared/export/pdf';
import { exportReportPdf } from '../../../shared/export/report';
import { sceneToSvg } from '../../../shared/export/svg';
import { exportHints } from '../../../shared/export/ruleHints';
import { partitionHints } from '../../../shared/rules/dismissals';
import { evaluateBoard } from '../../../shared/rules/engine';
import { clipMiddle } from '../../files/clip';
import { EXIT, type Command } from '../io';
import { readBoardFile } from '../readBoard';
import { renderPng } from '../renderPng';
import { routeBoardInNode } from '../../routing/avoidNode';

const FORMATS: readonly ExportFormat[] = ['png', 'svg', 'pdf'];
/**
 * The smallest scale a PNG is drawn at, as the smallest `--scale` accepted. A board whose
 * nodes are millions of px apart only fits the PNG limits far below it: at 1–3 M px apart
 * resvg drew a 16005 × 3 px strip, and at 9 M px a zero-pixel side (`Target size is zero`).
 */
const MIN_SCALE = 0.1;

export const exportCommand: Command = async (context) => {
  const { io, i18n, options } = context;
  const t = i18n.t;
  const report = options.report === true;
  const out = typeof options.out === 'string' ? options.out : undefined;
  const fromOut = out ? extname(out).slice(1).toLowerCase() : '';
  const format = (typeof options.format === 'string' ? options.format.toLowerCase() : report ? 'pdf' : FORMATS.includes(fromOut as ExportFormat) ? fromOut : 'png') as ExportFormat;
  if (!FORMATS.includes(format)) {
    io.stderr(t('export.cli.badFormat', { format: clipMiddle(String(options.format)) }));
    return EXIT.invalid;
  }
  if (report && format !== 'pdf') {
    io.stderr(t('export.cli.reportNeedsPdf'));
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
  const board = await readBoardFile(file, context);
  if (!board) return EXIT.invalid;
  if (!board.nodes.length) {
    io.stderr(t('export.cli.emptyBoard'));
    return EXIT.invalid;
  }
  const target = out ?? join(dirname(file), `${basename(file, extname(file))}${report ? '-report' : ''}.${format}`);
  const date = new Date().toISOString().slice(0, 10);
  // The canvas's rule set, minus the hints this board has dismissed (as `lint` does).
  const hints = exportHints(partitionHints(evaluateBoard(board), board).active, t);
  // The lines round the boxes, as the canvas draws them (shared/routing).
  const routes = await routeBoardInNode(board);
  const diagram: DiagramOptions = { background, titleBlock: options.title === true, legend: options.legend === true, date, hints: options.hints === true ? hints : undefined, routes };

  let bytes: Uint8Array | string;
  let pixels: { width: number; height: number } | undefined;
  if (report) bytes = exportReportPdf(board, { date, hints, routes }, t);
  else if (format === 'pdf') {
    const pdf = diagramPdf(board, diagram, t);
    const note = pdfPageNote(pdf.page, t);
    if (note) io.stderr(note);
    bytes = pdf.bytes;
  }
  else {
    const scene = buildScene(board, diagram, t);
    const svg = sceneToSvg(scene, { title: board.profile.name || undefined });
    if (format === 'svg') bytes = svg;
    else {
      const plan = planRaster(scene.width, scene.height, scale);
      if (plan.scale < MIN_SCALE) {
        const minimum = new Intl.NumberFormat(i18n.language).format(MIN_SCALE);
        io.stderr(t('export.cli.tooWide', { width: Math.ceil(scene.width), height: Math.ceil(scene.height), scale: minimum }));
        return EXIT.invalid;
      }
      if (plan.clamped) {
        const wanted = { width: Math.ceil(scene.width * scale), height: Math.ceil(scene.height * scale) };
        io.stderr(t('export.raster.clamped', { requested: scale, scale: plan.scale, ...wanted }));
      }
      const png = renderPng(svg, plan.scale);
      bytes = png.png;
      pixels = { width: png.width, height: png.height };
    }
  }
  try {
    await writeFile(target, bytes);
  } catch (error) {
    io.stderr(t('export.cli.cannotWrite', { file: target, detail: (error as NodeJS.ErrnoException).code ?? String(error) }));
    return EXIT.invalid;
  }
  io.stdout(pixels ? t('export.cli.writtenPixels', { file: target, ...pixels }) : t('export.cli.written', { file: target }));
  return EXIT.ok;
};
