/**
 * The RACI matrix shows the rule engine's hints instead of working them out (issue 26), and
 * its own reading of the letters agrees with them: a row is flagged `task-unowned` exactly
 * when the matrix finds no owner, `task-multiple-accountable` exactly when two or more of its
 * holders hold an A, and the owners it lists are the ones the rules and model detection see.
 * On the demo and every template, in both languages, and on random boards (fixed seed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { LANGUAGES } from '../../../shared/i18n';
import type { Board, BoardEdge } from '../../../shared/model/board';
import { RACI_LETTERS } from '../../../shared/model/vocabulary';
import { checkRelation } from '../../../shared/model/relations';
import { taskOwners } from '../../../shared/model/participation';
import { deriveRaci, RACI_FLAGS, type RaciMatrix } from '../../../shared/raci/matrix';
import { dismissHint, partitionHints } from '../../../shared/rules/dismissals';
import { evaluateBoard } from '../../../shared/rules/engine';
import { computeFacts } from '../../../shared/rules/facts';
import { TEMPLATE_IDS, templateBoard } from '../../../shared/templates';
import { arbitraryBoard } from '../arbitraryBoard';
import { A, C, R, board as boardOf, role, task } from '../rules/build';

/** A random board with more RACI letters drawn between its holders and tasks, so that tasks with two As, or only Cs and Is, come often. */
const raciBoard = fc
  .tuple(arbitraryBoard, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...RACI_LETTERS)), { maxLength: 30 }))
  .map(([board, letters]) => {
    const holders = board.nodes.filter((n) => checkRelation('responsible', n, { id: '', kind: 'task' }).ok);
    const tasks = board.nodes.filter((n) => n.kind === 'task');
    if (!holders.length || !tasks.length) return board;
    const extra: BoardEdge[] = letters.map(([h, t, raci], i) => ({
      id: `x${i}`,
      kind: 'responsible',
      source: holders[h % holders.length].id,
      target: tasks[t % tasks.length].id,
      data: { raci },
    }));
    return { ...board, edges: [...board.edges, ...extra] };
  });

const isFlag = (rule: string): rule is (typeof RACI_FLAGS)[number] => (RACI_FLAGS as readonly string[]).includes(rule);

/** The engine's hints among the matrix's rules, as `rule:task` keys. */
function engineKeys(board: Board): string[] {
  return evaluateBoard(board)
    .filter((hint) => isFlag(hint.rule))
    .map((hint) => hint.key)
    .sort();
}

function flaggedKeys(matrix: RaciMatrix): string[] {
  return matrix.rows.flatMap((row) => row.flags.map((flag) => `${flag}:${row.taskId}`)).sort();
}

/** Checks every agreement on one board; returns how many rows each flag was on. */
function agrees(board: Board): { unowned: number; multiple: number } {
  const matrix = deriveRaci(board);
  expect(flaggedKeys(matrix)).toEqual(engineKeys(board));
  // The view passes the engine's hints it already has: the same matrix.
  expect(deriveRaci(board, { hints: evaluateBoard(board) }).rows).toEqual(matrix.rows);
  const facts = computeFacts(board);
  let unowned = 0;
  let multiple = 0;
  for (const row of matrix.rows) {
    const accountable = Object.values(row.cells).filter((letters) => letters.includes('A')).length;
    expect(row.flags.includes('task-unowned')).toBe(row.ownerIds.length === 0);
    expect(row.flags.includes('task-multiple-accountable')).toBe(accountable > 1);
    // One owner for the rules, model detection and the matrix (the rules list them in board order).
    expect([...row.ownerIds].sort()).toEqual([...facts.task.get(row.taskId)!.owners].sort());
    expect(taskOwners(board, row.taskId)).toEqual(row.ownerIds);
    if (row.flags.includes('task-unowned')) unowned++;
    if (row.flags.includes('task-multiple-accountable')) multiple++;
  }
  return { unowned, multiple };
}

describe('the RACI matrix and the rule engine', () => {
  it.each(LANGUAGES)('agree on the demo and every template (%s)', (language) => {
    const boards = [demoBoard(language), ...TEMPLATE_IDS.map((id) => templateBoard(id, language))];
    for (const board of boards) agrees(board);
  });

  it('agree on random boards (fast-check, fixed seed), flagged rows included', () => {
    const total = { unowned: 0, multiple: 0 };
    fc.assert(
      fc.property(raciBoard, (board) => {
        const seen = agrees(board);
        total.unowned += seen.unowned;
        total.multiple += seen.multiple;
      }),
      { numRuns: 200, seed: 2026 },
    );
    // Not vacuous: both flags were on rows many times.
    expect(total.unowned).toBeGreaterThan(30);
    expect(total.multiple).toBeGreaterThan(10);
  });

  it('flags from the hints it is given, not from its own reading of the letters', () => {
    const b = boardOf({}, [role('r1', 'strategist'), role('r2', 'analyst'), task('t1', 'strategy'), task('t2', 'reporting')], [A('r1', 't1'), A('r2', 't1'), C('r1', 't2')]);
    expect(flaggedKeys(deriveRaci(b))).toEqual(['task-multiple-accountable:t1', 'task-unowned:t2']);
    // No hints, no flags: the letters alone flag nothing.
    expect(flaggedKeys(deriveRaci(b, { hints: [] }))).toEqual([]);
    // Only the matrix's two rules flag a row; another rule's hint about the task does not.
    const hints = evaluateBoard(b);
    const unowned = hints.find((h) => h.rule === 'task-unowned')!;
    expect(flaggedKeys(deriveRaci(b, { hints: [unowned, ...hints.filter((h) => !isFlag(h.rule))] }))).toEqual(['task-unowned:t2']);
  });

  it('a dismissed hint still flags its row: the view passes the active and the dismissed hints', () => {
    const b = boardOf({}, [role('r1', 'strategist'), role('r2', 'analyst'), task('t1', 'reporting')], [R('r1', 't1'), R('r2', 't1')]);
    const unowned = evaluateBoard(b).find((h) => h.rule === 'task-unowned')!;
    const dismissed = dismissHint(b, unowned, { reason: 'shared on purpose' });
    const parts = partitionHints(evaluateBoard(dismissed), dismissed);
    expect(parts.active.map((h) => h.rule)).not.toContain('task-unowned');
    expect(deriveRaci(dismissed, { hints: parts.active.concat(parts.dismissed) }).rows[0].flags).toEqual(['task-unowned']);
    expect(deriveRaci(dismissed).rows[0].flags).toEqual(['task-unowned']);
  });
});
