import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without types
import { ALLOWLIST, judge } from '../../../scripts/electronegativity.mjs';

const issue = (id: string, severity: string, file: string, sample: string) => ({ id, severity: { name: severity }, confidence: { name: 'FIRM' }, file, sample, location: { line: 1 } });
const entry = { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/a.ts', sample: 'shell.openExternal(url)', reason: 'Only after isSafeExternalUrl, which allows https: and mailto: only.' };

describe('Electronegativity gate', () => {
  it('has a reviewed allowlist: every entry names check, file, code and a reason', () => {
    const { entries } = JSON.parse(readFileSync(ALLOWLIST, 'utf8'));
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(e).toEqual({ check: expect.any(String), file: expect.any(String), sample: expect.any(String), reason: expect.any(String) });
      expect(e.reason.length).toBeGreaterThan(30);
      expect(readFileSync(e.file, 'utf8')).toContain(e.sample);
    }
  });

  it('blocks a medium or high finding that the allowlist does not name', () => {
    const verdict = judge([issue('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'main/b.ts', 'new BrowserWindow'), issue('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'main/a.ts', 'void shell.openExternal(url)')], [entry]);
    expect(verdict.blocking.map((i: { id: string }) => i.id)).toEqual(['CONTEXT_ISOLATION_JS_CHECK']);
    expect(verdict.allowed).toHaveLength(1);
    expect(verdict.problems).toEqual([]);
  });

  it('does not let an entry cover the same check elsewhere', () => {
    const verdict = judge([issue('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'main/other.ts', 'shell.openExternal(url)')], [entry]);
    expect(verdict.blocking).toHaveLength(1);
    expect(verdict.problems).toEqual([expect.stringMatching(/matches no finding/)]);
  });

  it('passes low and informational findings through, and refuses entries without a reason', () => {
    const verdict = judge([issue('CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html', 'default-src')], [{ ...entry, reason: '' }]);
    expect(verdict.minor).toHaveLength(1);
    expect(verdict.blocking).toHaveLength(0);
    expect(verdict.problems).toEqual(expect.arrayContaining([expect.stringMatching(/needs a reason/), expect.stringMatching(/matches no finding/)]));
  });
});
