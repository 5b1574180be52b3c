/** The change plan in words (both languages) and the change list as CSV. */
import { describe, expect, it } from 'vitest';
import { changePlan, changePlanLines, changesCsv } from '../../../shared/changePlan';
import { createI18n } from '../../../shared/i18n';
import type { Board, BoardNode } from '../../../shared/model/board';
import { A, C, board, dept, leads, member, objective, role, serves, task, team } from '../rules/build';

const en = createI18n('en').t;
const nl = createI18n('nl').t;
const named = <N extends BoardNode>(node: N, label: string): N => ({ ...node, label });

const before: Board = board(
  { size: 'small' },
  [
    dept('d-mkt', 'marketing', 'Marketing'),
    dept('d-cs', 'customer-service', 'Klantenservice'),
    dept('d-comm', 'communications', 'Communicatie'),
    named(role('r-cm', 'community-manager', 'd-mkt'), 'Community manager'),
    named(role('r-lead', 'social-media-manager', 'd-comm', { mandate: true }), 'Social media manager'),
    named(role('r-old', 'other', 'd-mkt'), 'Stagiair'),
    named(team('t-hub'), 'Hub'),
    named(task('k-web', 'webcare'), 'Webcare'),
    named(task('k-strat', 'strategy'), 'Strategie'),
    named(objective('o-care', 'customer-care'), 'Tevreden klanten'),
  ],
  [A('r-cm', 'k-web'), A('r-lead', 'k-strat'), leads('r-lead', 't-hub'), serves('k-web', 'o-care'), serves('k-strat', 'o-care')],
);

const after: Board = board(
  { size: 'small' },
  [
    ...before.nodes
      .filter((n) => n.id !== 'r-old')
      .map((n) => (n.id === 'r-cm' ? { ...named(n, 'Webcare coordinator'), parentId: 'd-cs' } : n))
      .map((n) => (n.id === 'r-lead' && n.kind === 'role' ? { ...n, data: { ...n.data, budget: true } } : n)),
    named(role('r-agent', 'webcare-agent', 'd-cs'), 'Webcaremedewerker'),
  ],
  [A('r-cm', 'k-web'), C('d-comm', 'k-web'), A('r-lead', 'k-strat'), leads('r-lead', 't-hub'), member('r-cm', 't-hub'), member('r-agent', 't-hub'), serves('k-web', 'o-care'), serves('k-strat', 'o-care')],
);

