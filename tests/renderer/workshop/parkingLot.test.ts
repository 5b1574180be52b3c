import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { parseBoard } from '../../../shared/model/parse';
import { serializeBoard } from '../../../shared/model/serialize';
import { evaluateBoard } from '../../../shared/rules';
import { boardNotes, parkedNotes, parkNote, unparkNote } from '../../../renderer/workshop/parkingLot';

describe('parking lot', () => {
  it('takes a note off the canvas and keeps it in the board', () => {
    const board = demoBoard();
    const parked = parkNote(board, 'n-tiktok');
    expect(boardNotes(parked)).toEqual([]);
    expect(parkedNotes(parked).map((n) => n.id)).toEqual(['n-tiktok']);
    expect(parked.nodes).toHaveLength(board.nodes.length - 1);
    // The original board is untouched (store recipes must not mutate).
    expect(boardNotes(board)).toHaveLength(1);
  });

  it('survives a save and a reload, and the rules still read the board the same', () => {
    const parked = parkNote(demoBoard(), 'n-tiktok');
    const reopened = parseBoard(serializeBoard(parked));
    if (!reopened.ok) throw new Error(JSON.stringify(reopened.problems));
    expect(parkedNotes(reopened.value).map((n) => n.label)).toEqual([
      'Parkeerplaats: willen we op TikTok? Eerst doelgroep onderzoeken.',
    ]);
    expect(evaluateBoard(reopened.value).map((h) => h.key)).toEqual(evaluateBoard(demoBoard()).map((h) => h.key));
  });

  it('puts a note back where it was, or where asked', () => {
    const board = demoBoard();
    const original = board.nodes.find((n) => n.id === 'n-tiktok')!;
    const back = unparkNote(parkNote(board, 'n-tiktok'), 'n-tiktok');
    expect(back.nodes.find((n) => n.id === 'n-tiktok')?.position).toEqual(original.position);
    expect(back.parkingLot).toBeUndefined();
    const moved = unparkNote(parkNote(board, 'n-tiktok'), 'n-tiktok', { x: 5, y: 6 });
    expect(moved.nodes.find((n) => n.id === 'n-tiktok')?.position).toEqual({ x: 5, y: 6 });
  });

  it('gives a note a fresh id when its old one was taken meanwhile', () => {
    const parked = parkNote(demoBoard(), 'n-tiktok');
    const clash = { ...parked, nodes: [...parked.nodes, { ...parkedNotes(parked)[0] }] };
    const back = unparkNote(clash, 'n-tiktok');
    expect(back.nodes.filter((n) => n.kind === 'note').map((n) => n.id).sort()).toEqual(['n-tiktok', 'n-tiktok-2']);
  });

  it('only parks notes, and ignores junk in a hand-edited parking lot', () => {
    const board = demoBoard();
    expect(parkNote(board, 'd-mkt')).toBe(board);
    expect(parkNote(board, 'nope')).toBe(board);
    const junk = { ...board, parkingLot: [null, 5, { kind: 'role', id: 'x' }, { kind: 'note', id: 'ok', label: 'fine', position: { x: 1, y: 2 }, data: {} }] };
    expect(parkedNotes(junk).map((n) => n.id)).toEqual(['ok']);
    expect(parkedNotes({ ...board, parkingLot: 'oops' })).toEqual([]);
  });
});
