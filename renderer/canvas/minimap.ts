/**
 * Whether the canvas shows its overview map. Below 1440 px of window width (a 1280×720 or
 * 1366×768 projector laptop) it is off unless asked for: there it covered nodes in the
 * canvas's top-right corner, and a drag meant for a node that ended on it panned the board
 * out of sight (issue 21). The "Overview map" command (toolbar, palette, View menu) shows or
 * hides it for good; the choice is remembered in this browser.
 */
import { useSyncExternalStore } from 'react';
import type { AppState } from '../store/store';

/** Window width from which the map is shown when the user has not chosen. */
export const MINIMAP_MIN_WIDTH = 1440;
const REMEMBERED = 'orgcanvas.minimap';

function windowWidth(): number {
  return typeof window === 'undefined' ? MINIMAP_MIN_WIDTH : window.innerWidth;
}

/** Is the map shown for this choice (null: none made) in a window this wide? */
export function minimapShown(choice: boolean | null, width: number = windowWidth()): boolean {
  return choice ?? width >= MINIMAP_MIN_WIDTH;
}

/** The choice remembered from an earlier session, or null. */
export function rememberedMinimap(): boolean | null {
  try {
    const value = localStorage.getItem(REMEMBERED);
    return value === 'on' ? true : value === 'off' ? false : null;
  } catch {
    return null;
  }
}

/** The command: flip what is shown now, and remember it. */
export function toggleMinimap(state: AppState): void {
  const shown = !minimapShown(state.minimap);
  try {
    localStorage.setItem(REMEMBERED, shown ? 'on' : 'off');
  } catch {
    // Storage refused (private window): the choice holds for this session.
  }
  state.setUi({ minimap: shown });
}

/** Whether the window is at least the map's width, re-rendering only when that flips. */
export function useWideWindow(): boolean {
  return useSyncExternalStore(
    (listener) => {
      window.addEventListener('resize', listener);
      return () => window.removeEventListener('resize', listener);
    },
    () => windowWidth() >= MINIMAP_MIN_WIDTH,
  );
}
