import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { createI18n } from '../../../shared/i18n';
import { rules as en } from '../../../shared/i18n/en/rules';
import { rules as nl } from '../../../shared/i18n/nl/rules';
import { RULE_IDS, RULES } from '../../../shared/rules/ruleCatalogue';
import { evaluateBoard } from '../../../shared/rules/engine';
import { fixLabel, hintExplanation, hintMessage, hintSources, hintTitle } from '../../../shared/rules/format';
import type { TaskType } from '../../../shared/model/vocabulary';
import type { Hint } from '../../../shared/rules/types';
import { A, C, R, board, dept, external, fixture, leads, member, objective, role, serves, task, team } from './build';

/** Boards that, between them, make every rule fire in every wording it has. */
function everyHint(): Hint[] {
  const boards = [
    demoBoard(),
    fixture('hot-potato.orgcanvas'),
    board({ size: 'small', culture: 'informal', market: 'b2b' }, [
      role('loose', 'other'),
      team('tm'),
      role('m', 'other'),
      task('t', 'webcare', { kpi: 'likes' }),
      task('t0', 'policy'),
      task('t2', 'reputation-monitoring'),
    ], [member('m', 'tm'), C('m', 't0')]),
    board({ market: 'both' }, [
      dept('it', 'it'), role('dev', 'other', 'it'), dept('mkt', 'marketing'), role('s', 'strategist', 'mkt'), dept('sales', 'sales'),
      dept('cm', 'communications'), dept('rd', 'rnd'), dept('h', 'hr'),
      task('st', 'strategy'), task('w', 'webcare'), task('c', 'crisis-management'), task('x', 'engagement'), external('ag'),
      objective('o1', 'customer-care'), objective('o2', 'reputation'), objective('o3', 'sales-marketing'), objective('o4', 'product-innovation'),
      objective('o5', 'recruitment'), objective('o6', 'market-research'), objective('o7', 'customer-care'),
      team('tm'), team('tm2'), role('q', 'other'),
    ], [
      A('dev', 'st'), A('s', 'st'), A('s', 'w'), R('s', 'c'), A('ag', 'x'),
      serves('w', 'o1'), serves('w', 'o2'), serves('w', 'o3'), serves('w', 'o4'), serves('w', 'o5'), serves('w', 'o6'),
      leads('s', 'tm'), member('s', 'tm'), member('q', 'tm2'),
    ]),
    board({}, [external('ag'), task('t', 'webcare')], [A('ag', 't')]),
    board({}, [dept('cs', 'customer-service'), role('r', 'other', 'cs'), task('t', 'webcare')], [A('r', 't')]),
    board({}, [dept('cm', 'communications'), role('r', 'other', 'cm'), task('t', 'webcare')], [A('r', 't')]),
    board({}, [dept('lg', 'legal'), role('r', 'other', 'lg'), role('r2', 'other', 'lg'), team('tm'), task('t', 'webcare'), task('u', 'tooling')], [
      A('r', 't'), R('r', 'u'), R('r2', 'u'), leads('r', 'tm'), member('r', 'tm'), member('r2', 'tm'),
    ]),
    board({}, [role('a', 'other', undefined, { budget: true }), team('tm'), task('t', 'webcare'), task('u', 'webcare')], [leads('a', 'tm'), C('a', 'u')]),
    board({}, [role('a', 'other', undefined, { mandate: true }), team('tm')], [leads('a', 'tm')]),
    board({}, [dept('m', 'marketing'), role('r', 'other', 'm'), task('t', 'webcare')], [A('r', 't')]),
    board({}, [dept('it', 'it'), dept('mk', 'marketing'), task('t', 'webcare'), objective('o1', 'sales-marketing'), objective('o2', 'market-research')], [
      A('it', 't'), serves('t', 'o1'), serves('t', 'o2'),
    ]),
    board({}, [dept('a', 'marketing'), dept('b', 'hr'), role('ra', 'other', 'a'), task('t', 'webcare'), task('u', 'recruitment')], [A('ra', 't'), A('b', 'u')]),
    // Rule set v2: every market's wording, the folded outsourcing hints, the new rules.
    board({ market: 'b2b' }, [dept('s', 'sales'), task('t', 'strategy')]),
    board({ market: 'both' }, [task('t', 'strategy')]),
    board({ market: 'b2b' }, [task('t', 'strategy')]),
    board({}, [dept('cm', 'communications'), dept('mkt', 'marketing'), external('ag'), task('c', 'crisis-management'), task('m', 'reputation-monitoring'), objective('o', 'sales-marketing')], [
      A('ag', 'c'), A('ag', 'm'), serves('c', 'o'),
    ]),
    board({}, [dept('mkt', 'marketing'), external('ag'), task('c', 'content-marketing'), objective('o', 'sales-marketing')], [A('ag', 'c'), serves('c', 'o')]),
    board({}, [dept('cm', 'communications'), role('r', 'other'), external('ag'), task('c', 'crisis-management', { label: 'Crisisplan' }), task('m', 'reputation-monitoring', { label: 'Reputatiemonitoring' }), task('x', 'webcare')], [
      A('ag', 'c'), R('ag', 'm'), A('r', 'x'),
    ]),
    board({}, [external('ag'), task('c', 'crisis-management')], [A('ag', 'c')]),
    board({}, [
      dept('it', 'it'), role('dev', 'other', 'it'), dept('mkt', 'marketing'), role('m', 'content-creator', 'mkt'), dept('cs', 'customer-service'), role('c', 'webcare-agent', 'cs'),
      task('tool', 'tooling'), task('w', 'webcare'), task('cr', 'crisis-management'), task('k', 'content-marketing'), task('e', 'engagement'), task('p', 'policy'),
    ], [A('dev', 'tool'), A('c', 'w'), A('m', 'cr'), A('m', 'k'), A('c', 'e'), A('m', 'p')]),
  ];
  return boards.flatMap((b) => evaluateBoard(b));
}

