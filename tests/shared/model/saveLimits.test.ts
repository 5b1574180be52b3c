/**
 * Issue 23, broken #2: the app must be able to read back whatever it writes. Writing checks
 * the reader's limits (shared/model/save.ts) and a board near the limit is written compact.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/model/limits';
import { parseBoard, parseBoardValue } from '../../../shared/model/parse';
import { boardFileText, storedBoardProblems } from '../../../shared/model/save';
import { serializeBoard } from '../../../shared/model/serialize';
import { arbitraryBoard } from '../arbitraryBoard';
import { boardBetweenForms, notesBoard } from './bigBoards';

describe('what the app writes, it reads (issue 23)', () => {
  it('any board within the limits: file text → open gives the same board (property)', () => {
    fc.assert(
      fc.property(arbitraryBoard, (board) => {
        const written = boardFileText(board);
        if (!written.ok) throw new Error(JSON.stringify(written.problems));
        const opened = parseBoard(written.text);
        // Equal in meaning: as JSON values (JSON has no -0; the file says 0).
        expect(opened.ok && opened.value).toEqual(JSON.parse(JSON.stringify(written.board)));
        // And the library's form (compact JSON) is accepted by the same bound.
        expect(storedBoardProblems(board, JSON.stringify(board).length)).toEqual([]);
      }),
      { numRuns: 200, seed: 23_02 },
    );
  });

  it('a board whose indented text passes the limit but whose compact text fits is saved compact and opens again', () => {
    const board = boardBetweenForms();
    const compact = JSON.stringify(board);
    expect(compact.length).toBeLessThan(LIMITS.maxChars);
    expect(JSON.stringify(board, null, 2).length).toBeGreaterThan(LIMITS.maxChars);
    // It opens (as someone else's compact file would)…
    const opened = parseBoard(compact);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    // …and Save as writes text that opens again, the same board.
    const saved = serializeBoard(opened.value);
    expect(saved.length).toBeLessThanOrEqual(LIMITS.maxChars);
    const reopened = parseBoard(saved);
    expect(reopened.ok && reopened.value.nodes.length).toBe(board.nodes.length);
    expect(reopened.ok && reopened.value).toEqual(opened.value);
    expect(boardFileText(opened.value).ok).toBe(true);
    expect(storedBoardProblems(opened.value, compact.length)).toEqual([]);
  });

  it('1,700 nodes with 10,000-character notes (each field within limits) are refused before a save, naming the limit', () => {
    const board = notesBoard(1_700, LIMITS.maxTextChars);
    expect(parseBoardValue(board).ok).toBe(true);
    const written = boardFileText(board);
    expect(written.ok).toBe(false);
    if (written.ok) return;
    expect(written.problems).toEqual([{ path: '', code: 'tooLargeToSave', params: { size: expect.any(Number), limit: LIMITS.maxChars } }]);
    expect(written.problems[0].params.size).toBeGreaterThan(LIMITS.maxChars);
    expect(storedBoardProblems(board, JSON.stringify(board).length).map((p) => p.code)).toEqual(['tooLargeToSave']);
  });

  it('a board past a count limit is refused before a save with the limit named', () => {
    const board = notesBoard(LIMITS.maxNodes + 1, 0);
    const written = boardFileText(board);
    expect(written.ok).toBe(false);
    if (!written.ok) expect(written.problems[0]).toMatchObject({ code: 'tooManyNodes', params: { count: LIMITS.maxNodes + 1, limit: LIMITS.maxNodes } });
    expect(storedBoardProblems(board, 100).map((p) => p.code)).toEqual(['tooManyNodes']);
  });
});
