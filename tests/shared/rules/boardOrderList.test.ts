import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoardOrderList } from '../../../shared/rules/boardOrderList';

describe('BoardOrderList', () => {
  it('keeps ids in board order, once each, whatever order they come in', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 30 }), (indexes) => {
        const list = new BoardOrderList().clear();
        for (const at of indexes) list.add(`n${at}`, at);
        const expected = [...new Set(indexes)].sort((a, b) => a - b).map((at) => `n${at}`);
        expect(list.toArray()).toEqual(expected);
      }),
    );
  });

  it('starts empty again after clear, and hands out copies that later use does not change', () => {
    const list = new BoardOrderList();
    list.add('b', 2);
    list.add('a', 1);
    const first = list.toArray();
    list.clear().add('c', 3);
    expect(first).toEqual(['a', 'b']);
    expect(list.toArray()).toEqual(['c']);
    expect(list.clear().toArray()).toEqual([]);
  });
});
