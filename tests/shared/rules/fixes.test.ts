import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { createI18n } from '../../../shared/i18n';
import type { Board } from '../../../shared/model/board';
import { parseBoardValue } from '../../../shared/model/parse';
import { DEFAULT_SIZE } from '../../../shared/theme/theme';
import { evaluateBoard } from '../../../shared/rules/engine';
import { FixError, applyFix, planFix } from '../../../shared/rules/fixes';
import { fixLabel } from '../../../shared/rules/format';
import type { Fix, FixType, Hint } from '../../../shared/rules/types';
import { A, C, R, board, dept, leads, member, role, task, team } from './build';

/** Boards whose hints, between them, offer every kind of fix. */
const CORPUS: Record<string, Board> = {
  hotPotato: board({}, [role('r1', 'other'), role('r2', 'other'), task('t', 'webcare')], [R('r1', 't'), R('r2', 't')]),
  twoAccountable: board({}, [role('r1', 'other'), role('r2', 'other'), task('t', 'webcare')], [A('r1', 't'), A('r2', 't')]),
  itStrategy: board({}, [dept('it', 'it'), role('dev', 'other', 'it'), role('s', 'strategist'), task('st', 'strategy')], [A('dev', 'st'), C('s', 'st')]),
  leaderless: board({}, [role('r', 'strategist'), role('q', 'other'), team('tm'), task('st', 'strategy')], [R('r', 'st'), R('q', 'st'), member('r', 'tm')]),
  unsponsored: board({}, [dept('dir', 'board'), role('lead', 'strategist'), team('tm'), task('w', 'webcare')], [leads('lead', 'tm'), A('lead', 'w')]),
  noTeam: board(
    {},
    [dept('mkt', 'marketing'), dept('cs', 'customer-service'), role('m', 'strategist', 'mkt'), role('c', 'other', 'cs'), task('s', 'strategy'), task('w', 'webcare')],
    [A('m', 's'), A('c', 'w')],
  ),
  emptyTeam: board({}, [dept('mkt', 'marketing'), dept('cs', 'customer-service'), role('m', 'other', 'mkt'), role('c', 'other', 'cs'), team('tm'), task('s', 'content-marketing'), task('w', 'webcare')], [
    A('m', 's'),
    A('c', 'w'),
  ]),
  narrowTeam: board(
    {},
    [dept('a', 'marketing'), dept('b', 'sales'), dept('d', 'communications'), role('ra', 'other', 'a'), role('rb', 'other', 'b'), role('rd', 'other', 'd'), team('tm'), task('t', 'webcare')],
    [member('ra', 'tm'), A('rb', 't'), C('rd', 't')],
  ),
  crisis: board({}, [dept('comm', 'communications'), role('pr', 'other', 'comm'), task('c', 'crisis-management'), task('m', 'reputation-monitoring')], [A('pr', 'm')]),
  monitoring: board({ market: 'b2b' }, [dept('comm', 'communications'), role('pr', 'other', 'comm'), dept('sales', 'sales'), task('m', 'reputation-monitoring')], [A('pr', 'm')]),
  selling: board({ market: 'b2b' }, [dept('sales', 'sales'), role('am', 'other', 'sales'), role('m', 'other'), task('sell', 'social-selling')], [A('m', 'sell')]),
};

function hintsWithFixes(): { name: string; hint: Hint; fix: Fix; before: Board }[] {
  return Object.entries(CORPUS).flatMap(([name, before]) =>
    evaluateBoard(before).flatMap((hint) => hint.fixes.map((fix) => ({ name, hint, fix, before }))),
  );
}

