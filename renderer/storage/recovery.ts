/**
 * Start-up recovery in the desktop app: IndexedDB is compared with the file mirror, and a
 * board that is missing there, damaged there, or older there than its mirror is restored
 * from the mirror. The user is told what was recovered, and what could not be.
 */
import type { OrgcanvasApi } from '../../shared/ipc/api';
import { parseBoardValue } from '../../shared/model/parse';
import type { BoardRow } from './db';
import { NOT_TRASHED, type Repository } from './repository';
import { boardThumbnail } from './thumbnail';

export interface StoredState {
  id: string;
  name: string;
  revision: number;
  /** The stored board passes the same checks as a file. */
  valid: boolean;
}

export type MirrorState = { ok: true; id: string; revision: number; name: string } | { ok: false; id: string };

export interface RecoveryPlan {
  /** Read these from the mirror into IndexedDB. */
  restore: string[];
  /**
   * Damaged in IndexedDB with no usable mirror: kept as they are, and reported. So is a
   * damaged mirror of a board IndexedDB does not hold at all: that board is lost, and the
   * user is told rather than finding it gone (issue 23: an over-large board's mirror).
   */
  unrecoverable: string[];
}

export function planRecovery(stored: StoredState[], mirrors: MirrorState[]): RecoveryPlan {
  const byId = new Map(stored.map((s) => [s.id, s]));
  const usable = new Map(mirrors.filter((m): m is Extract<MirrorState, { ok: true }> => m.ok).map((m) => [m.id, m]));
  const restore: string[] = [];
  for (const mirror of usable.values()) {
    const row = byId.get(mirror.id);
    if (!row || !row.valid || row.revision < mirror.revision) restore.push(mirror.id);
  }
  const unrecoverable = [
    ...stored.filter((s) => !s.valid && !usable.has(s.id)).map((s) => s.id),
    ...mirrors.filter((m) => !m.ok && !byId.has(m.id)).map((m) => m.id),
  ];
  return { restore: restore.sort(), unrecoverable: unrecoverable.sort() };
}

export interface RecoveryReport {
  recovered: { id: string; name: string }[];
  unrecoverable: { id: string; name: string }[];
}

export async function recoverFromMirror(repository: Repository, api: OrgcanvasApi | undefined, rows: BoardRow[]): Promise<RecoveryReport> {
  const report: RecoveryReport = { recovered: [], unrecoverable: [] };
  if (!api) return report;
  const stored: StoredState[] = rows.map((row) => ({ id: row.id, name: row.name, revision: row.revision, valid: parseBoardValue(row.board).ok }));
  const listing = await api.mirrorList();
  const plan = planRecovery(stored, listing);
  const lost = new Set(plan.unrecoverable);
  for (const id of plan.restore) {
    const read = await api.mirrorRead({ id });
    const parsed = read.ok ? parseBoardValue(read.board) : undefined;
    if (!read.ok || !parsed?.ok) {
      // Listed as readable, then not: reported like any mirror that cannot be read, unless
      // IndexedDB still holds a good copy (then it was only older).
      if (!stored.find((s) => s.id === id)?.valid) lost.add(id);
      continue;
    }
    const existing = rows.find((r) => r.id === id);
    const { header } = read;
    await repository.putRecovered({
      id,
      name: header.name,
      createdAt: existing?.createdAt ?? header.updatedAt,
      updatedAt: header.updatedAt,
      revision: header.revision,
      board: parsed.value,
      thumbnail: boardThumbnail(parsed.value),
      trashedAt: header.trashedAt ?? NOT_TRASHED,
    });
    report.recovered.push({ id, name: header.name });
  }
  const names = new Map(stored.map((s) => [s.id, s.name]));
  report.unrecoverable = [...lost].sort().map((id) => ({ id, name: names.get(id) ?? id }));
  return report;
}
