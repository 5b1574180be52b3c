/**
 * The recent-files list, kept in the user-data folder. Paths stay in main; the renderer
 * sees an id, the file name and when it was last opened.
 */
import { basename, join } from 'node:path';
import { atomicWrite } from './atomicWrite';
import type { FsPort } from './ports';

export const RECENT_LIMIT = 10;

export interface RecentEntry {
  id: string;
  path: string;
  name: string;
  openedAt: number;
}

export interface RecentView {
  id: string;
  name: string;
  openedAt: number;
}

export function recentFilePath(userData: string): string {
  return join(userData, 'recent-files.json');
}

export async function readRecent(fs: FsPort, userData: string): Promise<RecentEntry[]> {
  let text: string;
  try {
    text = await fs.readFile(recentFilePath(userData), 'utf8');
  } catch {
    return [];
  }
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    // A damaged list costs the user a shortcut, never a start-up: keep what is well-formed.
    return value.filter(isEntry).slice(0, RECENT_LIMIT);
  } catch {
    return [];
  }
}

export async function writeRecent(fs: FsPort, userData: string, entries: RecentEntry[]): Promise<void> {
  await fs.mkdir(userData, { recursive: true });
  await atomicWrite(fs, recentFilePath(userData), `${JSON.stringify(entries.slice(0, RECENT_LIMIT), null, 2)}\n`);
}

/** Moves `path` to the front, reusing its id so the renderer's references stay valid. */
export function touchRecent(entries: RecentEntry[], path: string, now: number, newId: () => string): RecentEntry[] {
  const existing = entries.find((e) => e.path === path);
  const entry: RecentEntry = { id: existing?.id ?? newId(), path, name: basename(path), openedAt: now };
  return [entry, ...entries.filter((e) => e.path !== path)].slice(0, RECENT_LIMIT);
}

export function recentView(entries: RecentEntry[]): RecentView[] {
  return entries.map(({ id, name, openedAt }) => ({ id, name, openedAt }));
}

function isEntry(value: unknown): value is RecentEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return typeof e.id === 'string' && typeof e.path === 'string' && typeof e.name === 'string' && typeof e.openedAt === 'number';
}
