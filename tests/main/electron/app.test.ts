import { describe, expect, it, vi } from 'vitest';
import { startApp, type AppConfig } from '../../../main/electron/app';
import { createAppHandlers } from '../../../main/electron/handlers';
import { CSP_HEADER } from '../../../main/electron/security/csp';
import { contract } from '../../../shared/ipc/contract';
import { channelName, invokeNames } from '../../../shared/ipc/define';
import { fakeElectron, FakeBrowserWindow, FakeWebContents, senderEvent } from './fakeElectron';

/** Handlers for the requests the app itself does not answer (the file service's). */
function otherHandlers() {
  const mine = Object.keys(createAppHandlers({ info: {} as any, openRequests: {} as any }));
  return Object.fromEntries(invokeNames(contract).filter((n) => !mine.includes(n)).map((n) => [n, () => undefined]));
}

function config(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    argv: ['/opt/OrgCanvas/orgcanvas'],
    cwd: '/home/consultant',
    platform: 'linux',
    rendererDir: '/opt/OrgCanvas/resources/app.asar/dist/renderer',
    preload: '/opt/OrgCanvas/resources/app.asar/dist/main/preload.cjs',
    locale: () => 'en-GB',
    readFile: async () => new TextEncoder().encode('<!doctype html>'),
    extraHandlers: () => otherHandlers() as any,
    ...overrides,
  };
}

async function started(overrides: Partial<AppConfig> = {}) {
  const fake = fakeElectron();
  const result = startApp(fake.electron as any, config(overrides));
  if (!result.started) throw new Error('did not start');
  await fake.app.becomeReady();
  await result.ready;
  return { ...fake, result, window: FakeBrowserWindow.instances[0] };
}

