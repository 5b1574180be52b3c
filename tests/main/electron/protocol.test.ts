import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler, mimeType, resolveAppPath } from '../../../main/electron/protocol';
import { CSP_HEADER } from '../../../main/electron/security/csp';

const ROOT = path.resolve('/srv/orgcanvas/dist/renderer');

const TRAVERSAL = [
  'app://orgcanvas/../../etc/passwd',
  'app://orgcanvas/assets/../../../etc/passwd',
  'app://orgcanvas/%2e%2e/%2e%2e/etc/passwd',
  'app://orgcanvas/%2E%2E/secret',
  'app://orgcanvas/.%2e/secret',
  'app://orgcanvas/%252e%252e/secret',
  'app://orgcanvas/assets%2f..%2f..%2fsecret',
  'app://orgcanvas/..%5c..%5cwindows%5cwin.ini',
  'app://orgcanvas/..\\..\\windows\\win.ini',
  'app://orgcanvas/assets\\..\\..\\secret',
  'app://orgcanvas//etc/passwd',
  'app://orgcanvas/C:/Windows/win.ini',
  'app://orgcanvas/C%3A%5CWindows%5Cwin.ini',
  'app://orgcanvas/index.html%00.png',
  'app://orgcanvas/./index.html',
  'app://orgcanvas/assets/./../x',
  'app://orgcanvas/%E0%A4%A',
  'app://orgcanvas:8080/index.html',
  'app://orgcanvas.evil/index.html',
  'app://user@orgcanvas/index.html',
  'app://evil/index.html',
  'file:///etc/passwd',
  'https://orgcanvas/index.html',
  'app://orgcanvas/' + 'a/'.repeat(1100),
];

describe('app:// path guard', () => {
  it.each(TRAVERSAL.map((url) => [JSON.stringify(url.slice(0, 70)), url]))('refuses %s', (_name, url) => {
    expect(resolveAppPath(ROOT, url).ok).toBe(false);
  });

  it.each([
    ['app://orgcanvas/', 'index.html'],
    ['app://orgcanvas', 'index.html'],
    ['app://orgcanvas/index.html?lang=nl', 'index.html'],
    ['app://orgcanvas/index.html#board', 'index.html'],
    ['app://orgcanvas/assets/index-Bx1.js', 'assets/index-Bx1.js'],
    ['app://orgcanvas/assets/Inter%20Bold.woff2', 'assets/Inter Bold.woff2'],
  ])('serves %s from %s', (url, file) => {
    expect(resolveAppPath(ROOT, url)).toEqual({ ok: true, path: path.join(ROOT, file) });
  });

  it('never resolves outside the renderer folder, whatever the path', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '%2e%2e', '%2E.', '..%2f', '%5c', '\\', '', 'C:', '%00', 'assets', 'index.html', '%252e'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), fc.constantFrom('/', '\\', '%2f', '%5c'), (segments, sep) => {
        const result = resolveAppPath(ROOT, `app://orgcanvas/${segments.join(sep)}`);
        if (result.ok) expect(result.path.startsWith(ROOT + path.sep)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('knows the types the renderer build contains', () => {
    expect(mimeType('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeType('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeType('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(mimeType('/x/a.exe')).toBe('application/octet-stream');
  });
});

describe('app:// handler', () => {
  let root: string;
  beforeAll(async () => {
    const base = await mkdtemp(path.join(os.tmpdir(), 'orgcanvas-protocol-'));
    root = path.join(base, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>OrgCanvas</title>');
    await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(base, 'secret.txt'), 'do not serve');
  });

  const handler = (readFile_ = (p: string) => readFile(p)) => createAppProtocolHandler({ root, readFile: readFile_ });

  it('serves the page with the CSP header and no-sniff', async () => {
    const response = await handler()(new Request('app://orgcanvas/index.html?lang=en'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CSP_HEADER);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>OrgCanvas</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await handler()(new Request('app://orgcanvas/assets/app.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('refuses traversal with 403 before touching the disk', async () => {
    const read = vi.fn((p: string) => readFile(p));
    const serve = handler(read);
    for (const url of ['app://orgcanvas/..%2fsecret.txt', 'app://orgcanvas/assets%2f..%2f..%2fsecret.txt', 'app://orgcanvas/..\\secret.txt', 'app://orgcanvas/%252e%252e/secret.txt']) {
      const response = await serve(new Request(url));
      expect(response.status, url).toBe(403);
      expect(response.headers.get('content-security-policy')).toBe(CSP_HEADER);
    }
    expect(read).not.toHaveBeenCalled();
  });

  it('never reads outside the renderer folder, even after the URL parser normalised the path', async () => {
    const read = vi.fn((p: string) => readFile(p));
    const serve = handler(read);
    // The URL parser folds these into app://orgcanvas/secret.txt: inside, and missing.
    for (const url of ['app://orgcanvas/%2e%2e/secret.txt', 'app://orgcanvas/../../secret.txt', 'app://orgcanvas/assets/../../secret.txt']) {
      expect((await serve(new Request(url))).status, url).toBe(404);
    }
    for (const [p] of read.mock.calls) expect(p.startsWith(root + path.sep)).toBe(true);
  });

  it('answers 404 for a missing file and 405 for writes', async () => {
    expect((await handler()(new Request('app://orgcanvas/nope.js'))).status).toBe(404);
    expect((await handler()(new Request('app://orgcanvas/assets'))).status).toBe(404);
    expect((await handler()(new Request('app://orgcanvas/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
