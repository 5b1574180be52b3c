/** The hint reveal's pages (issue 21): as many hints as fit whole, never one cut or scrolled. */
import { describe, expect, it } from 'vitest';
import { pageStarts } from '../../../renderer/workshop/HintReveal';

describe('pageStarts', () => {
  it('starts a page at the first hint that would not fit whole', () => {
    const items = [
      { top: 0, bottom: 90 },
      { top: 102, bottom: 200 },
      { top: 212, bottom: 330 },
      { top: 342, bottom: 400 },
    ];
    // 300 px: the third would end at 330.
    expect(pageStarts(items, 300)).toEqual([0, 2]);
  });

  it('gives a hint taller than the room a page of its own rather than none', () => {
    expect(pageStarts([{ top: 0, bottom: 500 }, { top: 512, bottom: 600 }], 300)).toEqual([0, 1]);
  });

  it('gives the pages after the first the organisation model’s room too', () => {
    const items = [0, 1, 2, 3, 4].map((i) => ({ top: i * 100, bottom: i * 100 + 90 }));
    expect(pageStarts(items, 200, 300)).toEqual([0, 2]);
  });

  it('is one page when everything fits, or there is nothing', () => {
    expect(pageStarts([{ top: 0, bottom: 100 }], 300)).toEqual([0]);
    expect(pageStarts([], 300)).toEqual([0]);
  });
});