describe('startApp', () => {
  it('sandboxes every renderer and registers the app scheme before ready', async () => {
    const { app, electron } = await started();
    expect(app.calls.indexOf('enableSandbox')).toBeLessThan(app.calls.indexOf('ready'));
    expect(app.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(app.calls.indexOf('ready'));
    const [[schemes]] = electron.protocol.registerSchemesAsPrivileged.mock.calls as unknown as [[any[]]];
    expect(schemes).toEqual([expect.objectContaining({ scheme: 'app' })]);
    expect(schemes[0].privileges).toMatchObject({ standard: true, secure: true });
    // bypassCSP would switch our own policy off.
    expect(schemes[0].privileges.bypassCSP).toBeUndefined();
  });

  it('serves the renderer over app:// with the CSP header', async () => {
    const { protocolHandlers } = await started();
    const response = await protocolHandlers.get('app')!(new Request('app://orgcanvas/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CSP_HEADER);
  });

  it('opens one hardened window on the pinned origin', async () => {
    const { window } = await started();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(window.loadedUrl).toBe('app://orgcanvas/index.html');
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(window.options.webPreferences.preload).toBe('/opt/OrgCanvas/resources/app.asar/dist/main/preload.cjs');
  });

  it('passes --lang=nl to the page as ?lang=nl and reports it', async () => {
    const { window, electron } = await started({ argv: ['/opt/OrgCanvas/orgcanvas', '--lang=nl'] });
    expect(window.loadedUrl).toBe('app://orgcanvas/index.html?lang=nl');
    const info = await electron.ipc.handlers.get(channelName('getAppInfo'))!(senderEvent());
    expect(info).toEqual({ version: '0.1.0', platform: 'linux', forcedLanguage: 'nl' });
  });

  it('denies permissions on the default session', async () => {
    const { electron } = await started();
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
  });

  it('guards every web contents created, not only the main window', async () => {
    const { app } = await started();
    const contents = new FakeWebContents();
    app.emitter.emit('web-contents-created', {}, contents);
    expect(contents.attempt('will-navigate', 'https://example.org/')).toBe(true);
    expect(contents.windowOpenHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });

  it('registers a handler for every request in the contract', async () => {
    const { electron } = await started();
    expect([...electron.ipc.handlers.keys()].sort()).toEqual(invokeNames(contract).map(channelName).sort());
  });

  it('refuses to start with a contract request left unanswered', async () => {
    const fake = fakeElectron();
    const result = startApp(fake.electron as any, config({ extraHandlers: undefined }));
    await fake.app.becomeReady();
    if (!result.started) throw new Error('did not start');
    await expect(result.ready).rejects.toThrow(/without a handler: .*setMenuLanguage.*fileOpen/);
  });

  it('hands a second start to the running instance and quits', () => {
    const fake = fakeElectron({ lock: false });
    const result = startApp(fake.electron as any, config());
    expect(result).toEqual({ started: false, reason: 'second-instance' });
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.electron.protocol.handle).not.toHaveBeenCalled();
  });

  it('queues a file given at start, and takes it once', async () => {
    const { electron } = await started({ argv: ['/opt/OrgCanvas/orgcanvas', '--no-sandbox', 'Klant/Acme.orgcanvas', 'notes.txt'] });
    const take = electron.ipc.handlers.get(channelName('takeOpenRequests'))!;
    const first = (await take(senderEvent())) as { requestId: string; name: string }[];
    expect(first).toEqual([{ requestId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), name: 'Acme.orgcanvas' }]);
    expect(await take(senderEvent())).toEqual([]);
  });

  it('passes a file double-clicked while running to the page, without its path, and focuses the window', async () => {
    const { app, window, result } = await started();
    window.minimized = true;
    app.emitter.emit('second-instance', {}, ['/opt/OrgCanvas/orgcanvas', 'Workshop 3.orgcanvas'], '/home/consultant/Documents');
    expect(window.webContents.sent).toEqual([['orgcanvas:onOpenRequest', { requestId: expect.any(String), name: 'Workshop 3.orgcanvas' }]]);
    expect(JSON.stringify(window.webContents.sent)).not.toContain('/home/consultant');
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
    // The file service gets the path behind the id, once.
    const [[, { requestId }]] = window.webContents.sent as [string, { requestId: string }][];
    if (!result.started) throw new Error('not started');
    expect(result.context.openRequests.claim(requestId)).toBe('/home/consultant/Documents/Workshop 3.orgcanvas');
    expect(result.context.openRequests.claim(requestId)).toBeUndefined();
  });

  it('takes macOS open-file events, even before ready', async () => {
    const fake = fakeElectron();
    const result = startApp(fake.electron as any, config({ platform: 'darwin' }));
    const event = { preventDefault: vi.fn() };
    fake.app.emitter.emit('open-file', event, '/Users/c/Acme.orgcanvas');
    expect(event.preventDefault).toHaveBeenCalled();
    await fake.app.becomeReady();
    if (!result.started) throw new Error('not started');
    await result.ready;
    expect(await fake.electron.ipc.handlers.get(channelName('takeOpenRequests'))!(senderEvent())).toEqual([
      { requestId: expect.any(String), name: 'Acme.orgcanvas' },
    ]);
  });

  it('quits when the window closes, except on macOS where it reopens on activate', async () => {
    const linux = await started();
    linux.app.emitter.emit('window-all-closed');
    expect(linux.app.quit).toHaveBeenCalled();

    const mac = await started({ platform: 'darwin' });
    mac.app.emitter.emit('window-all-closed');
    expect(mac.app.quit).not.toHaveBeenCalled();
    mac.window.destroyed = true;
    mac.app.emitter.emit('activate');
    expect(FakeBrowserWindow.instances).toHaveLength(2);
  });

  describe('close prompt', () => {
    it('keeps the window open when the user keeps working, and asks with Enter/Escape on "keep working"', async () => {
      const { window, electron } = await started();
      electron.dialog.showMessageBoxSync.mockReturnValue(0);
      expect(window.webContents.attempt('will-prevent-unload')).toBe(false);
      const [parent, options] = electron.dialog.showMessageBoxSync.mock.calls[0] as [unknown, any];
      expect(parent).toBe(window);
      expect(options).toMatchObject({ type: 'warning', buttons: ['Keep working', 'Close without saving'], defaultId: 0, cancelId: 0 });
      expect(options.message).toBe('Close without saving to the file?');
    });

    it('lets the window close when the user chooses to', async () => {
      const { window, electron } = await started();
      electron.dialog.showMessageBoxSync.mockReturnValue(1);
      expect(window.webContents.attempt('will-prevent-unload')).toBe(true);
    });

    it('speaks Dutch on a Dutch system, and follows --lang over the system', async () => {
      const dutch = await started({ locale: () => 'nl-NL' });
      dutch.window.webContents.attempt('will-prevent-unload');
      expect((dutch.electron.dialog.showMessageBoxSync.mock.calls[0] as any)[1].buttons).toEqual(['Verder werken', 'Sluiten zonder opslaan']);

      const forced = await started({ locale: () => 'nl-NL', argv: ['/opt/OrgCanvas/orgcanvas', '--lang=en'] });
      forced.window.webContents.attempt('will-prevent-unload');
      expect((forced.electron.dialog.showMessageBoxSync.mock.calls[0] as any)[1].title).toBe('Unsaved changes');
    });
  });
});
