/**
 * Issue 23, broken #4: a board wider than the largest PDF page (14,400 pt) lost everything
 * past it. Now the diagram is scaled to fit one page, every label reaches the PDF, and the
 * app and the command line say it was scaled.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../main/cli/cli';
import { createI18n } from '../../../shared/i18n';
import type { Board, BoardNode } from '../../../shared/model/board';
import { emptyBoard } from '../../../shared/model/board';
import { serializeBoard } from '../../../shared/model/serialize';
import { diagramPdf, MAX_PDF_PAGE_PT, pdfPageNote, planPdfPage, PX_TO_PT } from '../../../shared/export/pdf';
import { demoBoard } from '../../../shared/boards/demo';

const dir = mkdtempSync(join(tmpdir(), 'orgcanvas-wide-'));
const en = createI18n('en').t;
const nl = createI18n('nl').t;

const label = (i: number) => `Afdeling ${String(i).padStart(3, '0')}`;

/** 100 departments side by side, each with a role: about 84,000 px wide. */
function wideBoard(): Board {
  const board = emptyBoard({ name: 'Wide' });
  const nodes: BoardNode[] = [];
  for (let i = 1; i <= 100; i++) {
    nodes.push({ id: `d${i}`, kind: 'department', label: label(i), position: { x: (i - 1) * 840, y: 0 }, width: 800, height: 200, data: { departmentType: 'other' } });
    nodes.push({ id: `r${i}`, kind: 'role', label: `Rol ${String(i).padStart(3, '0')}`, parentId: `d${i}`, position: { x: 20, y: 64 }, data: { roleType: 'other', mandate: false, budget: false } });
  }
  board.nodes = nodes;
  return board;
}

const pageSize = (file: string) => {
  const match = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [file]).toString())!;
  return { width: Number(match[1]), height: Number(match[2]) };
};

describe('a board wider than the largest PDF page (issue 23)', () => {
  it('is scaled to fit one page, and every label is in the PDF text', () => {
    const { bytes, page } = diagramPdf(wideBoard(), { background: 'white', titleBlock: true, legend: true }, en);
    const file = join(dir, 'wide.pdf');
    writeFileSync(file, bytes);
    expect(page.scaled).toBe(true);
    const size = pageSize(file);
    expect(size.width).toBeLessThanOrEqual(MAX_PDF_PAGE_PT);
    expect(size.width).toBeCloseTo(page.width, 0);
    const text = execFileSync('pdftotext', [file, '-']).toString();
    const missing = Array.from({ length: 100 }, (_, i) => label(i + 1)).filter((l) => !text.includes(l));
    expect(missing).toEqual([]);
    expect(text).toContain('Rol 100');
  });

  it('says so, in both languages; a board that fits is drawn at its own size without a note', () => {
    const { page } = diagramPdf(wideBoard(), { background: 'white', titleBlock: false, legend: false }, en);
    expect(pdfPageNote(page, en)).toMatch(/on one page at \d+ % of its size/);
    expect(pdfPageNote(page, nl)).toMatch(/op één pagina op \d+ % van zijn grootte/);
    const small = diagramPdf(demoBoard(), { background: 'white', titleBlock: false, legend: false }, en).page;
    expect(small).toMatchObject({ scale: PX_TO_PT, scaled: false });
    expect(pdfPageNote(small, en)).toBeUndefined();
    // A tall board is fitted by its height the same way.
    expect(planPdfPage(500, 40_000)).toMatchObject({ height: MAX_PDF_PAGE_PT, scaled: true });
  });

  it('the command line prints the note and writes the whole board', async () => {
    const file = join(dir, 'wide.orgcanvas');
    writeFileSync(file, serializeBoard(wideBoard()));
    const out = join(dir, 'wide-cli.pdf');
    const err: string[] = [];
    const code = await main(['export', file, '--format', 'pdf', '--out', out], { stdout: () => undefined, stderr: (l) => err.push(l), env: { LANG: 'en_GB.UTF-8' } });
    expect(code).toBe(0);
    expect(err.join('\n')).toMatch(/larger than the largest page a PDF can have/);
    expect(execFileSync('pdftotext', [out, '-']).toString()).toContain(label(100));
  });
});
