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
import { languageFromLocale } from '../../shared/i18n';
import { startApp } from './app';
import { createFileHandlers } from './fileWiring';
import { sendEvent } from './ipc';
import { parseLaunchArgs } from './launchArgs';
import { installAppMenu } from './menu';

// dist/main/main.cjs → dist/renderer and dist/main/preload.cjs (inside app.asar when packaged).
const here = __dirname;
// The window icon for Linux in development; installed apps take theirs from the desktop entry.
const devIcon = path.join(here, '..', '..', 'build', 'icons', '512x512.png');

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
    extraHandlers: (context) => createFileHandlers({ fs, dialog, userData: app.getPath('userData'), window: context.mainWindow, claimOpenRequest: (id) => context.openRequests.claim(id) }),
    log: (message) => console.warn(message),
  },
);

if (result.started) {
  const { context } = result;
  // The menu speaks the language the window starts in (--lang, else the system locale).
  void result.ready.then(() =>
    installAppMenu(Menu, {
      language: parseLaunchArgs(process.argv, process.cwd()).lang ?? languageFromLocale(app.getLocale()),
      platform: process.platform,
      send: (id) => {
        const window = context.mainWindow();
        if (window && !window.isDestroyed()) sendEvent(window.webContents, contract, 'onMenuCommand', { id });
      },
    }),
  );
  result.ready.catch((error: unknown) => {
    console.error('OrgCanvas failed to start:', error);
    app.exit(1);
  });
}
