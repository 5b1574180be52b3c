/**
 * The report's change-plan section (issue 24, point 3), read back with poppler: the before
 * and after diagrams on pages of their own, then the change list, the RACI change list and
 * the hint diff in shared/changePlan's words, in both languages; none without a pair.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n';
import { exportReportPdf } from '../../../shared/export/report';
import { changePlanText, type ReportChangePlan } from '../../../shared/export/reportChangePlan';
import { DEFAULT_REPORT_LAYOUT } from '../../../shared/export/options';
import { exportHints } from '../../../shared/export/ruleHints';
import { evaluateBoard } from '../../../shared/rules/engine';
import { scenarioBoard } from '../../../shared/model/scenarios';
import type { Board } from '../../../shared/model/board';
import { scenarioPair, RENAMED } from '../../fixtures/scenarioPair';

const dir = mkdtempSync(join(tmpdir(), 'orgcanvas-changeplan-'));
let count = 0;

function pairOf(board: Board, language: 'en' | 'nl'): ReportChangePlan {
  const t = createI18n(language).t;
  return { before: scenarioBoard(board, 'scenario-1'), after: scenarioBoard(board, 'scenario-2'), beforeName: t('scenarios.asIs'), afterName: t('scenarios.toBe') };
}

function report(board: Board, language: 'en' | 'nl', changePlan?: ReportChangePlan): string {
  const t = createI18n(language).t;
  const file = join(dir, `report-${count++}.pdf`);
  writeFileSync(file, exportReportPdf(board, { date: '2026-12-08', hints: exportHints(evaluateBoard(board), t), changePlan }, t));
  return file;
}
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
const pageText = (file: string, page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-']).toString().replace(/\s+/g, ' ');

const EXPECTED = {
  en: {
    title: 'Change plan: from As-is to To-be',
    before: 'Before: As-is',
    after: 'After: To-be',
    lines: [
      'What changes',
      'Roles',
      '“Content editor”: was “Content creator”; moves from Marketing to Communications',
      '“Webcare coordinator”: gets a mandate',
      'Who does what: RACI changes',
      "Monthly report: A moves from Marketing's social media strategist to Management's managing director",
      'Resolved (0)',
      'Still there (4)',
      'New (0)',
    ],
  },
  nl: {
    title: 'Veranderplan: van Nu naar Straks',
    before: 'Voor: Nu',
    after: 'Na: Straks',
    lines: [
      'Wat er verandert',
      'Rollen',
      '“Contentredacteur”: heette “Contentmaker”; gaat van Marketing naar Communicatie',
      '“Coördinator webcare”: krijgt mandaat',
      'Wie doet wat: RACI-wijzigingen',
      'Maandrapportage: A gaat van social media strateeg bij Marketing naar algemeen directeur bij Directie',
      'Opgelost (0)',
      'Blijft staan (4)',
      'Nieuw (0)',
    ],
  },
} as const;

describe('the report’s change plan', () => {
  for (const language of ['en', 'nl'] as const) {
    it(`ends the report with both diagrams and the plan in words (${language})`, () => {
      const board = scenarioPair(language);
      const plain = pageCount(report(board, language));
      const file = report(board, language, pairOf(board, language));
      const pages = pageCount(file);
      expect(pages).toBeGreaterThanOrEqual(plain + 3);
      const expected = EXPECTED[language];
      // The two diagram pages: the before has the role in Marketing under its old name, the after its new one.
      const before = pageText(file, plain + 1);
      const after = pageText(file, plain + 2);
      expect(before).toContain(expected.title);
      expect(before).toContain(expected.before);
      expect(after).toContain(expected.after);
      const oldName = scenarioBoard(board, 'scenario-1').nodes.find((node) => node.id === 'r-content')!.label;
      expect(before).toContain(oldName);
      expect(before).not.toContain(RENAMED[language]);
      // (The old name stays on the after page as the role's type, "Content creator".)
      expect(after).toContain(RENAMED[language]);
      // The after diagram names each change on its box, as the compare view marks it.
      const t = createI18n(language).t;
      for (const mark of ['moved', 'changed', 'raci']) {
        expect(after).toContain(t(`compare.marks.${mark}`));
        expect(before).not.toContain(t(`compare.marks.${mark}`));
      }
      const text = Array.from({ length: pages - plain - 2 }, (_, i) => pageText(file, plain + 3 + i)).join(' ');
      for (const line of expected.lines) expect(text, line).toContain(line);
      // Each kept hint in the plan's own words.
      const plan = changePlanText(pairOf(board, language), DEFAULT_REPORT_LAYOUT, createI18n(language).t);
      expect(plan.filter((line) => line.indent).length).toBe(7);
    });
  }

  it('has no change-plan section without a pair', () => {
    const board = scenarioPair('en');
    const file = report(board, 'en');
    const all = Array.from({ length: pageCount(file) }, (_, i) => pageText(file, i + 1)).join(' ');
    expect(all).not.toContain('Change plan');
    expect(all).not.toContain('What changes');
  });
});
