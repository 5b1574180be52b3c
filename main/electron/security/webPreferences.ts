/**
 * The window's web preferences: every item of Electron's security checklist set
 * explicitly, even where it equals today's default, so that a changed default in a later
 * Electron cannot loosen the app silently.
 */
import type { WebPreferences } from 'electron';

export function secureWebPreferences(options: { preload: string; devTools: boolean }): WebPreferences {
  return {
    preload: options.preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // A middle click would otherwise open a link in a new window without a click event.
    disableBlinkFeatures: 'Auxclick',
    // A file dropped on the window must reach the page's drop handler, never replace the page.
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: options.devTools,
  };
}
