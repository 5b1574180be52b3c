/** The autosave state shown in the status bar; its own tiny store, outside the document. */
import { create } from 'zustand';
import type { SaveStatus } from './autosave';

export const useSaveStatus = create<{ status: SaveStatus | null; set: (status: SaveStatus | null) => void }>()((set) => ({
  status: null,
  set: (status) => set({ status }),
}));
