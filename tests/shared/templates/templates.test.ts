import { BOARD_VERSION } from '../../../shared/model/board';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { absoluteRects, type Rect } from '../../../shared/geometry/geometry';
import { createI18n, LANGUAGES } from '../../../shared/i18n';
import { parseBoard } from '../../../shared/model/parse';
import { serializeBoard } from '../../../shared/model/serialize';
import { detectModel } from '../../../shared/orgModels/detect';
import { evaluateBoard } from '../../../shared/rules';
import { TEMPLATE_IDS, TEMPLATES, templateBoard, templateInfo } from '../../../shared/templates';
import { EXPECTED } from './expectations';

const boardsDir = fileURLToPath(new URL('../../../shared/templates/boards/', import.meta.url));
const text = (id: string) => readFileSync(`${boardsDir}${id}.json`, 'utf8');

describe('template files', () => {
  it('holds exactly one board file per template id', () => {
    const files = readdirSync(boardsDir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...TEMPLATE_IDS].sort());
    expect(TEMPLATES.map((t) => t.id)).toEqual([...TEMPLATE_IDS]);
  });

  it.each(TEMPLATE_IDS)('%s parses as a valid board of the current format, with nothing to repair', (id) => {
    const result = parseBoard(text(id));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.repairs).toEqual([]);
    expect(result.value.version).toBe(BOARD_VERSION);
    expect(result.value.profile.name.length).toBeGreaterThan(3);
    // What a user saves from a template opens again as the same board.
    const again = parseBoard(serializeBoard(result.value));
    expect(again.ok && again.value).toEqual(result.value);
  });

  it.each(TEMPLATE_IDS)('%s has a sane layout: roles inside their department, nothing overlapping', (id) => {
    const board = templateBoard(id);
    const byId = new Map(board.nodes.map((n) => [n.id, n]));
    for (const node of board.nodes) {
      expect(node.width, `${node.id} width`).toBeGreaterThan(0);
      expect(node.height, `${node.id} height`).toBeGreaterThan(0);
      if (node.kind === 'role') {
        const parent = byId.get(node.parentId ?? '');
        expect(parent?.kind, `${node.id} sits in a department`).toBe('department');
        expect(node.position.x).toBeGreaterThanOrEqual(0);
        expect(node.position.y).toBeGreaterThanOrEqual(40); // below the department's header
        expect(node.position.x + node.width!).toBeLessThanOrEqual(parent!.width!);
        expect(node.position.y + node.height!).toBeLessThanOrEqual(parent!.height!);
      } else {
        expect(node.parentId, `${node.id} is top-level`).toBeUndefined();
      }
    }
    const rects = absoluteRects(board);
    const top = board.nodes.filter((n) => !n.parentId);
    const overlaps = (a: Rect, b: Rect) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    for (let i = 0; i < top.length; i++) {
      for (let j = i + 1; j < top.length; j++) {
        expect(overlaps(rects.get(top[i].id)!, rects.get(top[j].id)!), `${top[i].id} overlaps ${top[j].id}`).toBe(false);
      }
    }
    // Siblings inside one department do not overlap either.
    const roles = board.nodes.filter((n) => n.kind === 'role');
    for (const a of roles) {
      for (const b of roles) {
        if (a !== b && a.parentId === b.parentId) expect(overlaps(rects.get(a.id)!, rects.get(b.id)!)).toBe(false);
      }
    }
  });

  it('templateBoard hands out a fresh copy each time', () => {
    const first = templateBoard('centralised');
    first.nodes[0].label = 'changed';
    first.edges.length = 0;
    const second = templateBoard('centralised');
    expect(second.nodes[0].label).not.toBe('changed');
    expect(second.edges.length).toBeGreaterThan(0);
  });

  it('has a Dutch example organisation in every template, with a note for the parking lot', () => {
    for (const id of TEMPLATE_IDS) {
      const board = templateBoard(id);
      expect(board.nodes.some((n) => n.kind === 'note'), id).toBe(true);
      expect(board.nodes.filter((n) => n.kind === 'department').length, id).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('template detection', () => {
  it.each(TEMPLATE_IDS)('%s is detected as the model it stands for, clearly', (id) => {
    const detection = detectModel(templateBoard(id));
    expect(detection.model).toBe(EXPECTED[id].model);
    expect(detection.model).toBe(templateInfo(id).model);
    expect(detection.confidence).toBe('clear');
  });

  it('the five model templates are detected as their own model', () => {
    for (const model of ['decentralised', 'centralised', 'hub-and-spoke', 'dandelion', 'honeycomb'] as const) {
      expect(detectModel(templateBoard(model)).model).toBe(model);
    }
  });

  it('the four situations are the models they really are', () => {
    // Organic: everyone posts; the team they set up anyway steers nothing.
    expect(detectModel(templateBoard('small-informal')).model).toBe('decentralised');
    // Parked in one department (002).
    expect(detectModel(templateBoard('traditional-midsize')).model).toBe('centralised');
    expect(detectModel(templateBoard('telecom-webcare')).model).toBe('centralised');
    // The centre is an agency: centralised, outside the walls.
    expect(detectModel(templateBoard('fully-outsourced')).model).toBe('centralised');
  });

  it('gives each situation the next step its size calls for', () => {
    // The issue's own example: centralised at more than 250 people → consider hub and spoke.
    const telecom = detectModel(templateBoard('telecom-webcare'));
    expect(templateBoard('telecom-webcare').profile.size).toBe('large');
    expect(telecom.nextStep).toEqual({ key: 'centralised.large', towards: 'hub-and-spoke' });
    expect(detectModel(templateBoard('fully-outsourced')).nextStep?.key).toBe('outsourced');
    expect(detectModel(templateBoard('small-informal')).nextStep).toEqual({ key: 'decentralised.small', towards: null });
    expect(detectModel(templateBoard('decentralised')).nextStep?.towards).toBe('hub-and-spoke');
  });
});

describe('template hints', () => {
  it.each(TEMPLATE_IDS)('%s yields exactly the hints it is meant to teach', (id) => {
    const hints = evaluateBoard(templateBoard(id));
    const rules = [...new Set(hints.map((h) => h.rule))].sort();
    expect(rules).toEqual([...EXPECTED[id].hints].sort());
    const pitfall = hints.find((h) => h.rule === 'single-department-pitfall');
    expect(pitfall?.variant).toBe(EXPECTED[id].pitfall);
  });

  it('the outsourced anti-pattern names both agencies', () => {
    const hint = evaluateBoard(templateBoard('fully-outsourced')).find((h) => h.rule === 'fully-outsourced');
    expect(hint?.nodes.sort()).toEqual(['x-agency', 'x-pr']);
  });

  it('the small informal company is told its team is over the top, and the team is the one it set up', () => {
    const hint = evaluateBoard(templateBoard('small-informal')).find((h) => h.rule === 'team-over-the-top');
    expect(hint?.nodes).toEqual(['t-team']);
  });
});

describe('template texts', () => {
  const fields = ['title', 'organisation', 'explanation', 'fits', 'risks'] as const;
  const i18n = Object.fromEntries(LANGUAGES.map((lang) => [lang, createI18n(lang)]));

  it.each(TEMPLATE_IDS)('%s has every text in English and Dutch, and the Dutch is its own', (id) => {
    for (const field of fields) {
      const key = `templates.items.${id}.${field}`;
      for (const lang of LANGUAGES) {
        expect(i18n[lang].exists(key, { fallbackLng: [] }), `${lang} ${key}`).toBe(true);
        expect(i18n[lang].t(key).length, `${lang} ${key}`).toBeGreaterThan(field === 'title' ? 5 : 60);
      }
      // The organisation's proper name stays; the sentences around it are translated.
      expect(i18n.nl.t(key), key).not.toBe(i18n.en.t(key));
    }
  });

  it('names the example organisation of the board in its texts, as the board in that language names it', () => {
    for (const id of TEMPLATE_IDS) {
      for (const lang of LANGUAGES) expect(i18n[lang].t(`templates.items.${id}.organisation`)).toContain(templateBoard(id, lang).profile.name);
    }
  });

  it('has the group and field labels in both languages', () => {
    for (const key of ['title', 'open', 'groups.model', 'groups.situation', ...fields.slice(1).map((f) => `fields.${f}`)]) {
      for (const lang of LANGUAGES) expect(i18n[lang].exists(`templates.${key}`, { fallbackLng: [] }), key).toBe(true);
    }
  });
});
