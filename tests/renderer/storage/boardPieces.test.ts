import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PieceHolder, PieceSender } from '../../../renderer/storage/boardPieces';
import { demoBoard } from '../../../shared/boards/demo';
import type { Board } from '../../../shared/model/board';

/** One save as the worker sees it: the batches taken in, then the outline made into text. */
async function send(sender: PieceSender, holder: PieceHolder, board: Board, maxChars = 30_000) {
  const { outline, batches } = await sender.outline(board, maxChars);
  batches.forEach((batch) => holder.take(batch));
  return { text: holder.parts(outline, maxChars).join(''), sent: batches.flatMap((b) => b.texts), batches };
}

const asJson = (board: Board) => JSON.parse(JSON.stringify(board)) as unknown;

describe('a board sent to the save worker as pieces', () => {
  it('sends every piece once, then only what an edit replaced', async () => {
    const sender = new PieceSender();
    const holder = new PieceHolder();
    const board = demoBoard();
    const first = await send(sender, holder, board);
    expect(JSON.parse(first.text)).toEqual(asJson(board));
    expect(first.sent).toHaveLength(board.nodes.length + board.edges.length);

    const moved = { ...board, nodes: board.nodes.map((n, i) => (i === 3 ? { ...n, position: { x: 7, y: 9 } } : n)) };
    const second = await send(sender, holder, moved);
    expect(JSON.parse(second.text)).toEqual(asJson(moved));
    expect(second.sent).toEqual([JSON.stringify(moved.nodes[3])]);

    expect((await send(sender, holder, moved)).sent).toEqual([]);
    // It holds the last board's pieces only, not the node as it was before the edit.
    expect(holder.size).toBe(moved.nodes.length + moved.edges.length);
  });

  it('keeps batches within the length asked, except a piece longer than that', async () => {
    const board = demoBoard();
    const { batches } = await new PieceSender().outline(board, 400);
    for (const batch of batches) {
      const chars = batch.texts.reduce((sum, text) => sum + text.length, 0);
      expect(batch.texts.length === 1 || chars <= 400).toBe(true);
    }
    expect(batches.flatMap((b) => b.ids)).toHaveLength(board.nodes.length + board.edges.length);
  });

  it('names the piece a holder was never sent', async () => {
    const sender = new PieceSender();
    const { outline } = await sender.outline(demoBoard(), 30_000);
    expect(() => new PieceHolder().parts(outline, 30_000)).toThrow(/not sent piece 1 /);
  });

  it('gives the same text as the board itself, whatever the edits in between (undo, reorder, removal, a repeated object)', async () => {
    const base = demoBoard();
    // Each step makes the next board from the boards so far: an edit of the last one, or an
    // earlier board again (undo hands back the very objects saved before).
    const step = fc.oneof(
      fc.record({ kind: fc.constant('move' as const), at: fc.nat(), x: fc.integer({ min: -500, max: 500 }) }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('reverse' as const) }),
      fc.record({ kind: fc.constant('repeat' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('label' as const), at: fc.nat(), text: fc.string({ maxLength: 40 }) }),
      fc.record({ kind: fc.constant('undo' as const), back: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 12 }), fc.integer({ min: 50, max: 5_000 }), async (steps, maxChars) => {
        const sender = new PieceSender();
        const holder = new PieceHolder();
        const boards: Board[] = [base];
        expect(JSON.parse((await send(sender, holder, base, maxChars)).text)).toEqual(asJson(base));
        for (const s of steps) {
          const last = boards[boards.length - 1]!;
          const pick = <T>(list: readonly T[], at: number) => list[at % Math.max(1, list.length)];
          let next: Board = last;
          if (s.kind === 'undo') next = boards[boards.length - 1 - (s.back % boards.length)]!;
          else if (s.kind === 'reverse') next = { ...last, nodes: [...last.nodes].reverse(), edges: [...last.edges].reverse() };
          else if (last.nodes.length > 0) {
            const node = pick(last.nodes, s.at)!;
            if (s.kind === 'move') next = { ...last, nodes: last.nodes.map((n) => (n === node ? { ...n, position: { x: s.x, y: 0 } } : n)) };
            if (s.kind === 'label') next = { ...last, nodes: last.nodes.map((n) => (n === node ? { ...n, label: s.text } : n)) };
            if (s.kind === 'remove') next = { ...last, nodes: last.nodes.filter((n) => n !== node) };
            if (s.kind === 'repeat') next = { ...last, nodes: [...last.nodes, node] };
          }
          boards.push(next);
          expect(JSON.parse((await send(sender, holder, next, maxChars)).text)).toEqual(asJson(next));
        }
      }),
      { numRuns: 60 },
    );
  });
});
