/** The RACI change list: letters gained and lost per task, and its words in both languages. */
import { describe, expect, it } from 'vitest';
import { changePlan, changePlanLines, diffRaci } from '../../../shared/changePlan';
import { inPhrase } from '../../../shared/changePlan/names';
import { createI18n } from '../../../shared/i18n';
import type { Board, BoardEdge, BoardNode } from '../../../shared/model/board';
import { A, C, I, R, board, dept, external, role, task, team } from '../rules/build';

const en = createI18n('en').t;
const nl = createI18n('nl').t;
const named = <N extends BoardNode>(node: N, label: string): N => ({ ...node, label });

const NODES = [
  dept('d-mkt', 'marketing', 'Marketing'),
  dept('d-cs', 'customer-service', 'Klantenservice'),
  dept('d-comm', 'communications', 'Communicatie'),
  named(role('r-cm', 'community-manager', 'd-mkt'), 'Community manager'),
  named(role('r-wcc', 'webcare-coordinator', 'd-cs'), 'Webcare coordinator'),
  named(role('r-free', 'analyst'), 'Analist'),
  named(team('t-hub'), 'Social media hub'),
  named(external('x-pr', 'pr-agency'), 'Bureau Buiten'),
  named(task('k-web', 'webcare'), 'Webcare'),
  named(task('k-crisis', 'crisis-management'), 'Crisisprotocol'),
  named(task('k-old', 'reporting'), 'Maandcijfers'),
];

const withEdges = (edges: BoardEdge[], nodes: BoardNode[] = NODES): Board => board({}, nodes, edges);

/** The lines under the RACI heading, for a plan between two boards. */
function raciText(before: Board, after: Board, t: typeof en): string[] {
  const lines = changePlanLines(changePlan(before, after), before, after, t);
  const start = lines.indexOf(t('changePlan.headings.raci'));
  const end = lines.indexOf(t('changePlan.headings.hints'));
  return lines.slice(start + 1, end).map((line) => line.trim());
}

describe('diffRaci', () => {
  it('lists per task the letters each holder gains and loses, leaving tasks without change out', () => {
    const before = withEdges([A('r-cm', 'k-web'), I('d-comm', 'k-crisis'), R('x-pr', 'k-crisis')]);
    const after = withEdges([A('r-wcc', 'k-web'), C('d-comm', 'k-web'), I('d-comm', 'k-crisis'), R('x-pr', 'k-crisis')]);
    expect(diffRaci(before, after)).toEqual([
      { task: 'k-web', gained: [{ holder: 'r-wcc', letter: 'A' }, { holder: 'd-comm', letter: 'C' }], lost: [{ holder: 'r-cm', letter: 'A' }] },
    ]);
  });

  it('reads letters as the rules do: a relation without a letter is R, two relations of one holder are one holder', () => {
    const bare: BoardEdge = { id: 'e-bare', kind: 'responsible', source: 't-hub', target: 'k-web' };
    const before = withEdges([bare, A('t-hub', 'k-web')]);
    const after = withEdges([R('t-hub', 'k-web'), A('t-hub', 'k-web'), A('t-hub', 'k-web')]);
    expect(diffRaci(before, after)).toEqual([]);
  });

  it('gives a removed task all its letters lost and a new task all its letters gained', () => {
    const before = withEdges([A('r-free', 'k-old'), C('t-hub', 'k-old')]);
    const after = withEdges(
      [R('r-free', 'k-new'), A('t-hub', 'k-new')],
      [...NODES.filter((n) => n.id !== 'k-old'), named(task('k-new', 'reporting'), 'Dashboard')],
    );
    expect(diffRaci(before, after)).toEqual([
      { task: 'k-new', gained: [{ holder: 'r-free', letter: 'R' }, { holder: 't-hub', letter: 'A' }], lost: [] },
      { task: 'k-old', gained: [], lost: [{ holder: 'r-free', letter: 'A' }, { holder: 't-hub', letter: 'C' }] },
    ]);
  });
});

describe('the RACI change list in words', () => {
  const before = withEdges([A('r-cm', 'k-web')]);
  const after = withEdges([A('r-wcc', 'k-web'), C('d-comm', 'k-web')]);

  it('tells a letter that leaves one holder for another as a move, in English (the issue’s own sentence)', () => {
    expect(raciText(before, after, en)).toEqual([
      "Webcare: A moves from Marketing's community manager to Klantenservice's webcare coordinator; Communicatie gains C",
    ]);
  });

  it('tells it in Dutch', () => {
    const dutch = (b: Board) => ({ ...b, nodes: b.nodes.map((n) => (n.id === 'r-wcc' ? named(n, 'Webcarecoördinator') : n)) });
    expect(raciText(dutch(before), dutch(after), nl)).toEqual([
      'Webcare: A gaat van community manager bij Marketing naar webcarecoördinator bij Klantenservice; Communicatie krijgt C',
    ]);
  });

  it('moves a letter to several holders at once, groups what is left by holder, and names teams, parties and free roles by label', () => {
    const b = withEdges([R('r-free', 'k-crisis'), A('x-pr', 'k-crisis'), I('r-cm', 'k-crisis')]);
    const a = withEdges([R('t-hub', 'k-crisis'), R('r-wcc', 'k-crisis'), A('x-pr', 'k-crisis'), C('d-comm', 'k-crisis'), I('d-comm', 'k-crisis')]);
    expect(raciText(b, a, en)).toEqual([
      "Crisisprotocol: R moves from Analist to Social media hub and Klantenservice's webcare coordinator; I moves from Marketing's community manager to Communicatie; Communicatie gains C",
    ]);
    expect(raciText(b, a, nl)).toEqual([
      'Crisisprotocol: R gaat van Analist naar Social media hub en webcare coordinator bij Klantenservice; I gaat van community manager bij Marketing naar Communicatie; Communicatie krijgt C',
    ]);
    const owned = withEdges([A('x-pr', 'k-crisis')]);
    const heard = withEdges([A('x-pr', 'k-crisis'), C('d-comm', 'k-crisis'), I('d-comm', 'k-crisis')]);
    expect(raciText(owned, heard, en)).toEqual(['Crisisprotocol: Communicatie gains C and I']);
    expect(raciText(heard, owned, nl)).toEqual(['Crisisprotocol: Communicatie verliest C en I']);
  });

  it('names a holder that is gone by the before board, and says so when nothing changes', () => {
    const gone = withEdges([], NODES.filter((n) => n.id !== 'r-cm'));
    expect(raciText(before, gone, en)).toEqual(["Webcare: Marketing's community manager loses A"]);
    expect(raciText(before, before, en)).toEqual(['No RACI letter changes.']);
    expect(raciText(before, before, nl)).toEqual(['De RACI-letters blijven zoals ze zijn.']);
  });

  it('lowers a title’s first capital inside a phrase only where a small letter follows', () => {
    expect(inPhrase('Community manager')).toBe('community manager');
    expect(inPhrase('Coördinator webcare')).toBe('coördinator webcare');
    expect(inPhrase('CEO')).toBe('CEO');
    expect(inPhrase('ICT-beheerder')).toBe('ICT-beheerder');
    expect(inPhrase('P&O-adviseur')).toBe('P&O-adviseur');
    expect(inPhrase('Ö')).toBe('Ö');
    expect(inPhrase('')).toBe('');
  });
});
