/** The main window: hardened preferences, loaded from the pinned app origin. */
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { entryUrl } from './origin';
import { secureWebPreferences } from './security/webPreferences';

export interface WindowConfig {
  preload: string;
  lang: 'en' | 'nl' | null;
  devTools: boolean;
  icon?: string;
}

export function mainWindowOptions(config: WindowConfig): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'OrgCanvas',
    // Shown once painted: no white flash on a dark projector room.
    show: false,
    backgroundColor: '#f4f6f8',
    ...(config.icon ? { icon: config.icon } : {}),
    webPreferences: secureWebPreferences({ preload: config.preload, devTools: config.devTools }),
  };
}

type WindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export function createMainWindow(BrowserWindowClass: WindowClass, config: WindowConfig): BrowserWindow {
  const window = new BrowserWindowClass(mainWindowOptions(config));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(entryUrl(config.lang));
  return window;
}
