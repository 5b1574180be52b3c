/**
 * The bundles Electron actually loads (dist/main/*.cjs from scripts/build-main.mjs), run in
 * Node with a fake `electron` module: the preload exposes exactly the contract, and the
 * main bundle starts the app.
 */
import { execFileSync } from 'node:child_process';
import Module from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { contract } from '../../../shared/ipc/contract';
import { fakeElectron } from './fakeElectron';

const dist = path.resolve('dist/main');

/** Loads a CommonJS bundle with `require('electron')` answered by `electron`. */
function loadBundle(file: string, electron: unknown) {
  const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
  const original = load;
  (Module as any)._load = (request: string, ...rest: unknown[]) => (request === 'electron' ? electron : original(request, ...rest));
  try {
    delete Module.createRequire(import.meta.url).cache[file];
    return Module.createRequire(import.meta.url)(file);
  } finally {
    (Module as any)._load = original;
  }
}

describe('built bundles', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-main.mjs'], { stdio: 'pipe' });
  }, 60_000);

  it('preload.cjs exposes exactly window.orgcanvas with the contract’s members', () => {
    const exposed: Record<string, any> = {};
    const ipcRenderer = { invoke: vi.fn(async () => 'ok'), on: vi.fn(), removeListener: vi.fn() };
    loadBundle(path.join(dist, 'preload.cjs'), {
      contextBridge: { exposeInMainWorld: (name: string, api: unknown) => (exposed[name] = api) },
      ipcRenderer,
    });
    expect(Object.keys(exposed)).toEqual(['orgcanvas']);
    expect(Object.keys(exposed.orgcanvas).sort()).toEqual(Object.keys(contract).sort());
    void exposed.orgcanvas.getAppInfo();
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('orgcanvas:getAppInfo', undefined);
  });

  it('preload.cjs carries no validation library (main validates)', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(path.join(dist, 'preload.cjs'), 'utf8');
    expect(source.length).toBeLessThan(10_000);
    expect(source).not.toMatch(/require\((?!"electron")/);
  });

  it('main.cjs starts the app: sandbox, app:// protocol, hardened window', async () => {
    const fake = fakeElectron();
    const app = Object.assign(fake.electron.app, { getPath: () => '/tmp/orgcanvas-bundle-test', getLocale: () => 'en-US', exit: vi.fn() });
    const dialog = { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBoxSync: vi.fn(() => 0) };
    loadBundle(path.join(dist, 'main.cjs'), { ...fake.electron, app, ipcMain: fake.electron.ipc, dialog });
    expect(app.enableSandbox).toHaveBeenCalled();
    await app.becomeReady();
    await vi.waitFor(() => expect(fake.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function)));
    const window = (fake.electron.BrowserWindow as any).instances[0];
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(window.options.webPreferences.preload).toBe(path.join(dist, 'preload.cjs'));
    expect(app.exit).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1));
    // The renderer folder main serves is the one vite builds.
    const response = await fake.protocolHandlers.get('app')!(new Request('app://orgcanvas/does-not-exist.js'));
    expect(response.status).toBe(404);
  });
});
