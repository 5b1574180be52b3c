/** PDFs open in poppler (pdfinfo, pdftotext, pdftoppm: apt package poppler-utils). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { createI18n } from '../../../shared/i18n';
import { exportDiagramPdf } from '../../../shared/export/pdf';
import { exportReportPdf, MAX_MATRIX_COLUMNS } from '../../../shared/export/report';
import { deriveRaci, raciColumns } from '../../../shared/raci/matrix';
import { largeBoard } from '../../fixtures/largeBoard';
import { describeDetection } from '../../../shared/orgModels/describe';
import { detectModel } from '../../../shared/orgModels/detect';

const dir = mkdtempSync(join(tmpdir(), 'orgcanvas-pdf-'));
const en = createI18n('en').t;
const nl = createI18n('nl').t;

function save(name: string, bytes: Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}
const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
const text = (file: string) => execFileSync('pdftotext', ['-layout', file, '-']).toString();

/** Share of non-white pixels on a page rendered by pdftoppm: a blank page has none. */
function inkOnPage(file: string, page: number): number {
  const out = join(dir, `page-${page}`);
  execFileSync('pdftoppm', ['-r', '30', '-png', '-f', String(page), '-l', String(page), '-singlefile', file, out]);
  const png = PNG.sync.read(readFileSync(`${out}.png`));
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4) if (png.data[i] < 200 || png.data[i + 1] < 200 || png.data[i + 2] < 200) ink++;
  return ink / (png.width * png.height);
}

const hints = [
  { severity: 'error' as const, message: 'Nobody answers for webcare <script>', nodes: ['t-webcare'], ruleId: 'task-unowned', source: '004 comments ("hete aardappel")' },
  { severity: 'tip' as const, message: 'Consider a policy', nodes: [], ruleId: 'policy-missing', source: '001' },
];

describe('PDF export', () => {
  it('makes a one-page vector diagram that pdftoppm renders with ink on it', () => {
    const file = save('diagram.pdf', exportDiagramPdf(demoBoard(), { background: 'white', titleBlock: true, legend: true, date: '2026-11-22' }, en));
    expect(pages(file)).toBe(1);
    const words = text(file);
    expect(words).toContain('Rijwielfabriek Veenstra BV');
    expect(words).toContain('Social media team');
    expect(inkOnPage(file, 1)).toBeGreaterThan(0.05);
    // Vector: no raster image inside.
    expect(execFileSync('pdfimages', ['-list', file]).toString().trim().split('\n')).toHaveLength(2);
  });

  it('makes the report: diagram, profile with RACI, hints with sources, in Dutch', () => {
    const file = save('report-nl.pdf', exportReportPdf(demoBoard(), { date: '2026-11-22', hints }, nl));
    const n = pages(file);
    expect(n).toBeGreaterThanOrEqual(3);
    const words = text(file);
    expect(words).toContain('Profiel van de organisatie');
    expect(words).toContain('Verantwoordelijkheden (RACI)');
    expect(words).toContain('Hints en gespreksonderwerpen');
    // The organisation model, as the hints panel names it, before the hints.
    const model = describeDetection(detectModel(demoBoard()), nl);
    expect(words).toContain(nl('models.title'));
    expect(words).toContain(model.headline);
    expect(words.indexOf(model.headline)).toBeLessThan(words.indexOf('Hints en gespreksonderwerpen'));
    expect(words).toContain('Bron: 004 comments ("hete aardappel")');
    expect(words).toContain('Nobody answers for webcare <script>');
    expect(words).toContain(`Pagina ${n} van ${n}`);
    for (let page = 1; page <= n; page++) expect(inkOnPage(file, page), `page ${page}`).toBeGreaterThan(0.001);
    expect(inkOnPage(file, 1)).toBeGreaterThan(0.03);
  });

  it('keeps hostile labels as text and drops what Helvetica cannot show', () => {
    const board = demoBoard();
    board.nodes[1].label = '<script>alert(1)</script> 🎉';
    board.profile.name = 'Acme (BV) \\ ]]>';
    const file = save('hostile.pdf', exportReportPdf(board, { date: '2026-11-22', hints: [] }, en));
    const words = text(file);
    expect(words).toContain('<script>alert(1)</script>');
    expect(words).toContain('Acme (BV) \\ ]]>');
    expect(words).toContain('No hints for this board.');
  });

  it('spreads a wide RACI matrix over extra pages rather than cutting it', () => {
    const board = largeBoard(100);
    const matrix = deriveRaci(board);
    const columns = raciColumns(matrix).length;
    expect(columns).toBeGreaterThan(20);
    expect(columns).toBeLessThanOrEqual(MAX_MATRIX_COLUMNS);
    const file = save('wide.pdf', exportReportPdf(board, { date: '2026-11-22', hints: [] }, en));
    // Pages after the diagram: the matrix (and the empty hints page).
    const words = execFileSync('pdftotext', ['-f', '2', file, '-']).toString();
    // Ten departments × three roles do not fit across one page: every holder still appears.
    expect(pages(file)).toBeGreaterThan(3);
    // A header wraps between words, so each word of each holder's name is looked for.
    for (const column of raciColumns(matrix)) if (column.kind !== 'department') for (const word of column.label.split(' ')) expect(words, column.label).toContain(word);
  });

  it('lists who holds which letter per task when a board has too many holders for a matrix', () => {
    const board = largeBoard(300);
    expect(raciColumns(deriveRaci(board)).length).toBeGreaterThan(MAX_MATRIX_COLUMNS);
    const file = save('list.pdf', exportReportPdf(board, { date: '2026-11-22', hints: [] }, en));
    const words = execFileSync('pdftotext', ['-f', '2', file, '-']).toString();
    expect(words).toContain('A · Accountable');
    const task = board.nodes.find((n) => n.kind === 'task')!;
    expect(words).toContain(task.label);
  });
});
