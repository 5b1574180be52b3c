/** The compare view's pure part: the pair it opens on, the designs it reads, the marks it draws. */
import { describe, expect, it } from 'vitest';
import { changePlan } from '../../../shared/changePlan';
import { demoBoard } from '../../../shared/boards/demo';
import { FADED_OPACITY, GHOST_OPACITY } from '../../../shared/export/marks';
import { buildScene } from '../../../shared/export';
import { sceneToSvg } from '../../../shared/export/svg';
import { createI18n } from '../../../shared/i18n';
import { absoluteRects } from '../../../shared/geometry/geometry';
import { addScenario, switchScenario } from '../../../shared/model/scenarios';
import { defaultPair, designOf, differences, markCounts, reportPair } from '../../../renderer/compare/compareModel';
import { scenarioPair } from '../../fixtures/scenarioPair';

const t = createI18n('en').t;

describe('compare model', () => {
  it('opens on the first scenario as before and the one on screen as after, or the second when the first is on screen', () => {
    expect(defaultPair(demoBoard('en'))).toBeUndefined();
    const board = scenarioPair('en');
    expect(defaultPair(board)).toEqual({ before: 'scenario-1', after: 'scenario-2' });
    expect(defaultPair(switchScenario(board, 'scenario-1'))).toEqual({ before: 'scenario-1', after: 'scenario-2' });
    const three = addScenario(board, 'scenario-3', 'Option B');
    expect(defaultPair(three)).toEqual({ before: 'scenario-1', after: 'scenario-3' });
  });

  it('reads each scenario as a plain board without the sticky notes', () => {
    const board = scenarioPair('en');
    const before = designOf(board, 'scenario-1');
    expect(before.scenarios).toBeUndefined();
    expect(before.nodes.some((node) => node.kind === 'note')).toBe(false);
    expect(before.nodes.find((node) => node.id === 'r-content')!.parentId).toBe('d-mkt');
    expect(designOf(board, 'scenario-2').nodes.find((node) => node.id === 'r-content')!.parentId).toBe('d-comm');
  });

  it('marks a moved and renamed role once, as moved, a changed role as changed and a task whose A moved as raci', () => {
    const board = scenarioPair('en');
    const before = designOf(board, 'scenario-1');
    const after = designOf(board, 'scenario-2');
    const diff = differences(before, after, changePlan(before, after), false);
    const marked = [...diff.highlights].filter(([, h]) => h.mark);
    expect(Object.fromEntries(marked.map(([id, h]) => [id, h.mark]))).toEqual({ 'r-content': 'moved', 'r-wcc': 'changed', 'k-report': 'raci' });
    expect(markCounts(diff.highlights)).toEqual({ moved: 1, changed: 1, raci: 1 });
    expect([...diff.highlights.values()].some((h) => h.faded)).toBe(false);
  });

  it('fades every unmarked box with "changed only", and the scene and its SVG carry the opacity', () => {
    const board = scenarioPair('en');
    const before = designOf(board, 'scenario-1');
    const after = designOf(board, 'scenario-2');
    const diff = differences(before, after, changePlan(before, after), true);
    const scene = buildScene(diff.board, { background: 'white', titleBlock: false, legend: false, highlights: diff.highlights }, t);
    const nodes = scene.items.filter((item) => item.role === 'node');
    expect(nodes).toHaveLength(after.nodes.length);
    for (const item of nodes) {
      if (['r-content', 'r-wcc', 'k-report'].includes(item.id!)) expect(item.opacity, item.id).toBeUndefined();
      else expect(item.opacity, item.id).toBeCloseTo(FADED_OPACITY, 5);
    }
    expect(scene.items.filter((item) => item.role === 'mark').map((item) => item.id).sort()).toEqual(['k-report', 'r-content', 'r-wcc']);
    const svg = sceneToSvg(scene);
    expect(svg).toMatch(/<g class="node" data-id="r-ceo" data-kind="role" opacity="0.2">/);
    expect(svg).toMatch(/<g class="node" data-id="r-content" data-kind="role">/);
    expect(svg).toContain('<g class="mark" data-id="r-content" data-kind="moved">');
    expect(svg).toContain('>Moved</text>');
  });

  it('brings a removed box back as a ghost where it stood, outside any department', () => {
    const board = scenarioPair('en');
    const before = designOf(board, 'scenario-1');
    const after = designOf(board, 'scenario-2');
    after.nodes = after.nodes.filter((node) => node.id !== 'r-am' && node.id !== 'd-sales');
    after.edges = after.edges.filter((edge) => edge.source !== 'r-am' && edge.target !== 'r-am');
    const diff = differences(before, after, changePlan(before, after), false);
    const ghost = diff.board.nodes.find((node) => node.id === 'r-am')!;
    expect(ghost.parentId).toBeUndefined();
    const where = absoluteRects(before).get('r-am')!;
    expect(ghost.position.x).toBeCloseTo(where.x, 5);
    expect(ghost.position.y).toBeCloseTo(where.y, 5);
    expect(diff.highlights.get('r-am')).toEqual({ mark: 'removed', faded: true });
    // The ghost department is drawn first, under the boxes.
    expect(diff.board.nodes[0]!.id).toBe('d-sales');
    const scene = buildScene(diff.board, { background: 'white', titleBlock: false, legend: false, highlights: diff.highlights }, t);
    expect(scene.items.find((item) => item.role === 'node' && item.id === 'r-am')!.opacity).toBeCloseTo(GHOST_OPACITY, 5);
  });

  it('draws a board without highlights exactly as before (the option is opt-in)', () => {
    const board = demoBoard('en');
    const plain = sceneToSvg(buildScene(board, { background: 'white', titleBlock: false, legend: true }, t));
    const empty = sceneToSvg(buildScene(board, { background: 'white', titleBlock: false, legend: true, highlights: new Map() }, t));
    expect(empty).toBe(plain);
    expect(plain).not.toContain('opacity=');
  });
});

describe('the report’s pair', () => {
  it('gives both scenarios as plain boards with their names as shown, and nothing for a gone or equal pair', () => {
    const board = scenarioPair('nl');
    const nl = createI18n('nl').t;
    const pair = reportPair(board, { before: 'scenario-1', after: 'scenario-2' }, nl)!;
    expect([pair.beforeName, pair.afterName]).toEqual(['Nu', 'Straks']);
    expect(pair.before.scenarios).toBeUndefined();
    expect(pair.after.nodes.find((node) => node.id === 'r-content')!.parentId).toBe('d-comm');
    expect(reportPair(board, { before: 'scenario-1', after: 'scenario-1' }, nl)).toBeUndefined();
    expect(reportPair(board, { before: 'scenario-1', after: 'gone' }, nl)).toBeUndefined();
  });
});
