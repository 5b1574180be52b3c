/**
 * The demo board and every template exist in Dutch and in English (issue 21, point 6): the
 * same structure in both, every text translated, and the rule set and model detection
 * finding exactly the same things in both, so a workshop teaches the same lesson whichever
 * language the board was created in.
 */
import { describe, expect, it } from 'vitest';
import { boardTexts, type BoardTexts } from '../../../shared/boards/boardTexts';
import { demoBoard } from '../../../shared/boards/demo';
import { DEMO_EN } from '../../../shared/boards/demo.en';
import type { Board } from '../../../shared/model/board';
import { parseBoardValue } from '../../../shared/model/parse';
import { serializeBoard } from '../../../shared/model/serialize';
import { detectModel } from '../../../shared/orgModels/detect';
import { evaluateBoard } from '../../../shared/rules';
import { TEMPLATE_IDS, TEMPLATE_TEXTS_EN, templateBoard } from '../../../shared/templates';
import { EXPECTED } from '../templates/expectations';

const BOARDS: [string, (lang: 'en' | 'nl') => Board, BoardTexts][] = [
  ['demo', demoBoard, DEMO_EN],
  ...TEMPLATE_IDS.map((id): [string, (lang: 'en' | 'nl') => Board, BoardTexts] => [id, (lang) => templateBoard(id, lang), TEMPLATE_TEXTS_EN[id]]),
];

/** Everything but the words: what the two languages must share. */
function structure(board: Board) {
  return JSON.parse(
    JSON.stringify(board, (key, value: unknown) => (['label', 'person', 'kpi', 'notes', 'name'].includes(key) ? '·' : value)),
  ) as unknown;
}

/** Words a label in English must not contain: common Dutch ones that survive a careless translation. */
const DUTCH_WORDS = /\b(en|van|voor|het|de|een|met|naar|op|bij|klanten|vragen|medewerker|directie|afdeling|werven|meer|onze)\b/i;

describe.each(BOARDS)('%s in Dutch and English', (_name, board, english) => {
  const nl = board('nl');
  const en = board('en');

  it('has the same structure in both: ids, kinds, positions, types, relations', () => {
    expect(structure(en)).toEqual(structure(nl));
    expect(en.edges).toEqual(nl.edges);
  });

  it('has every text of the Dutch board in the English table, and nothing else', () => {
    const dutch = boardTexts(nl);
    expect(Object.keys(english.nodes).sort()).toEqual(Object.keys(dutch.nodes).sort());
    for (const [id, texts] of Object.entries(dutch.nodes)) {
      expect(Object.keys(english.nodes[id]).sort(), id).toEqual(Object.keys(texts).sort());
      for (const text of Object.values(english.nodes[id])) expect(text.trim().length, id).toBeGreaterThan(0);
    }
    expect(boardTexts(en)).toEqual(english);
  });

  it('reads as English: no label is left Dutch', () => {
    const dutch = boardTexts(nl);
    for (const [id, texts] of Object.entries(english.nodes)) {
      expect(texts.label, id).not.toMatch(DUTCH_WORDS);
      if (texts.kpi) expect(texts.kpi, id).not.toMatch(DUTCH_WORDS);
      // Sentences (notes, labels of four words or more) are always translated; short names may agree.
      if (texts.label.split(' ').length >= 4) expect(texts.label, id).not.toBe(dutch.nodes[id].label);
    }
  });

  it('parses in English as exactly the board it is: valid, nothing repaired', () => {
    const result = parseBoardValue(board('en'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.repairs).toEqual([]);
    expect(serializeBoard(result.value)).toBe(serializeBoard(en));
  });

  it('raises the same hints, on the same nodes and in the same variants, in both', () => {
    const key = (b: Board) => evaluateBoard(b).map((h) => `${h.key} ${h.variant ?? ''} ${[...h.nodes].join(',')}`);
    expect(key(en)).toEqual(key(nl));
  });

  it('is detected as the same model, with the same confidence and next step, in both', () => {
    const { model, confidence, nextStep } = detectModel(nl);
    expect(detectModel(en)).toMatchObject({ model, confidence, nextStep });
  });
});

describe('the templates meet their expectations in both languages', () => {
  it.each(TEMPLATE_IDS.flatMap((id) => (['en', 'nl'] as const).map((lang) => [id, lang] as const)))('%s in %s', (id, lang) => {
    const board = templateBoard(id, lang);
    const hints = evaluateBoard(board);
    expect([...new Set(hints.map((h) => h.rule))].sort()).toEqual([...EXPECTED[id].hints].sort());
    expect(hints.find((h) => h.rule === 'single-department-pitfall')?.variant).toBe(EXPECTED[id].pitfall);
    expect(detectModel(board).model).toBe(EXPECTED[id].model);
  });

  it('the demo raises the same hint rules in both languages, the vanity KPI among them', () => {
    const rules = (lang: 'en' | 'nl') => evaluateBoard(demoBoard(lang)).map((h) => h.rule);
    expect(rules('en')).toEqual(rules('nl'));
    expect(rules('en')).toContain('vanity-kpi');
  });
});

describe('creating a board never shares it', () => {
  it('hands out a fresh copy in each language', () => {
    const first = demoBoard('en');
    first.nodes[0].label = 'changed';
    first.profile.name = 'changed';
    expect(demoBoard('en').nodes[0].label).not.toBe('changed');
    expect(demoBoard('nl').nodes[0].label).not.toBe('changed');
    const template = templateBoard('centralised', 'en');
    template.nodes[0].label = 'changed';
    expect(templateBoard('centralised', 'en').nodes[0].label).not.toBe('changed');
    expect(DEMO_EN.nodes['d-board'].label).not.toBe('changed');
  });
});
