/**
 * Issue 23, broken #5: ids that name a property of Object.prototype (`constructor`,
 * `toString`…) are valid ids, so every kernel in shared/ that keys a lookup by id must treat
 * them as plain strings. Each kernel the views and exports run is fed boards whose ids are
 * such names (fast-check, fixed seed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Board } from '../../shared/model/board';
import { parseBoard, parseBoardValue } from '../../shared/model/parse';
import { serializeBoard } from '../../shared/model/serialize';
import { createI18n } from '../../shared/i18n';
import { createRuleEngine, evaluateBoard, applyFix } from '../../shared/rules';
import { deriveRaci, raciColumns } from '../../shared/raci/matrix';
import { raciCsv } from '../../shared/raci/csv';
import { exportSvg } from '../../shared/export';
import { exportDiagramPdf } from '../../shared/export/pdf';
import { exportReportPdf } from '../../shared/export/report';
import { exportHints } from '../../shared/export/ruleHints';
import { detectModel } from '../../shared/orgModels/detect';
import { describeDetection } from '../../shared/orgModels/describe';
import { absoluteRects } from '../../shared/geometry/geometry';
import { applyLayout, layoutBoard } from '../../shared/layout/autoLayout';
import { arbitraryBoard } from './arbitraryBoard';

const en = createI18n('en').t;

/** Names every plain object answers to; `__proto__` and `prototype` the parser refuses. */
const PROTOTYPE_NAMES = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'toLocaleString', 'propertyIsEnumerable', '__defineGetter__', '__lookupSetter__'];

/** The board with its node ids, then its edge ids, renamed to prototype names while they last. */
function withPrototypeIds(board: Board): Board {
  const names = [...PROTOTYPE_NAMES];
  const rename = new Map<string, string>();
  for (const node of board.nodes) rename.set(node.id, names.shift() ?? node.id);
  const id = (old: string) => rename.get(old) ?? old;
  return {
    ...board,
    nodes: board.nodes.map((n) => ({ ...n, id: id(n.id), ...(n.parentId ? { parentId: id(n.parentId) } : {}) })),
    edges: board.edges.map((e) => ({ ...e, id: names.shift() ?? e.id, source: id(e.source), target: id(e.target) })),
  };
}

const prototypeBoard = arbitraryBoard.map(withPrototypeIds).filter((b) => b.nodes.length > 0);

/** A fixed board on which each kind of lookup meets a prototype name: tasks, holders, a department. */
function fixedBoard(): Board {
  const at = { x: 0, y: 0 };
  return {
    format: 'orgcanvas',
    version: 2,
    profile: { name: 'Proto', size: 'large', market: 'b2b', culture: 'hierarchical' },
    nodes: [
      { id: 'constructor', kind: 'department', label: 'Marketing', position: at, data: { departmentType: 'marketing' } },
      { id: 'toString', kind: 'role', label: 'Strateeg', parentId: 'constructor', position: { x: 20, y: 60 }, data: { roleType: 'strategist', mandate: false, budget: false } },
      { id: 'valueOf', kind: 'task', label: 'Strategie', position: { x: 400, y: 0 }, data: { taskType: 'strategy' } },
      { id: 'hasOwnProperty', kind: 'team', label: 'Team', position: { x: 400, y: 200 }, data: {} },
      { id: 'isPrototypeOf', kind: 'objective', label: 'Doel', position: { x: 700, y: 0 }, data: { objectiveType: 'reputation' } },
    ],
    edges: [
      { id: 'toLocaleString', kind: 'responsible', source: 'toString', target: 'valueOf', data: { raci: 'R' } },
      { id: 'propertyIsEnumerable', kind: 'leads', source: 'toString', target: 'hasOwnProperty' },
      { id: '__lookupGetter__', kind: 'serves', source: 'valueOf', target: 'isPrototypeOf' },
    ],
  } as Board;
}

function runKernels(board: Board): void {
  const parsed = parseBoard(serializeBoard(board));
  expect(parsed.ok).toBe(true);
  const hints = evaluateBoard(board);
  expect(createRuleEngine().evaluate(board)).toEqual(hints);
  for (const hint of hints) for (const fix of hint.fixes ?? []) expect(parseBoardValue(applyFix(board, fix)).ok).toBe(true);
  const matrix = deriveRaci(board, { allDepartmentColumns: true });
  raciCsv(matrix, en);
  for (const row of matrix.rows) for (const column of raciColumns(matrix)) expect(Array.isArray(row.cells[column.id] ?? [])).toBe(true);
  expect(exportSvg(board, { background: 'white', titleBlock: true, legend: true }, en)).toContain('<svg');
  exportDiagramPdf(board, { background: 'white', titleBlock: true, legend: true }, en);
  exportReportPdf(board, { date: '2026-12-07', hints: exportHints(hints, en) }, en);
  describeDetection(detectModel(board), en);
  expect(absoluteRects(board).size).toBe(board.nodes.length);
}

describe('ids named after Object.prototype (issue 23 #5)', () => {
  it('a fixed board: the RACI matrix holds exactly the letters on the board', () => {
    const board = fixedBoard();
    runKernels(board);
    const matrix = deriveRaci(board);
    expect(matrix.rows[0].cells.toString).toEqual(['R']);
    expect(matrix.rows[0].cells.constructor).toBeUndefined();
    expect(raciCsv(matrix, en)).toContain('Strategie');
  });

  it('a fixed board lays out', async () => {
    const board = fixedBoard();
    const laid = applyLayout(board, await layoutBoard(board));
    expect(parseBoardValue(laid).ok).toBe(true);
  });

  it('any board with prototype-named ids: rules, fixes, RACI + CSV, SVG, PDF, report, model detection, geometry', () => {
    fc.assert(fc.property(prototypeBoard, runKernels), { numRuns: 40, seed: 2312 });
  });

  it('any board with prototype-named ids lays out', async () => {
    await fc.assert(
      fc.asyncProperty(prototypeBoard, async (board) => {
        expect(parseBoardValue(applyLayout(board, await layoutBoard(board))).ok).toBe(true);
      }),
      { numRuns: 10, seed: 2313 },
    );
  });
});
