/**
 * Export times and sizes for 100- and 1,000-node boards (fixed seed). Run:
 *   npx tsx tests/shared/export/timing.ts
 * Median of 5 runs after one warm-up run (the first run also loads fonts and jsPDF).
 */
import { Resvg } from '@resvg/resvg-js';
import { buildScene, exportSvg } from '../../../shared/export';
import { exportDiagramPdf } from '../../../shared/export/pdf';
import { exportReportPdf } from '../../../shared/export/report';
import { createI18n } from '../../../shared/i18n';
import { deriveRaci } from '../../../shared/raci/matrix';
import { raciCsv } from '../../../shared/raci/csv';
import { largeBoard } from '../../fixtures/largeBoard';

const t = createI18n('en').t;
const options = { background: 'white', titleBlock: true, legend: true, date: '2026-11-22' } as const;

function time<T>(run: () => T): { ms: number; result: T } {
  run();
  const runs: number[] = [];
  let result!: T;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    result = run();
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  return { ms: runs[2], result };
}

const size = (bytes: number) => (bytes > 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(0)} KB`);

for (const count of [100, 1000]) {
  const board = largeBoard(count);
  const svg = time(() => exportSvg(board, options, t));
  const scene = buildScene(board, options, t);
  const png = time(() => new Resvg(svg.result, { fitTo: { mode: 'zoom', value: 1 }, font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' } }).render().asPng());
  const pdf = time(() => exportDiagramPdf(board, options, t));
  const report = time(() => exportReportPdf(board, { date: '2026-11-22', hints: [] }, t));
  const csv = time(() => raciCsv(deriveRaci(board), t));
  console.log(`${count} nodes, ${board.edges.length} edges (${scene.width} × ${scene.height} px)`);
  console.log(`  SVG        ${svg.ms.toFixed(1).padStart(7)} ms  ${size(new TextEncoder().encode(svg.result).length)}`);
  console.log(`  PNG 1×     ${png.ms.toFixed(1).padStart(7)} ms  ${size(png.result.length)} (SVG → resvg, excluding the SVG)`);
  console.log(`  PDF        ${pdf.ms.toFixed(1).padStart(7)} ms  ${size(pdf.result.length)}`);
  console.log(`  report PDF ${report.ms.toFixed(1).padStart(7)} ms  ${size(report.result.length)}`);
  console.log(`  RACI CSV   ${csv.ms.toFixed(1).padStart(7)} ms  ${size(csv.result.length)}`);
}