describe('the words of the rule set', () => {
  const hints = everyHint();

  it('the test boards make every rule fire, in every wording it has', () => {
    expect([...new Set(hints.map((h) => h.rule))].sort()).toEqual([...RULE_IDS].sort());
    const wordings = RULE_IDS.flatMap((id) => {
      const message = (en.catalogue[id] as Record<string, unknown>).message;
      return typeof message === 'object' && message ? Object.keys(message).map((v) => `${id}/${v}`) : [id];
    });
    const seen = new Set(hints.map((h) => (h.variant ? `${h.rule}/${h.variant}` : h.rule)));
    expect(wordings.filter((w) => !seen.has(w))).toEqual([]);
  });

  it('every rule has a title, a message and an explanation in English and Dutch, and they differ', () => {
    for (const id of RULE_IDS) {
      for (const catalogue of [en.catalogue, nl.catalogue]) {
        const entry = catalogue[id] as Record<string, unknown>;
        expect(typeof entry.title, id).toBe('string');
        expect(typeof entry.explanation, id).toBe('string');
        expect((entry.explanation as string).length, id).toBeGreaterThan(120);
        expect('message' in entry || 'message_other' in entry, id).toBe(true);
      }
      expect(nl.catalogue[id].explanation, id).not.toBe(en.catalogue[id].explanation);
    }
  });

  for (const language of ['en', 'nl'] as const) {
    const { t } = createI18n(language);
    it(`${language}: every hint and fix reads as a sentence, with every parameter filled in`, () => {
      for (const hint of hints) {
        const texts = [hintTitle(hint, t), hintMessage(hint, t), hintExplanation(hint, t), ...hintSources(hint, t), ...hint.fixes.map((f) => fixLabel(f, t))];
        for (const text of texts) {
          expect(text, `${hint.rule}/${hint.variant}`).not.toMatch(/\{\{|\}\}|^rules\.|undefined/);
          expect(text.length, `${hint.rule}/${hint.variant}`).toBeGreaterThan(3);
        }
      }
    });
    it(`${language}: every rule but board hygiene cites an article from ../seeds/README.md`, () => {
      for (const id of RULE_IDS) {
        const sources = hintSources({ rule: id }, t);
        if (id === 'orphan-role') expect(sources).toEqual([t('rules.noSource')]);
        else {
          expect(sources.length).toBe(RULES[id].sources.length);
          expect(sources.join(' ')).toMatch(/Aart|Samenstelling|Waard|Govaart|Marketingfacts|RACI/i);
        }
      }
    });
  }

  it('names the nodes by label, as the room wrote them', () => {
    const { t } = createI18n('en');
    const hot = evaluateBoard(fixture('hot-potato.orgcanvas')).find((h) => h.rule === 'task-unowned')!;
    expect(hintMessage(hot, t)).toBe('Nobody is accountable for “Webcare”: 2 parties do the work, none has the final say');
    expect(hintMessage(hot, createI18n('nl').t)).toBe(
      'Niemand is eindverantwoordelijk voor “Webcare”: 2 partijen doen het werk, geen van hen beslist',
    );
    expect(hintSources(hot, t)).toEqual([
      'Marketingfacts, “Wie doet ons online sociaal beleid?” (Marketingtrend survey with Berenschot, ~350 marketers), reader comments',
    ]);
  });

  it('does not say a task’s type twice where its label already is that type, in either language', () => {
    for (const language of ['en', 'nl'] as const) {
      const { t } = createI18n(language);
      const named = (type: TaskType) => t(`taskTypes.${type}`);
      const types: TaskType[] = ['strategy', 'policy', 'webcare', 'reputation-monitoring', 'crisis-management', 'tooling'];
      // IT owns them all but webcare, which customer service answers; nobody else takes part.
      const b = board(
        {},
        [dept('it', 'it'), role('dev', 'other', 'it'), dept('cs', 'customer-service'), role('c', 'webcare-agent', 'cs'), dept('cm', 'communications'), ...types.map((type) => task(type, type, { label: named(type) }))],
        types.map((type) => A(type === 'webcare' ? 'c' : 'dev', type)),
      );
      const hints = evaluateBoard(b);
      expect(hints.map((h) => h.rule)).toEqual(expect.arrayContaining(['strategy-owned-by-it', 'crisis-without-pr', 'policy-without-training', 'tooling-without-users', 'webcare-no-escalation', 'reactive-only']));
      // The word each type's name turns on: a message may say it once (in the label), not twice.
      const stems = language === 'en' ? ['strateg', 'polic', 'webcare', 'reputation', 'crisis', 'software'] : ['strateg', 'beleid', 'webcare', 'reputatie', 'crisis', 'software'];
      for (const hint of hints) {
        const message = hintMessage(hint, t).toLowerCase();
        for (const stem of stems) expect(message.split(stem).length - 1, `${language} ${hint.rule}: ${message}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('words the team count with the right plural', () => {
    const { t } = createI18n('en');
    const one = evaluateBoard(board({}, [dept('d', 'marketing'), role('r', 'other', 'd'), team('tm')], [member('r', 'tm')])).find(
      (h) => h.rule === 'team-not-cross-functional',
    )!;
    expect(hintMessage(one, t)).toBe('“tm” draws its members from only one department');
    expect(hintMessage({ ...one, params: { ...one.params, count: 2 } }, t)).toBe('“tm” draws its members from only 2 departments');
  });
});
