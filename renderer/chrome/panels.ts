/**
 * Which side panels are open, and what the user chose. Below `WIDE_WINDOW` (a 1280×720 or
 * 1366×768 projector laptop) the palette starts folded to its rail, so the board gets the
 * room (issue 21: the canvas had 43 % of such a window); from it on, it starts open. The
 * side dock (hints and properties) starts open at every width; below `WIDE_WINDOW` it shows
 * one of the two at a time, the properties when something is selected. A fold or unfold the
 * user makes is remembered in this browser and wins over the default.
 */
import { useSyncExternalStore } from 'react';
import { create } from 'zustand';

/** Window width from which the palette starts open and the dock shows hints and properties together. */
export const WIDE_WINDOW = 1440;

export type Panel = 'palette' | 'side';
export type SideTab = 'hints' | 'properties';

const KEY: Record<Panel, string> = { palette: 'orgcanvas.panel.palette', side: 'orgcanvas.panel.side' };

/** The remembered choice: true open, false folded, null none made. */
export function rememberedPanel(panel: Panel): boolean | null {
  try {
    const value = localStorage.getItem(KEY[panel]);
    return value === 'open' ? true : value === 'folded' ? false : null;
  } catch {
    return null;
  }
}

/** Is `panel` open for this choice (null: none made) in a window `width` wide? */
export function panelOpen(panel: Panel, choice: boolean | null, width: number): boolean {
  if (choice !== null) return choice;
  return panel === 'side' || width >= WIDE_WINDOW;
}

interface PanelsState {
  choice: Record<Panel, boolean | null>;
  /** The dock's tab below WIDE_WINDOW. */
  tab: SideTab;
  /** The next change of selection leaves the tab alone (it came from the hints list). */
  holdTab: boolean;
}

export const usePanels = create<PanelsState>()(() => ({
  choice: { palette: rememberedPanel('palette'), side: rememberedPanel('side') },
  tab: 'hints',
  holdTab: false,
}));

/** The user opens or folds a panel: remembered, and it wins from now on. */
export function choosePanel(panel: Panel, open: boolean): void {
  try {
    localStorage.setItem(KEY[panel], open ? 'open' : 'folded');
  } catch {
    // Storage refused (private window): the choice holds for this session.
  }
  usePanels.setState((s) => ({ choice: { ...s.choice, [panel]: open } }));
}

export function showTab(tab: SideTab): void {
  usePanels.setState({ tab });
}

/** A selection the hints list makes (show on the board, a quick fix) keeps the hints in view. */
export function holdHintsTab(): void {
  usePanels.setState({ holdTab: true });
}

/** Selection changed: the properties come with a selection, the hints come back without one. */
export function followSelection(selected: boolean): void {
  const { holdTab, tab } = usePanels.getState();
  if (holdTab) {
    usePanels.setState({ holdTab: false });
    return;
  }
  const next: SideTab = selected ? 'properties' : 'hints';
  if (next !== tab) usePanels.setState({ tab: next });
}

function windowWidth(): number {
  return typeof window === 'undefined' ? WIDE_WINDOW : window.innerWidth;
}

/** Whether the window is at least WIDE_WINDOW wide, re-rendering only when that flips. */
export function useWide(): boolean {
  return useSyncExternalStore(
    (listener) => {
      window.addEventListener('resize', listener);
      return () => window.removeEventListener('resize', listener);
    },
    () => windowWidth() >= WIDE_WINDOW,
  );
}

/** Is `panel` open now (the user's choice, or the default for this window)? */
export function usePanelOpen(panel: Panel): boolean {
  const wide = useWide();
  const choice = usePanels((s) => s.choice[panel]);
  return panelOpen(panel, choice, wide ? WIDE_WINDOW : 0);
}

/** "Go to the palette" (Ctrl+K): opens it if folded, then puts the cursor in its search. */
export function focusPalette(): void {
  const { choice } = usePanels.getState();
  if (!panelOpen('palette', choice.palette, window.innerWidth)) choosePanel('palette', true);
  const focus = (tries: number) => {
    const input = document.querySelector<HTMLElement>('.oc-palette input');
    if (input) input.focus();
    else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
  };
  focus(10);
}
