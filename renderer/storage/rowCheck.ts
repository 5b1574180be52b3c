/**
 * A library row is checked as it is read, like a file (issue 23): one row whose `updatedAt`
 * was a string or whose `name` was an object blanked the start screen every time it was
 * shown, and a row without `trashedAt` was in neither the library nor the trash (the index
 * skips it). A row that fails is kept out of the lists and reported as damaged, with the
 * fields that failed; the others are shown as usual. Nothing is repaired or dropped here:
 * the user exports a damaged row's raw data and removes it (library/DamagedRows.tsx).
 */
import { z } from 'zod';
import type { StoredBoardRow } from './db';

const time = z.number().finite();

/** What the library reads of a row. Unknown fields are kept (a newer version may add some). */
const storedBoardRow = z.looseObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/),
  name: z.string(),
  createdAt: time,
  updatedAt: time,
  revision: z.number().int().nonnegative(),
  thumbnail: z.string(),
  trashedAt: time,
  organisation: z.string(),
});

export type RowCheck = { ok: true; row: StoredBoardRow } | { ok: false; fields: string[] };

export function checkRow(value: unknown): RowCheck {
  const parsed = storedBoardRow.safeParse(value);
  if (parsed.success) return { ok: true, row: parsed.data as StoredBoardRow };
  const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(row)'))];
  return { ok: false, fields };
}

/** A row that failed its check, as the library lists it. */
export interface DamagedRow {
  /** Its IndexedDB key, whatever it is: removing the row needs it as stored. */
  key: IDBValidKey;
  /** A short readable name: its `name` if that is text, else its key. */
  label: string;
  fields: string[];
}

export function damagedRow(value: unknown, fields: string[]): DamagedRow {
  const record = (value ?? {}) as { id?: unknown; name?: unknown };
  const key = record.id as IDBValidKey;
  const label = typeof record.name === 'string' && record.name.trim() ? record.name.slice(0, 200) : String(key).slice(0, 200);
  return { key, label, fields };
}
