/**
 * Issue 23: a bidi override showed "IT gnitekraM" in one view and "IT Marketing" in another.
 * Invisible bidi and zero-width controls are removed when a board is read and when a label
 * is edited, so the canvas, the SVG (and the PNG made from it) and the PDF show one text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSvg } from '../../../shared/export';
import { exportDiagramPdf } from '../../../shared/export/pdf';
import { createI18n } from '../../../shared/i18n';
import { createNode, setProfile, updateNode } from '../../../shared/edit';
import { emptyBoard, type Board } from '../../../shared/model/board';
import { LIMITS } from '../../../shared/model/limits';
import { parseBoard } from '../../../shared/model/parse';
import { plainText } from '../../../shared/model/text';

const en = createI18n('en').t;
const RLO = '\u202E';
const PDF_POP = '\u202C';
const CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200B', '\u2060', '\uFEFF'];

function boardWith(label: string): Board {
  const board = emptyBoard({ name: `Acme ${RLO}BV${PDF_POP}` });
  board.nodes = [{ id: 'd1', kind: 'department', label, position: { x: 0, y: 0 }, data: { departmentType: 'it' } }];
  return board;
}

describe('invisible bidi and zero-width controls (issue 23)', () => {
  it('are removed when a board is read; joiners that emoji and scripts need stay', () => {
    const parsed = parseBoard(JSON.stringify(boardWith(`IT ${RLO}Marketing${PDF_POP}\u200B\u2067x\u2069`)));
    expect(parsed.ok && parsed.value.nodes[0].label).toBe('IT Marketingx');
    expect(parsed.ok && parsed.value.profile.name).toBe('Acme BV');
    for (const c of CONTROLS) expect(plainText(`a${c}b`)).toBe('ab');
    expect(plainText('👩\u200D💻 \u200Cx')).toBe('👩\u200D💻 \u200Cx');
  });

  it('are removed when a label, notes, a KPI or the organisation name is edited; an edit is cut to the format limits', () => {
    let board = emptyBoard();
    board.nodes = [createNode({ kind: 'task' }, 't1', `Web${RLO}care`, { x: 0, y: 0 })];
    expect(board.nodes[0].label).toBe('Webcare');
    board = updateNode(board, 't1', { label: `IT ${RLO}Marketing`, notes: `n\u200Bo`, data: { kpi: `${RLO}100 leads` } });
    expect(board.nodes[0]).toMatchObject({ label: 'IT Marketing', notes: 'no', data: { kpi: '100 leads' } });
    board = setProfile(board, { name: `${RLO}Acme` });
    expect(board.profile.name).toBe('Acme');
    board = updateNode(board, 't1', { label: 'x'.repeat(LIMITS.maxLabelChars + 50), notes: 'y'.repeat(LIMITS.maxTextChars + 1) });
    expect(board.nodes[0].label).toHaveLength(LIMITS.maxLabelChars);
    expect(board.nodes[0].notes).toHaveLength(LIMITS.maxTextChars);
  });

  it('the SVG and the PDF of a board read with an override show the same words', () => {
    const parsed = parseBoard(JSON.stringify(boardWith(`IT ${RLO}Marketing${PDF_POP}`)));
    if (!parsed.ok) throw new Error('board refused');
    const options = { background: 'white' as const, titleBlock: true, legend: false };
    const svg = exportSvg(parsed.value, options, en);
    expect(svg).toContain('IT Marketing');
    for (const c of CONTROLS) expect(svg).not.toContain(c);
    const file = join(mkdtempSync(join(tmpdir(), 'orgcanvas-bidi-')), 'bidi.pdf');
    writeFileSync(file, exportDiagramPdf(parsed.value, options, en));
    const text = execFileSync('pdftotext', [file, '-']).toString();
    expect(text).toContain('IT Marketing');
    expect(text).toContain('Acme BV');
  });
});
