/** What is selected. Not part of the document: selecting is never an undo step. */
import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export interface SelectionSlice {
  selectedNodeIds: string[];
  selectedEdgeIds: string[];
  select: (nodeIds: string[], edgeIds?: string[]) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedNodeIds: [],
  selectedEdgeIds: [],
  select: (selectedNodeIds, selectedEdgeIds = []) => set({ selectedNodeIds, selectedEdgeIds }),
});
