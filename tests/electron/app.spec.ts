/**
 * The desktop app as Electron really runs it: the hardening as applied, not as configured.
 * Skipped, by name and with the reason, where no Electron binary exists (see
 * playwright.config.ts).
 */
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { contract } from '../../shared/ipc/contract';
import { binary, launchApp, repoRoot, skipReason } from './launch';

test.describe('desktop app (Electron)', () => {
  test.skip(!binary.path, skipReason);

  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    ({ app, page } = await launchApp('en'));
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('loads from the pinned origin with the demo board', async () => {
    expect(await page.evaluate(() => location.origin)).toBe('app://orgcanvas');
    expect(page.url()).toBe('app://orgcanvas/index.html?lang=en');
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.screenshot({ path: `${repoRoot}/test-results/screens/electron-en.png` });
  });

  test('applies the hardened web preferences', async () => {
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0].webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> };
      return contents.getLastWebPreferences?.() ?? null;
    });
    test.info().annotations.push({ type: 'webPreferences', description: JSON.stringify(prefs) });
    if (prefs) {
      expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    }
    // Whatever Electron reports, the effects must hold:
    expect(await page.evaluate(() => [typeof (globalThis as any).require, typeof (globalThis as any).process, typeof (globalThis as any).module, typeof (globalThis as any).Buffer])).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
    ]);
    expect(await page.evaluate(() => document.createElement('webview').constructor.name)).not.toBe('WebViewElement');
  });

  test('exposes exactly the contract on window.orgcanvas, and nothing else from the preload', async () => {
    const keys = await page.evaluate(() => Object.keys((window as any).orgcanvas).sort());
    expect(keys).toEqual(Object.keys(contract).sort());
    expect(await page.evaluate(() => Object.isFrozen((window as any).orgcanvas))).toBe(true);
    expect(await page.evaluate(() => typeof (window as any).ipcRenderer)).toBe('undefined');
    const info = await page.evaluate(() => (window as any).orgcanvas.getAppInfo());
    expect(info).toMatchObject({ forcedLanguage: 'en' });
  });

  test('refuses a bad payload in main', async () => {
    const outcome = await page.evaluate(() =>
      (window as any).orgcanvas.mirrorRead({ id: '../../etc/passwd' }).then(
        () => 'answered',
        (error: Error) => error.message,
      ),
    );
    expect(outcome).toMatch(/refused: invalid payload/);
  });

  test('navigation attempts do nothing', async () => {
    const before = page.url();
    await page.evaluate(() => {
      location.href = 'https://example.org/';
    });
    await page.waitForTimeout(1000);
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = 'file:///etc/passwd';
      document.body.appendChild(link);
      link.click();
    });
    await page.waitForTimeout(1000);
    expect(page.url()).toBe(before);
    expect(app.windows()).toHaveLength(1);
  });

  test('window.open opens no window; only https:/mailto: links reach the OS', async () => {
    const results = await page.evaluate(() => ['https://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'mailto:a@example.org'].map((url) => window.open(url) === null));
    expect(results).toEqual([true, true, true, true]);
    await page.waitForTimeout(500);
    expect(app.windows()).toHaveLength(1);
    const opened = await app.evaluate(() => (globalThis as unknown as { __opened: string[] }).__opened);
    expect(opened).toEqual(['https://example.org/', 'mailto:a@example.org']);
  });

  test('serves the CSP header, and an injected inline script does not run', async () => {
    const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = true';
      document.body.appendChild(script);
    });
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  });

  test('denies permissions', async () => {
    expect(await page.evaluate(() => Notification.requestPermission())).toBe('denied');
    const geolocation = await page.evaluate(
      () => new Promise<number>((resolve) => navigator.geolocation.getCurrentPosition(() => resolve(0), (error) => resolve(error.code))),
    );
    expect(geolocation).toBe(1); // PERMISSION_DENIED
  });
});
