/** Kinds and relations inside sentences: the right article in English, natural Dutch. */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n';
import { formatProblem, phraseParams } from '../../../shared/i18n/format';
import { refusalFor } from '../../../shared/model/relations';
import { problem } from '../../../shared/model/problems';

const en = createI18n('en').t;
const nl = createI18n('nl').t;
const refusal = (t: typeof en, r: ReturnType<typeof refusalFor>) => t(`refusals.${r.code}`, phraseParams(r, t));

describe('refusals and problems name kinds with their article', () => {
  it('uses "an" before a vowel sound and capitalises a sentence start', () => {
    const r = refusalFor({ id: 'o', kind: 'objective' }, { id: 't', kind: 'team' });
    expect(refusal(en, r)).toBe('An objective cannot be connected to a team.');
    expect(refusal(nl, r)).toBe('Een doelstelling kan niet verbonden worden met een team.');
  });

  it('words a wrong start for every kind without "a objective" or "a external"', () => {
    for (const kind of ['department', 'role', 'team', 'task', 'objective', 'external'] as const) {
      const text = en('refusals.wrongSource', phraseParams({ relation: 'leads', sourceKind: kind }, en));
      expect(text).toMatch(/^“Leads” cannot start at (a|an) /);
      expect(text).not.toMatch(/\ba [aeiou]/i);
    }
  });

  it('words a refused relation in a file problem', () => {
    const p = problem('edges[1]', 'relationRefused', { relation: 'sponsors', sourceKind: 'external', targetKind: 'objective' });
    expect(formatProblem(p, en)).toBe('edges[1]: a “sponsors” relation cannot go from an external party to an objective');
    expect(formatProblem(p, nl)).toMatch(/^edges\[1\]: een relatie "sponsort" kan niet van een externe partij naar een doelstelling lopen$/);
  });
});