describe('quick fixes', () => {
  const cases = hintsWithFixes();

  it('the corpus exercises every kind of fix', () => {
    const types = new Set<FixType>(cases.map((c) => c.fix.type));
    expect([...types].sort()).toEqual(
      ['addLead', 'addMembers', 'addResponsible', 'addSponsor', 'addTask', 'createTeam', 'grantMandate', 'setAccountable'].sort(),
    );
  });

  it.each(cases.map((c) => [`${c.name} · ${c.hint.rule} · ${c.fix.type}`, c] as const))('%s: resolves its hint and keeps the board valid', (_, c) => {
    const snapshot = JSON.stringify(c.before);
    const after = applyFix(c.before, c.fix);
    // Pure: the board it was given is untouched (that is what makes it one undo step).
    expect(JSON.stringify(c.before)).toBe(snapshot);
    expect(after).not.toBe(c.before);
    const parsed = parseBoardValue(JSON.parse(JSON.stringify(after)));
    expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.problems)).toBe(true);
    expect(evaluateBoard(after).map((h) => h.key)).not.toContain(c.hint.key);
  });

  it('shares every node and edge the fix does not touch', () => {
    const before = CORPUS.twoAccountable;
    const fix = evaluateBoard(before).find((h) => h.rule === 'task-multiple-accountable')!.fixes[0];
    const after = applyFix(before, fix);
    expect(after.nodes).toBe(before.nodes);
    expect(after.edges.filter((e, i) => e === before.edges[i]).length).toBe(before.edges.length - 1);
  });

  it('"make X accountable" turns X’s R into A and the other A into R', () => {
    const before = CORPUS.itStrategy;
    const fix = evaluateBoard(before).find((h) => h.rule === 'strategy-owned-by-it')!.fixes[0];
    const after = applyFix(before, fix);
    expect(after.edges.map((e) => [e.source, e.data?.raci])).toEqual([
      ['dev', 'R'],
      ['s', 'A'],
    ]);
  });

  it('names the nodes it creates in the reader’s language, and places them clear of others', () => {
    const nl = createI18n('nl');
    const base = demoBoard();
    const withoutCrisis = { ...base, nodes: base.nodes.filter((n) => n.id !== 'k-crisis'), edges: base.edges.filter((e) => e.target !== 'k-crisis' && e.source !== 'k-crisis') };
    const hint = evaluateBoard(withoutCrisis).find((h) => h.rule === 'monitoring-without-crisis')!;
    const fix = hint.fixes[0];
    expect(fixLabel(fix, nl.t)).toBe('Voeg de taak “Crisismanagement” toe, met “Woordvoerder” als eigenaar');
    const after = applyFix(withoutCrisis, fix, { taskType: (type) => nl.t(`taskTypes.${type}`), team: nl.t('rules.newTeam') });
    const created = after.nodes.find((n) => !withoutCrisis.nodes.some((m) => m.id === n.id))!;
    expect(created).toMatchObject({ kind: 'task', label: 'Crisismanagement', data: { taskType: 'crisis-management' } });
    const size = DEFAULT_SIZE.task;
    for (const other of withoutCrisis.nodes.filter((n) => !n.parentId)) {
      const o = { ...DEFAULT_SIZE[other.kind], ...(other.width ? { width: other.width } : {}), ...(other.height ? { height: other.height } : {}) };
      const overlaps =
        created.position.x < other.position.x + o.width &&
        created.position.x + size.width > other.position.x &&
        created.position.y < other.position.y + o.height &&
        created.position.y + size.height > other.position.y;
      expect(overlaps, `overlaps ${other.id}`).toBe(false);
    }
  });

  it('refuses, by name, a fix whose nodes are gone', () => {
    const fix: Fix = { type: 'grantMandate', role: 'gone', params: { role: 'gone' } };
    expect(() => planFix(CORPUS.hotPotato, fix)).toThrow(FixError);
    expect(() => planFix(CORPUS.hotPotato, fix)).toThrow('no node with id "gone"');
  });

  it('never reuses an id', () => {
    const before = CORPUS.noTeam;
    const fix = evaluateBoard(before).find((h) => h.rule === 'team-needed')!.fixes[0];
    const after = applyFix(before, fix);
    const ids = [...after.nodes.map((n) => n.id), ...after.edges.map((e) => e.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(after.edges.filter((e) => e.kind === 'leads')).toHaveLength(1); // the strategist leads the new team
  });
});
