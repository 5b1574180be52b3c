/**
 * main.ts is the composition root: it must hand the REAL Electron modules to startApp. Here
 * `electron` is mocked as a module, the way it resolves inside the packaged app.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeElectron, senderEvent } from './fakeElectron';

const fake = vi.hoisted(() => ({ current: undefined as any }));

vi.mock('electron', () => {
  const { electron } = fake.current;
  const dialog = { showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: true }), showMessageBoxSync: () => 0 };
  return { app: electron.app, BrowserWindow: electron.BrowserWindow, protocol: electron.protocol, session: electron.session, shell: electron.shell, ipcMain: electron.ipc, dialog, Menu: electron.Menu };
});

describe('main.ts', () => {
  it('starts the app with Electron’s modules, the renderer folder and the preload beside it', async () => {
    fake.current = fakeElectron();
    fake.current.app.getPath = (name: string) => `/tmp/orgcanvas-entry-test/${name}`;
    fake.current.app.exit = vi.fn();
    fake.current.app.getLocale = () => 'nl-NL';
    await import('../../../main/electron/main');
    const { app, electron } = fake.current;
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
    await app.becomeReady();
    await vi.waitFor(() => expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function)));
    const window = electron.BrowserWindow.instances[0];
    expect(window.options.webPreferences.preload).toMatch(/preload\.cjs$/);
    expect(window.loadedUrl).toMatch(/^app:\/\/orgcanvas\/index\.html/);
    // Every contract request is answered: the file service is wired in.
    expect(electron.ipc.handlers.has('orgcanvas:fileSaveAs')).toBe(true);
    expect(electron.ipc.handlers.has('orgcanvas:fileOpenRequest')).toBe(true);
    // The application menu, in the system's language (nl-NL).
    await vi.waitFor(() => expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1));
    const labels = JSON.stringify(electron.Menu.buildFromTemplate.mock.calls[0][0]);
    expect(labels).toContain('Bestand');
    // The page switches to English: the menu is rebuilt in English.
    await electron.ipc.handlers.get('orgcanvas:setMenuLanguage')(senderEvent(), { language: 'en' });
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    expect(JSON.stringify(electron.Menu.buildFromTemplate.mock.calls[1][0])).toContain('"File"');
    expect(app.exit).not.toHaveBeenCalled();
  });
});
