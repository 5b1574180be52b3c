import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overflowingItems, rowWidth, type BarItem } from '../../../renderer/chrome/overflow';

const item = (width: number, keep = false): BarItem => ({ width, keep });

describe('overflowingItems', () => {
  it('keeps everything on the bar when it fits, without a menu button', () => {
    expect(overflowingItems([item(100), item(100), item(100)], 320, 10, 40)).toEqual([]);
  });

  it('moves the last items into the menu, leaving room for the menu button', () => {
    // 3 × 100 + 2 gaps = 320 > 300: two items, a gap each, and the menu button (40) take 260.
    expect(overflowingItems([item(100), item(100), item(100)], 300, 10, 40)).toEqual([2]);
    expect(overflowingItems([item(100), item(100), item(100)], 240, 10, 40)).toEqual([1, 2]);
    expect(overflowingItems([item(100), item(100), item(100)], 319, 10, 40)).toEqual([2]);
  });

  it('never skips one in the middle: once an item leaves, the later ones go too', () => {
    // The small last item would fit where the wide middle one did not; it goes anyway.
    expect(overflowingItems([item(100), item(200), item(20)], 200, 10, 40)).toEqual([1, 2]);
  });

  it('keeps items that cannot go into a menu, and counts their width', () => {
    expect(overflowingItems([item(100), item(120, true), item(100)], 250, 10, 40)).toEqual([0, 2]);
    expect(overflowingItems([item(60), item(120, true), item(100)], 250, 10, 40)).toEqual([2]);
  });

  it('hides everything when there is no room at all', () => {
    expect(overflowingItems([item(100), item(100)], 10, 10, 40)).toEqual([0, 1]);
  });

  it('what stays on the bar, with the menu button, fits (property, fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ width: fc.double({ min: 1, max: 300, noNaN: true }), keep: fc.boolean() }), { maxLength: 20 }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        (items, available) => {
          const hidden = new Set(overflowingItems(items, available, 8, 36));
          const shown = items.filter((_, i) => !hidden.has(i));
          const used = rowWidth(shown, 8) + (hidden.size ? 36 + 8 : 0);
          const keptWidth = rowWidth(items.filter((it) => it.keep), 8);
          // Kept items are never hidden; the rest fits unless the kept ones alone overflow.
          for (const i of hidden) expect(items[i].keep).toBe(false);
          if (keptWidth + 36 + 8 * (items.length + 1) <= available) expect(used).toBeLessThanOrEqual(available + 8 + 0.5);
          // Nothing is hidden when all fit.
          if (rowWidth(items, 8) <= available) expect(hidden.size).toBe(0);
        },
      ),
      { seed: 21, numRuns: 300 },
    );
  });
});