describe('changePlanLines', () => {
  it('tells the change list by section, the RACI changes and the hints, in English', () => {
    const plan = changePlan(before, after);
    expect(changePlanLines(plan, before, after, en)).toEqual([
      'What changes',
      '  Roles',
      '    “Webcaremedewerker”: new, in Klantenservice; member of Hub',
      '    “Stagiair”: removed from Marketing',
      '    “Webcare coordinator”: was “Community manager”; moves from Marketing to Klantenservice; joins Hub',
      '    “Social media manager”: gets a budget',
      'Who does what: RACI changes',
      '  Webcare: Communicatie gains C',
      'Hints',
      '  Resolved (2)',
      '    warning: “Social media manager” leads without a budget',
      '    tip: No task serving “Tevreden klanten” is owned by customer service or webcare',
      '  Still there (2)',
      '    tip: “Webcare” answers questions and complaints, but no task starts the conversation',
      '    tip: “Webcare coordinator”, who owns “Webcare”, has nobody to escalate to: there is no crisis management task',
      '  New (1)',
      '    tip: “Hub” draws its members from only 2 departments',
    ]);
  });

  it('tells the same in Dutch', () => {
    expect(changePlanLines(changePlan(before, after), before, after, nl)).toEqual([
      'Wat er verandert',
      '  Rollen',
      '    “Webcaremedewerker”: nieuw, bij Klantenservice; lid van Hub',
      '    “Stagiair”: vervalt bij Marketing',
      '    “Webcare coordinator”: heette “Community manager”; gaat van Marketing naar Klantenservice; wordt lid van Hub',
      '    “Social media manager”: krijgt budget',
      'Wie doet wat: RACI-wijzigingen',
      '  Webcare: Communicatie krijgt C',
      'Hints',
      '  Opgelost (2)',
      '    waarschuwing: “Social media manager” geeft leiding zonder budget',
      '    tip: Geen van de taken voor “Tevreden klanten” ligt bij klantenservice of webcare',
      '  Blijft staan (2)',
      '    tip: “Webcare” beantwoordt vragen en klachten, maar geen enkele taak gaat zelf het gesprek aan',
      '    tip: “Webcare coordinator”, eigenaar van “Webcare”, kan nergens heen escaleren: er is geen taak voor crisismanagement',
      '  Nieuw (1)',
      '    tip: “Hub” haalt zijn leden uit maar 2 afdelingen',
    ]);
  });

  it('with ids, puts node ids after labels and rule and node ids with hints (the command line)', () => {
    const lines = changePlanLines(changePlan(before, after), before, after, en, { ids: true });
    expect(lines[4]).toBe('    “Webcare coordinator” (r-cm): was “Community manager”; moves from Marketing to Klantenservice; joins Hub');
    expect(lines[10]).toBe('    warning lead-without-mandate: “Social media manager” leads without a budget (r-lead)');
  });

  it('says so when nothing changes', () => {
    const lines = (t: typeof en) => changePlanLines(changePlan(before, before), before, before, t);
    expect(lines(en).slice(0, 4)).toEqual(['What changes', '  No department, role, team, task, objective or external party changes.', 'Who does what: RACI changes', '  No RACI letter changes.']);
    expect(lines(nl).slice(0, 4)).toEqual([
      'Wat er verandert',
      '  Geen afdeling, rol, team, taak, doelstelling of externe partij verandert.',
      'Wie doet wat: RACI-wijzigingen',
      '  De RACI-letters blijven zoals ze zijn.',
    ]);
  });

  it('words each kind of field change', () => {
    const withData = (b: Board, id: string, data: object, extra: Partial<BoardNode> = {}): Board => ({
      ...b,
      nodes: b.nodes.map((n) => (n.id === id ? ({ ...n, ...extra, data: { ...n.data, ...data } } as BoardNode) : n)),
    });
    let changed = withData(before, 'k-web', { taskType: 'engagement', level: 'strategic', kpi: 'Antwoord binnen 1 uur' });
    changed = withData(changed, 'r-lead', { mandate: false, person: 'Fatima Ouali', roleType: 'strategist' }, { parentId: undefined });
    changed = { ...changed, edges: changed.edges.filter((e) => !(e.kind === 'serves' && e.source === 'k-web')) };
    const lines = changePlanLines(changePlan(before, changed), before, changed, en).filter((l) => l.startsWith('    “'));
    expect(lines).toEqual([
      '    “Social media manager”: leaves Communicatie, for no department; type: Social media manager → Social media strategist; no longer has a mandate; person: none → “Fatima Ouali”',
      '    “Webcare”: type: Webcare → Engaging the audience; level: as its type → Strategic; KPI: none → “Antwoord binnen 1 uur”; serves: Tevreden klanten → none',
    ]);
    const dutch = changePlanLines(changePlan(before, changed), before, changed, nl).filter((l) => l.startsWith('    “'));
    expect(dutch[1]).toBe('    “Webcare”: type: Webcare → Interactie met de doelgroep; niveau: volgens het type → Strategisch; KPI: geen → “Antwoord binnen 1 uur”; draagt bij aan: Tevreden klanten → geen');
  });
});

describe('changesCsv', () => {
  it('has one row per change, headed in the reader’s language, with a BOM and CRLF', () => {
    const csv = changesCsv(changePlan(before, after), before, after, en);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Section,Change,Id,Kind,Name,Details',
      'Roles,new,r-agent,Role,Webcaremedewerker,"new, in Klantenservice; member of Hub"',
      'Roles,removed,r-old,Role,Stagiair,removed from Marketing',
      'Roles,moved,r-cm,Role,Webcare coordinator,was “Community manager”; moves from Marketing to Klantenservice; joins Hub',
      'Roles,changed,r-lead,Role,Social media manager,gets a budget',
      '',
    ]);
    const dutch = changesCsv(changePlan(before, after), before, after, nl, { separator: ';', bom: false });
    expect(dutch.split('\r\n').slice(0, 2)).toEqual(['Onderdeel;Wijziging;Id;Soort;Naam;Toelichting', 'Rollen;nieuw;r-agent;Rol;Webcaremedewerker;"nieuw, bij Klantenservice; lid van Hub"']);
  });

  it('defuses a label a spreadsheet would run as a formula, and quotes what needs quoting', () => {
    const hostile = { ...after, nodes: after.nodes.map((n) => (n.id === 'r-agent' ? named(n, '=HYPERLINK("http://x.test","klik")') : n)) };
    const row = changesCsv(changePlan(before, hostile), before, hostile, en).split('\r\n')[1];
    expect(row).toBe('Roles,new,r-agent,Role,"\'=HYPERLINK(""http://x.test"",""klik"")","new, in Klantenservice; member of Hub"');
  });
});
