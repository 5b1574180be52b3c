/**
 * Workshop view state: presenting or not, the tour step, pointer, open panels and the round
 * timer. Room state, not document state: it is never saved with the board and never undone,
 * so it lives in its own small store instead of the document store's slices.
 */
import { create } from 'zustand';
import { createTimer, type TimerState } from './timer';

export type PointerMode = 'off' | 'laser' | 'spotlight';

export interface WorkshopState {
  presenting: boolean;
  /** Index into the tour (planTour); 0 is the whole board. */
  step: number;
  pointer: PointerMode;
  /** The hint reveal: the hints overlay in presentation mode. */
  hintsOpen: boolean;
  /** The page of the hint reveal shown (HintReveal pages what does not fit), and how many there are. */
  hintPage: number;
  hintPages: number;
  parkingOpen: boolean;
  templatesOpen: boolean;
  /** The timer pill is shown (it also shows whenever a round is running). */
  timerOpen: boolean;
  /** The organisation-model card, opened from the workshop bar. */
  modelOpen: boolean;
  timer: TimerState;
  /** Bumped when a round ends, so the view plays the end signal once per ending. */
  timerEndings: number;
  setPresenting: (presenting: boolean) => void;
  setStep: (step: number) => void;
  togglePointer: (mode: Exclude<PointerMode, 'off'>) => void;
  setHintsOpen: (open: boolean) => void;
  setHintPage: (page: number) => void;
  setHintPages: (pages: number) => void;
  setParkingOpen: (open: boolean) => void;
  setTemplatesOpen: (open: boolean) => void;
  setTimerOpen: (open: boolean) => void;
  setModelOpen: (open: boolean) => void;
  updateTimer: (recipe: (timer: TimerState) => TimerState) => void;
  signalTimerEnd: () => void;
}

export const useWorkshop = create<WorkshopState>()((set) => ({
  presenting: false,
  step: 0,
  pointer: 'off',
  hintsOpen: false,
  hintPage: 0,
  hintPages: 1,
  parkingOpen: false,
  templatesOpen: false,
  timerOpen: false,
  modelOpen: false,
  timer: createTimer(),
  timerEndings: 0,
  // Every presentation starts on the whole board, with hints closed and no pointer.
  setPresenting: (presenting) => set({ presenting, step: 0, hintsOpen: false, pointer: 'off' }),
  setStep: (step) => set({ step }),
  togglePointer: (mode) => set((s) => ({ pointer: s.pointer === mode ? 'off' : mode })),
  // Every reveal starts on its first page.
  setHintsOpen: (hintsOpen) => set({ hintsOpen, hintPage: 0 }),
  setHintPage: (page) => set((s) => ({ hintPage: Math.max(0, Math.min(page, s.hintPages - 1)) })),
  setHintPages: (hintPages) => set((s) => ({ hintPages, hintPage: Math.min(s.hintPage, hintPages - 1) })),
  setParkingOpen: (parkingOpen) => set({ parkingOpen }),
  setTemplatesOpen: (templatesOpen) => set({ templatesOpen }),
  setTimerOpen: (timerOpen) => set({ timerOpen }),
  setModelOpen: (modelOpen) => set({ modelOpen }),
  updateTimer: (recipe) => set((s) => ({ timer: recipe(s.timer) })),
  signalTimerEnd: () => set((s) => ({ timerEndings: s.timerEndings + 1 })),
}));
