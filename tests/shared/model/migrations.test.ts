/**
 * Format versions: every version has a fixture that must still open (tests/fixtures/formats),
 * migrations run in order by name, a failing one is named in the refusal, and a newer
 * version than this build knows is refused, never guessed at.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n';
import { formatProblem } from '../../../shared/i18n/format';
import { BOARD_VERSION } from '../../../shared/model/board';
import { MIGRATIONS, migrateToCurrent, type Migration } from '../../../shared/model/migrations';
import { parseBoard } from '../../../shared/model/parse';

const FORMATS = join(import.meta.dirname, '../../fixtures/formats');

describe('format versions', () => {
  it('has a fixture for every version from 1 to the current one', () => {
    const versions = readdirSync(FORMATS).map((name) => Number(/^v(\d+)\.orgcanvas$/.exec(name)?.[1]));
    expect(versions.sort((a, b) => a - b)).toEqual(Array.from({ length: BOARD_VERSION }, (_, i) => i + 1));
  });

  for (const name of readdirSync(FORMATS)) {
    it(`${name} still opens, as the current version`, () => {
      const result = parseBoard(readFileSync(join(FORMATS, name), 'utf8'));
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.value.version).toBe(BOARD_VERSION);
    });
  }

  it('has exactly one migration from each older version, with unique names', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: BOARD_VERSION - 1 }, (_, i) => i + 1));
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
  });

  it('refuses a newer version with a message that names both versions', () => {
    const result = parseBoard(JSON.stringify({ format: 'orgcanvas', version: BOARD_VERSION + 1, nodes: [], edges: [] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0].code).toBe('versionTooNew');
    for (const lang of ['en', 'nl'] as const) {
      const message = formatProblem(result.problems[0], createI18n(lang).t);
      expect(message).toContain(String(BOARD_VERSION + 1));
      expect(message).toContain(String(BOARD_VERSION));
    }
  });
});

describe('migrateToCurrent', () => {
  const steps: Migration[] = [
    { name: 'v1-to-v2-rename-nodes', from: 1, up: (b) => ({ ...b, items: b.nodes, nodes: undefined }) },
    { name: 'v2-to-v3-add-styles', from: 2, up: (b) => ({ ...b, styles: [] }) },
  ];

  it('runs the steps in order and stamps each version', () => {
    const result = migrateToCurrent({ format: 'orgcanvas', version: 1, nodes: [1] }, 1, steps, 3);
    expect(result).toEqual({ ok: true, value: { format: 'orgcanvas', version: 3, items: [1], nodes: undefined, styles: [] } });
  });

  it('starts from the version the file has', () => {
    const result = migrateToCurrent({ version: 2, items: [] }, 2, steps, 3);
    expect(result.ok && result.value).toEqual({ version: 3, items: [], styles: [] });
  });

  it('names the migration that failed', () => {
    const failing: Migration[] = [steps[0], { name: 'v2-to-v3-broken', from: 2, up: () => { throw new Error('boom'); } }];
    const result = migrateToCurrent({ version: 1, nodes: [] }, 1, failing, 3);
    expect(result).toMatchObject({ ok: false, problem: { code: 'migrationFailed', params: { from: 2, name: 'v2-to-v3-broken' } } });
  });

  it('reports a missing step instead of skipping a version', () => {
    const result = migrateToCurrent({ version: 1 }, 1, [steps[1]], 3);
    expect(result).toMatchObject({ ok: false, problem: { code: 'migrationFailed', params: { from: 1, name: 'missing' } } });
  });
});
