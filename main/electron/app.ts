/**
 * The desktop app's life cycle, with Electron passed in (main.ts passes the real one,
 * tests a mock). Order matters and is Electron's: scheme privileges and the sandbox
 * before `ready`; protocol, permissions, IPC and the window after.
 */
import type { App, BrowserWindow, BrowserWindowConstructorOptions, Dialog, IpcMain, Protocol, Session, Shell } from 'electron';
import { languageFromLocale } from '../../shared/i18n';
import { contract, type OrgcanvasContract } from '../../shared/ipc/contract';
import type { HandlersOf } from '../../shared/ipc/define';
import { askToLeave, promptBeforeUnload } from './closePrompt';
import { createAppHandlers, platformName, type AppHandlers } from './handlers';
import { missingHandlers, registerHandlers, sendEvent } from './ipc';
import { parseLaunchArgs } from './launchArgs';
import { OpenRequestQueue } from './openRequests';
import { APP_SCHEME } from './origin';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './protocol';
import { denyPermissions, hardenWebContents } from './security/guards';
import { createMainWindow } from './window';

export interface ElectronModules {
  app: Pick<
    App,
    'enableSandbox' | 'requestSingleInstanceLock' | 'quit' | 'on' | 'whenReady' | 'isPackaged' | 'getVersion'
  >;
  BrowserWindow: (new (options: BrowserWindowConstructorOptions) => BrowserWindow) & {
    getAllWindows(): BrowserWindow[];
  };
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'>;
  session: { defaultSession: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'> };
  shell: Pick<Shell, 'openExternal'>;
  dialog: Pick<Dialog, 'showMessageBoxSync'>;
  /** Electron's ipcMain (only ipc.ts may use it). */
  ipc: Pick<IpcMain, 'handle'>;
}

export interface AppContext {
  openRequests: OpenRequestQueue;
  mainWindow: () => BrowserWindow | null;
}

export interface AppConfig {
  argv: readonly string[];
  cwd: string;
  platform: string;
  /** dist/renderer: what app:// serves. */
  rendererDir: string;
  /** dist/main/preload.cjs */
  preload: string;
  icon?: string;
  /** The system's UI locale (Electron's app.getLocale(), valid after ready). */
  locale: () => string;
  readFile: (filePath: string) => Promise<Uint8Array>;
  /**
   * Handlers for every other request of the contract (the file service, the menu's
   * language), given the app's context. Typed complete: a request added to the contract
   * without a handler fails `tsc` in main.ts.
   */
  extraHandlers: (context: AppContext) => ExtraHandlers;
  log?: (message: string) => void;
}

/** The contract's requests that the app itself does not answer: one handler each, none missing. */
export type ExtraHandlers = Omit<HandlersOf<OrgcanvasContract>, keyof AppHandlers>;

export type StartResult = { started: false; reason: 'second-instance' } | { started: true; context: AppContext; ready: Promise<void> };

export function startApp(electron: ElectronModules, config: AppConfig): StartResult {
  const { app } = electron;
  const log = config.log ?? (() => undefined);

  // Before ready: every renderer sandboxed, whatever a window asks for.
  app.enableSandbox();
  electron.protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

  // A second start (double-clicked file) hands its arguments to the running app and quits.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { started: false, reason: 'second-instance' };
  }

  const launch = parseLaunchArgs(config.argv, config.cwd);
  const openRequests = new OpenRequestQueue();
  let mainWindow: BrowserWindow | null = null;
  const context: AppContext = { openRequests, mainWindow: () => mainWindow };

  const announce = (filePath: string): void => {
    const request = openRequests.add(filePath);
    if (!request || !mainWindow || mainWindow.isDestroyed()) return;
    sendEvent(mainWindow.webContents, contract, 'onOpenRequest', request);
  };
  for (const file of launch.files) openRequests.add(file);

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, electron.shell));

  app.on('second-instance', (_event, argv, workingDirectory) => {
    for (const file of parseLaunchArgs(argv, workingDirectory).files) announce(file);
    if (mainWindow && !mainWindow.isDestroyed()) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  // macOS delivers double-clicked files this way, possibly before ready.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    announce(filePath);
  });

  const openWindow = (): void => {
    mainWindow = createMainWindow(electron.BrowserWindow, {
      preload: config.preload,
      lang: launch.lang,
      devTools: !app.isPackaged,
      icon: config.icon,
    });
    const window = mainWindow;
    promptBeforeUnload(window.webContents, () => askToLeave(electron.dialog, window, launch.lang ?? languageFromLocale(config.locale())));
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  app.on('window-all-closed', () => {
    if (config.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (electron.BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  const ready = app.whenReady().then(() => {
    denyPermissions(electron.session.defaultSession);
    electron.protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: config.rendererDir, readFile: config.readFile, log }));

    // Complete by type (AppHandlers + ExtraHandlers); the check below still refuses to
    // start when a caller got round the types (JavaScript, a cast).
    const handlers: Partial<HandlersOf<OrgcanvasContract>> = {
      ...createAppHandlers({
        info: { version: app.getVersion(), platform: platformName(config.platform), forcedLanguage: launch.lang },
        openRequests,
      }),
      ...(config.extraHandlers?.(context) ?? {}),
    };
    const registered = registerHandlers(electron.ipc, contract, handlers, {
      onRefusal: (channel, reason) => log(`IPC ${channel} refused: ${reason}`),
    });
    const missing = missingHandlers(contract, registered);
    if (missing.length > 0) throw new Error(`IPC contract requests without a handler: ${missing.join(', ')}`);

    openWindow();
  });

  return { started: true, context, ready };
}
