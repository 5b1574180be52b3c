/**
 * Small stand-ins for the Electron objects main/electron talks to. They record what was
 * asked of them, so tests can assert what the real app would have done.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import { APP_ENTRY_URL } from '../../../main/electron/origin';

export type IpcListener = (event: unknown, ...args: unknown[]) => unknown;

/** ipcMain.handle, recorded. */
export function fakeIpcMain() {
  const handlers = new Map<string, IpcListener>();
  return {
    handlers,
    handle: vi.fn((channel: string, listener: IpcListener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    }),
  };
}

/** An invoke event as Electron builds it, from a frame at `url`. */
export function senderEvent(url: string = APP_ENTRY_URL, options: { subframe?: boolean; noFrame?: boolean } = {}) {
  if (options.noFrame) return { senderFrame: null };
  const top = { url: 'app://orgcanvas/index.html', parent: null };
  return { senderFrame: { url, parent: options.subframe ? top : null } };
}

/** A webContents with events, a window-open handler slot and a send recorder. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  sent: [string, unknown][] = [];
  destroyed = false;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
  isDestroyed() {
    return this.destroyed;
  }
  /** Emits a cancellable event the way Electron does; returns whether it was prevented. */
  attempt(name: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(name, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows() {
    return FakeBrowserWindow.instances.filter((w) => !w.destroyed);
  }
  webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  shown = false;
  destroyed = false;
  minimized = false;
  focused = false;
  constructor(public options: Record<string, any>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show() {
    this.shown = true;
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
  }
  focus() {
    this.focused = true;
  }
}

/** The app object with a controllable `ready` and a call log for ordering checks. */
export function fakeApp(options: { lock?: boolean } = {}) {
  const calls: string[] = [];
  let resolveReady!: () => void;
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));
  const emitter = new EventEmitter();
  const app = {
    calls,
    emitter,
    isPackaged: false,
    enableSandbox: vi.fn(() => calls.push('enableSandbox')),
    requestSingleInstanceLock: vi.fn(() => options.lock ?? true),
    quit: vi.fn(() => calls.push('quit')),
    getVersion: () => '0.1.0',
    on: vi.fn((name: string, listener: (...args: any[]) => void) => {
      emitter.on(name, listener);
      return app;
    }),
    whenReady: () => readyPromise,
    becomeReady: () => {
      calls.push('ready');
      resolveReady();
      return readyPromise;
    },
  };
  return app;
}

export function fakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
}

export function fakeElectron(options: { lock?: boolean } = {}) {
  FakeBrowserWindow.instances = [];
  const app = fakeApp(options);
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => app.calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => {
        app.calls.push(`protocol.handle:${scheme}`);
        protocolHandlers.set(scheme, handler);
      }),
    },
    session: { defaultSession: fakeSession() },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    /** Answers the close prompt: 0 = keep working, 1 = close without saving. */
    dialog: { showMessageBoxSync: vi.fn((..._args: unknown[]) => 0) },
    ipc: fakeIpcMain(),
    /** main.ts installs the application menu once the window is ready. */
    Menu: { buildFromTemplate: vi.fn((template: unknown[]) => ({ template })), setApplicationMenu: vi.fn() },
  };
  return { electron, app, protocolHandlers };
}
