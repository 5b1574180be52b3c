/**
 * Keeps the desktop mirror in step with the library: after every committed change of a
 * board row, the same revision goes to main. In the browser build there is no mirror.
 */
import type { OrgcanvasApi } from '../../shared/ipc/api';
import type { BoardRow } from './db';
import { StorageError } from './errors';
import { NOT_TRASHED } from './repository';

export async function mirrorRow(api: OrgcanvasApi | undefined, row: BoardRow): Promise<void> {
  if (!api) return;
  const header = { id: row.id, revision: row.revision, updatedAt: row.updatedAt, name: row.name.slice(0, 500) };
  const result = await api.mirrorWrite({
    header: row.trashedAt === NOT_TRASHED ? header : { ...header, trashedAt: row.trashedAt },
    board: row.board,
  });
  if (!result.ok) throw new StorageError('mirror', `${result.code} ${result.detail}`.trim());
}

export async function unmirror(api: OrgcanvasApi | undefined, ids: string[]): Promise<void> {
  if (!api) return;
  for (const id of ids) {
    const result = await api.mirrorRemove({ id });
    if (!result.ok) throw new StorageError('mirror', `${result.code} ${result.detail}`.trim());
  }
}
