/**
 * The bad-file corpus (tests/fixtures/bad/), opened the way a user opens a file: each is
 * refused (or repaired) fast, with a message in both languages that says what and where,
 * and nothing the user already has changes (the open board's file, the recent list).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileService } from '../../../main/files/fileService';
import { createI18n } from '../../../shared/i18n';
import { formatProblem } from '../../../shared/i18n/format';
import { demoBoard } from '../../../shared/boards/demo';
import { ports, scriptedDialog, tempFolder } from './helpers';

const CORPUS = join(import.meta.dirname, '../../fixtures/bad');
const en = createI18n('en');
const nl = createI18n('nl');

/** File → the first problem expected: its code and where it points. */
const EXPECTED: Record<string, { code: string; path: string } | 'repaired'> = {
  'empty.orgcanvas': { code: 'empty', path: '' },
  'nul-filled.orgcanvas': { code: 'binary', path: '' },
  'truncated.orgcanvas': { code: 'notJson', path: '' },
  'bom.orgcanvas': 'repaired',
  'not-json.orgcanvas': { code: 'notJson', path: '' },
  'wrong-format.orgcanvas': { code: 'notOrgcanvas', path: 'format' },
  'future-version.orgcanvas': { code: 'versionTooNew', path: 'version' },
  'duplicate-ids.orgcanvas': { code: 'duplicateId', path: 'nodes[2].id' },
  'dangling-edge.orgcanvas': { code: 'danglingEdge', path: 'edges[0].target' },
  'forbidden-relation.orgcanvas': { code: 'relationRefused', path: 'edges[1]' },
  'non-finite-coordinates.orgcanvas': { code: 'notFinite', path: 'nodes[2].position.x' },
  'deep-nesting.orgcanvas': { code: 'tooDeep', path: '' },
  'proto-keys.orgcanvas': { code: 'forbiddenKey', path: 'nodes[0].data.__proto__' },
};

let dir: Awaited<ReturnType<typeof tempFolder>>;
beforeAll(async () => {
  dir = await tempFolder();
});
afterAll(() => dir.dispose());

describe('bad-file corpus', () => {
  it('has one fixture per case, and every fixture is listed here', async () => {
    expect((await readdir(CORPUS)).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: ${expected === 'repaired' ? 'repaired with a note' : `refused with ${expected.code} at "${expected.path}"`}, fast, nothing else touched`, async () => {
      const dialog = scriptedDialog();
      const userData = join(dir.path, `ud-${name}`);
      const files = createFileService(ports(userData, dialog));
      // The board the user has open now, bound to a file, and a recent list.
      const current = join(dir.path, `current-${name}`);
      dialog.saveAnswers.push(current);
      const saved = await files.saveAs(demoBoard());
      if (!saved.ok) throw new Error('setup failed');
      const before = await readFile(current);
      const recentBefore = await files.recent();

      dialog.openAnswers.push(join(CORPUS, name));
      const started = performance.now();
      const result = await files.open();
      const ms = performance.now() - started;
      expect(ms).toBeLessThan(500);

      if (expected === 'repaired') {
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.repairs.map((r) => r.code)).toEqual(['bomRemoved']);
        expect(formatProblem(result.repairs[0], en.t)).toMatch(/\S/);
      } else {
        expect(result).toMatchObject({ ok: false, code: 'invalidBoard', file: name });
        if (result.ok || !('problems' in result)) return;
        expect(result.problems[0]).toMatchObject(expected);
        for (const t of [en.t, nl.t]) {
          const message = formatProblem(result.problems[0], t);
          expect(message).not.toMatch(/\{\{|problems\.|undefined/);
          if (expected.path) expect(message).toContain(expected.path);
        }
        expect(await files.recent()).toEqual(recentBefore);
      }
      expect((await readFile(current)).equals(before)).toBe(true);
      expect(await files.save(saved.handle, demoBoard())).toMatchObject({ ok: true });
    });
  }

  it('a 50 MB file is refused from its size alone, in well under a second', async () => {
    const dialog = scriptedDialog();
    const files = createFileService(ports(join(dir.path, 'ud-big'), dialog));
    const path = join(dir.path, 'huge.orgcanvas');
    const board = JSON.stringify(demoBoard());
    await writeFile(path, `${board.slice(0, -1)},"padding":"${'x'.repeat(50 * 1024 * 1024)}"}`);
    dialog.openAnswers.push(path);
    const started = performance.now();
    const result = await files.open();
    expect(performance.now() - started).toBeLessThan(200);
    expect(result).toMatchObject({ ok: false, code: 'invalidBoard' });
    if (result.ok || !('problems' in result)) return;
    // Issue 23: the refusal names the board's limit, 16,777,216 characters, not the byte bound.
    expect(result.problems[0]).toMatchObject({ code: 'fileTooLarge', params: { limit: 16_777_216 } });
    expect(formatProblem(result.problems[0], nl.t)).toMatch(/16\.777\.216 tekens/);
  });
});
