/**
 * A board's JSON text in IndexedDB, cut into parts (db.ts, table `texts`). IndexedDB
 * structure-clones a value inside the `put` call, on the main thread, and Chromium wraps a
 * value over 64 KiB into a blob there as well: a 700,000-character string held the main
 * thread for 8–15 ms, a 64,000-character one 0.2–0.4 ms (Chromium 156 on the 2-core bench
 * host). Writing part after part, each awaited, puts every `put` in a task of its own, so
 * a save never blocks input for long (issue 9), and the whole text is still one
 * transaction: stored whole or not at all.
 */
import type { Board } from '../../shared/model/board';
import type { OrgcanvasDb, StoredTextRow } from './db';

/**
 * Characters per part. A string of characters outside Latin-1 is stored two bytes a
 * character, so 30,000 stays under Chromium's 64 KiB wrapping threshold in any language.
 */
export const PART_CHARS = 30_000;

export const boardTextOwner = (id: string) => `board:${id}`;
export const versionTextOwner = (seq: number) => `version:${seq}`;

/**
 * The rows that hold `value`: its parts as they are (boardJsonParts makes them at most
 * PART_CHARS long), a text cut into parts, or (a version 1 board that could not be made
 * into text) the object itself as part 0. Nothing at all for no value.
 */
export function textRows(owner: string, value: readonly string[] | string | Board | undefined): StoredTextRow[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return textRows(owner, cutText(value));
  if (!Array.isArray(value)) return [{ owner, part: 0, board: value as Board }];
  return value.map((text, part) => ({ owner, part, text }));
}

/** A text cut every PART_CHARS characters (one empty part for an empty text). */
function cutText(text: string): string[] {
  const parts: string[] = [];
  for (let at = 0; at === 0 || at < text.length; at += PART_CHARS) parts.push(text.slice(at, at + PART_CHARS));
  return parts;
}

/**
 * The board the parts hold. Text that does not parse is handed on as it is (and no parts as
 * undefined): checkStoredBoard and recovery report such a board as unreadable.
 */
export function boardFromRows(rows: readonly StoredTextRow[]): Board {
  if (rows.length === 0) return undefined as unknown as Board;
  if (rows[0]!.board !== undefined) return rows[0]!.board;
  const json = rows.map((row) => row.text ?? '').join('');
  try {
    return JSON.parse(json) as Board;
  } catch {
    return json as unknown as Board;
  }
}

const ownerRange = (db: OrgcanvasDb, owner: string, fromPart = 0) => db.texts.where('[owner+part]').between([owner, fromPart], [owner, Infinity], true, true);

/** Inside a transaction that includes `texts`. */
export async function readText(db: OrgcanvasDb, owner: string): Promise<Board> {
  return boardFromRows(await ownerRange(db, owner).toArray());
}

/**
 * Replaces the owner's text with `rows` (textRows), one awaited `put` per part (see above),
 * then drops the parts a longer earlier text left beyond the new end. Inside a transaction
 * that includes `texts`.
 */
export async function writeText(db: OrgcanvasDb, owner: string, rows: readonly StoredTextRow[]): Promise<void> {
  for (const row of rows) await db.texts.put(row);
  await ownerRange(db, owner, rows.length).delete();
}

/** Inside a transaction that includes `texts`. */
export async function deleteTexts(db: OrgcanvasDb, owners: readonly string[]): Promise<void> {
  for (const owner of owners) await ownerRange(db, owner).delete();
}
