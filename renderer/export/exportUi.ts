/**
 * Which export window is open: the export dialog, the RACI view or neither. Its own tiny
 * store (not the app's `overlay`) because the command keyboard stops at `overlay`, and
 * these dialogs handle their keys themselves (they are `role="dialog"`).
 */
import { create } from 'zustand';

export type ExportWindow = 'export' | 'raci' | 'compare' | null;

export const useExportUi = create<{ open: ExportWindow; setOpen: (open: ExportWindow) => void }>((set) => ({
  open: null,
  setOpen: (open) => set({ open }),
}));
