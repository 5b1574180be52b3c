/**
 * Editor state that is not the document: open dialogs and pickers, inline rename, the
 * snap option, the last refusal. Never recorded by undo.
 */
import type { StateCreator } from 'zustand';
import type { RelationChoice, RelationRefusal } from '../../shared/model/relations';
import type { AppState } from './store';

export interface ScreenPoint {
  x: number;
  y: number;
}

/** A modal overlay; one at a time. */
export type Overlay = 'commandPalette' | 'find' | 'help' | 'connectTarget' | null;

export interface UiSlice {
  snapToGrid: boolean;
  /** The overview map: shown, hidden, or null for "by the window's width" (canvas/minimap.ts). */
  minimap: boolean | null;
  /** The node whose label is being edited in place. */
  renamingId: string | null;
  overlay: Overlay;
  /** The relation picker after a connect gesture offered more than one relation. */
  connectPicker: { source: string; target: string; choices: RelationChoice[]; at: ScreenPoint } | null;
  /** A refused connection: the reason, shown briefly where it happened. */
  refusal: { refusal: RelationRefusal; at: ScreenPoint; key: number } | null;
  /** The canvas context menu; `flow` is where on the board it was opened (for paste/insert). */
  contextMenu: { at: ScreenPoint; flow: { x: number; y: number } } | null;
  /** The in-place RACI letter picker for a `responsible` edge. */
  raciPicker: { edgeId: string; at: ScreenPoint } | null;
  /** Read by the live region so screen readers hear what an action did. */
  announcement: string;
  setUi: (patch: Partial<Omit<UiSlice, 'setUi'>>) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  snapToGrid: true,
  minimap: null,
  renamingId: null,
  overlay: null,
  connectPicker: null,
  refusal: null,
  contextMenu: null,
  raciPicker: null,
  announcement: '',
  setUi: (patch) => set(patch),
});
