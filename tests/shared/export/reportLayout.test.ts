/**
 * The report as a client reads it (issue 24, point 3): the paper and orientation chosen,
 * the RACI matrix as one table with its header on every page and no empty "Problem"
 * column, the hints as a list with their explanation and no internal rule ids, and the
 * workshop's sticky notes left out unless asked for. Read back with poppler.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { createI18n } from '../../../shared/i18n';
import { exportReportPdf, type ReportOptions } from '../../../shared/export/report';
import { exportHints } from '../../../shared/export/ruleHints';
import { evaluateBoard } from '../../../shared/rules/engine';
import type { Board } from '../../../shared/model/board';
import { largeBoard } from '../../fixtures/largeBoard';

const dir = mkdtempSync(join(tmpdir(), 'orgcanvas-report-'));
const en = createI18n('en').t;
const nl = createI18n('nl').t;
let count = 0;

function report(board: Board, options: Partial<ReportOptions> = {}, t = en): string {
  const file = join(dir, `report-${count++}.pdf`);
  writeFileSync(file, exportReportPdf(board, { date: '2026-12-08', hints: exportHints(evaluateBoard(board), t), ...options }, t));
  return file;
}
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
const sizes = (file: string) =>
  [...execFileSync('pdfinfo', ['-f', '1', '-l', String(pageCount(file)), file]).toString().matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => [Number(m[1]), Number(m[2])]);
const pageText = (file: string, page?: number) => execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', file, '-']).toString();

describe('report layout', () => {
  it('prints the diagram page on the paper and in the orientation chosen, the table pages landscape', () => {
    const a4 = sizes(report(demoBoard('en')));
    expect(a4[0]![0]).toBeCloseTo(841.89, 1);
    expect(a4[0]![1]).toBeCloseTo(595.28, 1);
    const a3 = sizes(report(demoBoard('en'), { layout: { paper: 'a3', orientation: 'portrait' } }));
    expect(a3[0]![0]).toBeCloseTo(841.89, 1);
    expect(a3[0]![1]).toBeCloseTo(1190.55, 1);
    for (const [width, height] of a3.slice(1)) {
      expect(width).toBeCloseTo(1190.55, 1);
      expect(height).toBeCloseTo(841.89, 1);
    }
    const letter = sizes(report(demoBoard('en'), { layout: { paper: 'letter', orientation: 'landscape' } }));
    for (const [width, height] of letter) {
      expect(width).toBeCloseTo(792, 1);
      expect(height).toBeCloseTo(612, 1);
    }
  });

  it('keeps the whole diagram on its page in either orientation (poppler reads only what is on the page)', () => {
    for (const orientation of ['portrait', 'landscape'] as const) {
      const board = demoBoard('en');
      const words = pageText(report(board, { layout: { paper: 'a4', orientation } }), 1).replace(/\s+/g, ' ');
      for (const node of board.nodes.filter((n) => n.kind !== 'note')) expect(words, `${orientation}: ${node.id}`).toContain(node.label.split(' ')[0]);
    }
  });

  it('leaves the sticky notes out of the diagram and the counts unless asked for', () => {
    const board = demoBoard('en');
    const note = board.nodes.find((n) => n.kind === 'note')!;
    const words = (text: string) => text.replace(/\s+/g, ' ');
    const without = words(pageText(report(board)));
    expect(without).not.toContain(note.label.slice(0, 24));
    expect(without).not.toMatch(/\bNote\s+1\b/);
    const withNotes = words(pageText(report(board, { layout: { notes: true } })));
    expect(withNotes).toContain(note.label.slice(0, 24));
    expect(withNotes).toMatch(/\bNote 1\b/);
  });

  it('draws the demo RACI as one table, with no Problem column when no task has a problem', () => {
    const board = demoBoard('en');
    const page = pageText(report(board), 2);
    // One table: each task's row once (a split matrix repeats the task column).
    const rows = (label: string) => page.split('\n').filter((line) => line.trimStart().startsWith(label) && /^(\s{2,}|$)/.test(line.trimStart().slice(label.length))).length;
    for (const task of board.nodes.filter((n) => n.kind === 'task')) expect(rows(task.label), task.label).toBe(1);
    expect(page).not.toContain('Problem');
  });

  it('shows the Problem column when a task has no accountable owner', () => {
    const board = demoBoard('en');
    const responsible = new Set(board.edges.filter((e) => e.kind === 'responsible').map((e) => e.target));
    const task = board.nodes.find((n) => n.kind === 'task' && responsible.has(n.id))!;
    board.edges = board.edges.filter((e) => !(e.kind === 'responsible' && e.target === task.id));
    board.edges.push({ id: 'e-only-c', kind: 'responsible', source: board.nodes.find((n) => n.kind === 'role')!.id, target: task.id, data: { raci: 'C' } });
    const text = pageText(report(board), 2);
    expect(text).toContain('Problem');
    expect(text.replace(/\s+/g, ' ')).toMatch(/No one is accountable/);
  });

  it('repeats the header on every page a wide matrix runs over', () => {
    const file = report(largeBoard(100), { hints: [] });
    const pages = pageCount(file);
    expect(pages).toBeGreaterThan(3);
    // Pages 2 .. n-1 hold the matrix (the last holds the model and the hints): each one has
    // the task column's header, so no page of letters is read without its holders.
    for (let page = 2; page < pages; page++) expect(pageText(file, page), `page ${page}`).toMatch(/\bTask\b/);
  });

  it('lists hints with severity, message, explanation and source, without rule ids, in both languages', () => {
    for (const t of [en, nl]) {
      const board = demoBoard(t === en ? 'en' : 'nl');
      const hints = exportHints(evaluateBoard(board), t);
      expect(hints.length).toBeGreaterThan(1);
      const text = pageText(report(board, {}, t)).replace(/\s+/g, ' ');
      for (const hint of hints) {
        expect(text).not.toContain(hint.ruleId!);
        expect(text).toContain(hint.message.replace(/\s+/g, ' ').slice(0, 30));
        expect(text).toContain(hint.explanation!.replace(/\s+/g, ' ').slice(0, 30));
        expect(text).toContain(t('export.hints.severity.' + hint.severity).toUpperCase());
      }
    }
  });
});
