import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ALLOWED_PERMISSIONS, denyPermissions, hardenWebContents, isPermissionAllowed } from '../../../main/electron/security/guards';
import { isSafeExternalUrl } from '../../../main/electron/security/urls';
import { FakeWebContents, fakeSession } from './fakeElectron';

const SAFE = [
  'https://example.org/',
  'https://www.rijksoverheid.nl/onderwerpen?x=1#a',
  'mailto:info@example.nl',
  'mailto:info@example.nl?subject=Workshop',
];

const HOSTILE = [
  'http://example.org/',
  'file:///etc/passwd',
  'file://server/share/x.exe',
  'smb://evil.example/share',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox',
  'ms-msdt:/id PCWDiagnostic',
  'search-ms:query=x',
  'steam://run/1',
  'app://orgcanvas/index.html',
  'chrome://settings',
  'about:blank',
  'https://user:pass@example.org/',
  'https://bank.example@evil.example/',
  ' https://example.org/',
  'https://example.org/\n.evil',
  'https:\\\\evil.example',
  'mailto:',
  'mailto:///etc/passwd',
  '//example.org',
  'example.org',
  '',
  'https://' + 'a'.repeat(3000) + '.example',
];

describe('open-external guard', () => {
  it.each(SAFE)('allows %s', (url) => expect(isSafeExternalUrl(url)).toBe(true));
  it.each(HOSTILE.map((url) => [JSON.stringify(url.slice(0, 60)), url]))('refuses %s', (_name, url) => expect(isSafeExternalUrl(url)).toBe(false));

  it('refuses non-strings', () => {
    for (const value of [undefined, null, 1, {}, [], new URL('https://example.org')]) expect(isSafeExternalUrl(value)).toBe(false);
  });

  it('allows only https: and mailto: for any URL fast-check can build', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ validSchemes: ['http', 'https', 'file', 'ftp', 'smb', 'javascript', 'data', 'app', 'ms-settings'] }), fc.string(), fc.string({ unit: 'grapheme' })), (url) => {
        if (isSafeExternalUrl(url)) {
          const parsed = new URL(url);
          expect(['https:', 'mailto:']).toContain(parsed.protocol);
          expect(parsed.username + parsed.password).toBe('');
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('never allows a scheme other than https:/mailto:, however it is cased or padded', () => {
    const scheme = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9+.-]{0,12}$/).filter((s) => !/^(https|mailto)$/i.test(s));
    fc.assert(
      fc.property(scheme, fc.string(), (s, rest) => {
        expect(isSafeExternalUrl(`${s}:${rest}`)).toBe(false);
        expect(isSafeExternalUrl(`${s}://${rest}`)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('web contents guards', () => {
  function hardened() {
    const contents = new FakeWebContents();
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    hardenWebContents(contents as any, shell);
    return { contents, shell };
  }

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s for every URL', (name) => {
    const { contents, shell } = hardened();
    for (const url of [...SAFE, ...HOSTILE, 'app://orgcanvas/index.html']) {
      expect(contents.attempt(name, url), `${name} ${url}`).toBe(true);
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('denies every new window and hands only safe links to the operating system', () => {
    const { contents, shell } = hardened();
    for (const url of SAFE) expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    for (const url of HOSTILE) expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    expect(shell.openExternal.mock.calls.map((call: unknown[]) => call[0])).toEqual(SAFE);
  });

  it('denies new windows for random URLs and opens only https:/mailto:', () => {
    const { contents, shell } = hardened();
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string(), fc.constantFrom(...HOSTILE)), (url) => {
        expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
      }),
      { numRuns: 2000 },
    );
    for (const [url] of shell.openExternal.mock.calls as unknown as [string][]) {
      expect(['https:', 'mailto:']).toContain(new URL(url).protocol);
    }
  });
});

describe('permissions', () => {
  const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'deprecated-sync-clipboard-read', 'midi', 'midiSysex', 'hid', 'serial', 'usb', 'display-capture', 'openExternal', 'pointerLock', 'fileSystem', 'unknown', 'window-management', 'idle-detection'];

  it('denies every request and check except the reviewed allowlist', () => {
    const session = fakeSession();
    denyPermissions(session as any);
    const request = session.setPermissionRequestHandler.mock.calls[0][0] as any;
    const check = session.setPermissionCheckHandler.mock.calls[0][0] as any;
    const device = session.setDevicePermissionHandler.mock.calls[0][0] as any;
    for (const permission of PERMISSIONS) {
      const callback = vi.fn();
      request(null, permission, callback, { requestingUrl: 'app://orgcanvas/index.html', isMainFrame: true });
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(check(null, permission, 'app://orgcanvas', { requestingUrl: 'app://orgcanvas/index.html', isMainFrame: true }), permission).toBe(false);
    }
    expect(device({ deviceType: 'usb', origin: 'app://orgcanvas' })).toBe(false);
  });

  it('grants full screen, persistent storage and clipboard writing only to the app page itself', () => {
    expect([...ALLOWED_PERMISSIONS].sort()).toEqual(['clipboard-sanitized-write', 'fullscreen', 'persistent-storage']);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://orgcanvas/index.html', true)).toBe(true);
    expect(isPermissionAllowed('clipboard-read', 'app://orgcanvas/index.html', true)).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/', true)).toBe(false);
    expect(isPermissionAllowed('fullscreen', 'app://orgcanvas/index.html', true)).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'app://orgcanvas/index.html?lang=nl', true)).toBe(true);
    expect(isPermissionAllowed('fullscreen', 'app://orgcanvas/index.html', false)).toBe(false);
    expect(isPermissionAllowed('fullscreen', 'https://evil.example/', true)).toBe(false);
    expect(isPermissionAllowed('fullscreen', 'app://orgcanvas.evil/', true)).toBe(false);
    expect(isPermissionAllowed('fullscreen', undefined, true)).toBe(false);
    expect(isPermissionAllowed('media', 'app://orgcanvas/index.html', true)).toBe(false);
  });
});
