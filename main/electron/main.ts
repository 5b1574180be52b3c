/**
 * Entry of the Electron main process (bundled to dist/main/main.cjs by
 * scripts/build-main.mjs). Everything interesting lives in app.ts, which is tested with
 * Electron mocked; this file only passes the real modules in.
 */
import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell } from 'electron';
import { contract } from '../../shared/ipc/contract';
import { languageFromLocale, type Language } from '../../shared/i18n';
import { startApp, type AppContext, type ExtraHandlers } from './app';
import { createFileHandlers } from './fileWiring';
import { sendEvent } from './ipc';
import { parseLaunchArgs } from './launchArgs';
import { installAppMenu, menuLanguageHandler } from './menu';

// dist/main/main.cjs → dist/renderer and dist/main/preload.cjs (inside app.asar when packaged).
const here = __dirname;
// The window icon for Linux in development; installed apps take theirs from the desktop entry.
const devIcon = path.join(here, '..', '..', 'build', 'icons', '512x512.png');

let appContext: AppContext | null = null;
/** The menu speaks the window's language: --lang or the system locale, then whatever the page reports. */
const startLanguage = (): Language => parseLaunchArgs(process.argv, process.cwd()).lang ?? languageFromLocale(app.getLocale());
const installMenu = (language: Language): void =>
  installAppMenu(Menu, {
    language,
    platform: process.platform,
    send: (id) => {
      const window = appContext?.mainWindow();
      if (window && !window.isDestroyed()) sendEvent(window.webContents, contract, 'onMenuCommand', { id });
    },
  });

const result = startApp(
  { app, BrowserWindow, protocol, session, shell, dialog, ipc: ipcMain },
  {
    argv: process.argv,
    cwd: process.cwd(),
    platform: process.platform,
    rendererDir: path.join(here, '..', 'renderer'),
    preload: path.join(here, 'preload.cjs'),
    icon: process.platform === 'linux' && existsSync(devIcon) ? devIcon : undefined,
    locale: () => app.getLocale(),
    readFile: (filePath) => fs.readFile(filePath),
    // Called once Electron is ready (so app.getLocale() is valid).
    extraHandlers: (context) => {
      appContext = context;
      // Every request of the contract that app.ts does not answer, or this does not compile.
      return {
        ...createFileHandlers({ fs, dialog, userData: app.getPath('userData'), window: context.mainWindow, claimOpenRequest: (id) => context.openRequests.claim(id) }),
        ...menuLanguageHandler(installMenu, startLanguage()),
      } satisfies ExtraHandlers;
    },
    log: (message) => console.warn(message),
  },
);

if (result.started) {
  void result.ready.then(() => installMenu(startLanguage()));
  result.ready.catch((error: unknown) => {
    console.error('OrgCanvas failed to start:', error);
    app.exit(1);
  });
}
