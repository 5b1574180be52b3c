import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLaunchArgs } from '../../../main/electron/launchArgs';
import { OpenRequestQueue } from '../../../main/electron/openRequests';

describe('launch arguments', () => {
  it('reads --lang and .orgcanvas files; ignores Chromium switches and other files', () => {
    expect(parseLaunchArgs(['/usr/bin/electron', 'dist/main/main.cjs', '--lang=NL', '--no-sandbox', 'a.ORGCANVAS', 'b.txt', '/abs/c.orgcanvas'], '/work')).toEqual({
      lang: 'nl',
      files: [path.resolve('/work', 'a.ORGCANVAS'), '/abs/c.orgcanvas'],
    });
    expect(parseLaunchArgs(['exe', '--lang=de', '--lang', 'en'], '/')).toEqual({ lang: null, files: [] });
    expect(parseLaunchArgs(['exe', '--lang=en'], '/')).toEqual({ lang: 'en', files: [] });
    // argv[0] is the program, even if someone named it *.orgcanvas.
    expect(parseLaunchArgs(['x.orgcanvas'], '/').files).toEqual([]);
  });
});

describe('open requests', () => {
  it('hands out opaque ids and names, never paths', () => {
    let n = 0;
    const queue = new OpenRequestQueue(() => `request${++n}`);
    expect(queue.add('/home/c/secret folder/Acme.orgcanvas')).toEqual({ requestId: 'request1', name: 'Acme.orgcanvas' });
    expect(queue.take()).toEqual([{ requestId: 'request1', name: 'Acme.orgcanvas' }]);
    expect(queue.take()).toEqual([]);
    expect(queue.claim('request1')).toBe('/home/c/secret folder/Acme.orgcanvas');
    expect(queue.claim('request1')).toBeUndefined();
    expect(queue.claim('nope')).toBeUndefined();
  });

  it('bounds what a flood of double-clicks can queue', () => {
    const queue = new OpenRequestQueue();
    const added = Array.from({ length: 100 }, (_, i) => queue.add(`/f/${i}.orgcanvas`)).filter(Boolean);
    expect(added).toHaveLength(64);
    expect(queue.take()).toHaveLength(64);
  });

  it('makes ids the contract accepts', () => {
    const id = new OpenRequestQueue().add('/a.orgcanvas')!.requestId;
    expect(id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });
});
