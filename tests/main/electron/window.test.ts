import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, entryUrl, originOf } from '../../../main/electron/origin';
import { createMainWindow, mainWindowOptions } from '../../../main/electron/window';
import { FakeBrowserWindow } from './fakeElectron';

const config = { preload: '/app/dist/main/preload.cjs', lang: null, devTools: false } as const;

describe('main window options', () => {
  it('sets every security checklist preference explicitly', () => {
    const prefs = mainWindowOptions(config).webPreferences!;
    // Each of these must be present as an own property, not left to Electron's default.
    expect(prefs).toMatchObject({
      preload: '/app/dist/main/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
    for (const key of ['contextIsolation', 'sandbox', 'nodeIntegration', 'webSecurity', 'webviewTag', 'allowRunningInsecureContent']) {
      expect(Object.prototype.hasOwnProperty.call(prefs, key), key).toBe(true);
    }
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('keeps dev tools out of the packaged app', () => {
    expect(mainWindowOptions({ ...config, devTools: false }).webPreferences!.devTools).toBe(false);
    expect(mainWindowOptions({ ...config, devTools: true }).webPreferences!.devTools).toBe(true);
  });

  it('opens hidden and shows once painted', () => {
    FakeBrowserWindow.instances = [];
    const window = createMainWindow(FakeBrowserWindow as any, config) as unknown as FakeBrowserWindow;
    expect(window.options.show).toBe(false);
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('loads the pinned app origin, passing a forced language as ?lang=', () => {
    FakeBrowserWindow.instances = [];
    const plain = createMainWindow(FakeBrowserWindow as any, config) as unknown as FakeBrowserWindow;
    const dutch = createMainWindow(FakeBrowserWindow as any, { ...config, lang: 'nl' }) as unknown as FakeBrowserWindow;
    expect(plain.loadedUrl).toBe('app://orgcanvas/index.html');
    expect(dutch.loadedUrl).toBe('app://orgcanvas/index.html?lang=nl');
    expect(originOf(dutch.loadedUrl)).toBe(APP_ORIGIN);
    expect(entryUrl('en')).toBe('app://orgcanvas/index.html?lang=en');
  });

  it('pins the origin: IndexedDB data lives under app://orgcanvas and must never move', () => {
    // If this fails, every user's boards disappear from view. See main/electron/origin.ts.
    expect(APP_ORIGIN).toBe('app://orgcanvas');
  });
});
