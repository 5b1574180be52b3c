/** Damaged library rows (issue 23): left out of the lists, reported, exportable, removable. */
import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { createRepository } from '../../../renderer/storage/repository';
import { checkRow } from '../../../renderer/storage/rowCheck';
import { freshDb } from './fakes';

const row = { id: 'b-1', name: 'A', createdAt: 1, updatedAt: 2, revision: 1, thumbnail: '<svg/>', trashedAt: -1, organisation: 'Acme' };

describe('library rows as they are read', () => {
  it('passes a good row, keeping fields it does not know', () => {
    expect(checkRow({ ...row, future: 1 })).toEqual({ ok: true, row: { ...row, future: 1 } });
  });

  it('names the damaged fields', () => {
    expect(checkRow({ ...row, updatedAt: 'yesterday' })).toEqual({ ok: false, fields: ['updatedAt'] });
    expect(checkRow({ ...row, name: { first: 'A' } })).toEqual({ ok: false, fields: ['name'] });
    const { trashedAt: _t, ...untrashed } = row;
    expect(checkRow(untrashed)).toEqual({ ok: false, fields: ['trashedAt'] });
    expect(checkRow({ ...row, updatedAt: Number.NaN })).toMatchObject({ ok: false });
    expect(checkRow(null)).toMatchObject({ ok: false });
  });

  it('lists the good boards, reports the damaged ones, exports and removes them', async () => {
    const db = freshDb();
    const repo = createRepository(db);
    const good = await repo.createBoard(demoBoard(), 'Good', 5);
    const bad = await repo.createBoard(demoBoard(), 'Bad', 6);
    const hidden = await repo.createBoard(demoBoard(), 'Hidden', 7);
    await db.boards.update(bad.id, { updatedAt: 'yesterday' as unknown as number });
    await db.boards.where('id').equals(hidden.id).modify((r: Record<string, unknown>) => void delete r.trashedAt);

    expect((await repo.listBoards()).map((b) => b.name)).toEqual(['Good']);
    expect(await repo.listTrash()).toEqual([]);
    expect(await repo.searchBoards('')).toHaveLength(1);
    expect(await repo.getBoard(bad.id)).toBeUndefined();
    const damaged = await repo.listDamaged();
    expect(damaged.map((d) => [d.key, d.label, d.fields])).toEqual(
      [
        [bad.id, 'Bad', ['updatedAt']],
        [hidden.id, 'Hidden', ['trashedAt']],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );

    const raw = JSON.parse(await repo.rawBoardData(bad.id));
    expect(raw.row.updatedAt).toBe('yesterday');
    expect(JSON.parse(raw.text.join(''))).toEqual(demoBoard());

    await repo.removeDamaged(bad.id);
    expect((await repo.listDamaged()).map((d) => d.key)).toEqual([hidden.id]);
    expect(await db.texts.where('owner').equals(`board:${bad.id}`).count()).toBe(0);
    expect((await repo.getBoard(good.id))?.board).toEqual(demoBoard());
  });
});
