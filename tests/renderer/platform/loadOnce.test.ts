import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from '../../../renderer/platform/loadOnce';

describe('loadOnce', () => {
  it('loads once and gives every caller, at once or later, the same result', async () => {
    const load = vi.fn(async () => ({ made: true }));
    const get = loadOnce(load);
    const [a, b] = await Promise.all([get(), get()]);
    const c = await get();
    expect(load).toHaveBeenCalledTimes(1);
    expect(a).toBe(b);
    expect(c).toBe(a);
  });

  it('forgets a failed load: callers of that attempt get its error, the next call loads again', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce('loaded');
    const get = loadOnce(load);
    const first = get();
    const same = get();
    await expect(first).rejects.toThrow('Failed to fetch');
    await expect(same).rejects.toThrow('Failed to fetch');
    await expect(get()).resolves.toBe('loaded');
    await expect(get()).resolves.toBe('loaded');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
