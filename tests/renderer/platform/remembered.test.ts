import { describe, expect, it } from 'vitest';
import { remembered } from '../../../renderer/platform/remembered';

describe('remembered', () => {
  it('computes each input once', () => {
    let calls = 0;
    const upper = remembered((text) => {
      calls++;
      return text.toUpperCase();
    });
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(calls).toBe(2);
  });
});
