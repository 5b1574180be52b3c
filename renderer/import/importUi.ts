/**
 * The file picked for import, while its dialog is open. Its own tiny store, like the export
 * windows' (export/exportUi.ts): the dialog handles its keys itself (`role="dialog"`).
 * A file over the size limit is kept by name and size only: its bytes are never read.
 */
import { create } from 'zustand';
import { sizeProblem } from './readFile';

export interface Picked {
  name: string;
  size: number;
  /** Absent when the file is over the size limit. */
  bytes?: Uint8Array;
}

interface ImportUi {
  picked: Picked | null;
  setPicked: (picked: Picked | null) => void;
}

export const useImportUi = create<ImportUi>((set) => ({
  picked: null,
  setPicked: (picked) => set({ picked }),
}));

/** A File from the picker to what the dialog reads (bytes only when within the limit). */
export async function pickedFrom(file: File): Promise<Picked> {
  if (sizeProblem(file.size)) return { name: file.name, size: file.size };
  return { name: file.name, size: file.size, bytes: new Uint8Array(await file.arrayBuffer()) };
}

