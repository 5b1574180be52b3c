/**
 * The export dialog and the RACI view carry the export code (jsPDF with its font metrics,
 * about 400 KB, which also unpacks tables when evaluated). They load on first use, or once
 * the app is idle after start, so they stay off the path to the first interactive board
 * (issue 9, "start"). A load that fails (a damaged install) becomes a notice, not a blank
 * window.
 */
import type { ComponentType } from 'react';
import { afterStartWhenIdle } from '../platform/afterStart';
import { loadOnce } from '../platform/loadOnce';
import type { ExportWindow } from './exportUi';

export type WindowComponent = ComponentType<{ onClose: () => void }>;
export type Which = Exclude<ExportWindow, null>;

const LOADERS: Record<Which, () => Promise<WindowComponent>> = {
  export: loadOnce(() => import('./ExportDialog').then((m) => m.ExportDialog)),
  raci: loadOnce(() => import('../raci/RaciView').then((m) => m.RaciView)),
  compare: loadOnce(() => import('../compare/CompareView').then((m) => m.CompareView)),
};

/** The window's component; one load per window, shared by the idle preload and every open. */
export function loadWindow(which: Which): Promise<WindowComponent> {
  return LOADERS[which]();
}

/** Both windows' code, as the idle preload fetches it (the bench waits for it, see benchHook). */
export function loadAllWindows(): Promise<WindowComponent[]> {
  return Promise.all((Object.keys(LOADERS) as Which[]).map(loadWindow));
}

/** Fetches both windows in an idle moment after start, so the first Ctrl+E opens at once. */
export function preloadWindowsWhenIdle(): () => void {
  // A failure is reported when the window is opened.
  return afterStartWhenIdle(() => void loadAllWindows().catch(() => undefined));
}
