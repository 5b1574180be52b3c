/** The change list: nodes matched by id, one entry per node, positions and notes no change. */
import { describe, expect, it } from 'vitest';
import { DATA_FIELDS, changePlan, changePlanJson, changePlanLines, diffBoards } from '../../../shared/changePlan';
import { createI18n } from '../../../shared/i18n';
import type { Board, BoardNode } from '../../../shared/model/board';
import { KINDS, textFields } from '../../../shared/model/kinds';
import { NODE_KINDS } from '../../../shared/model/vocabulary';
import { A, C, board, dept, leads, member, note, objective, reports, role, serves, sponsors, task, team } from '../rules/build';

const named = <N extends BoardNode>(node: N, label: string): N => ({ ...node, label });

/** An as-is: community work parked in marketing, a team of two, webcare owned in marketing. */
function asIs(): Board {
  return board(
    {},
    [
      dept('d-mkt', 'marketing', 'Marketing'),
      dept('d-cs', 'customer-service', 'Klantenservice'),
      dept('d-board', 'board', 'Directie'),
      named(role('r-cm', 'community-manager', 'd-mkt'), 'Community manager'),
      named(role('r-lead', 'social-media-manager', 'd-mkt'), 'Social media manager'),
      named(role('r-agent', 'webcare-agent', 'd-cs'), 'Webcaremedewerker'),
      named(team('t-hub'), 'Social media hub'),
      named(team('t-care'), 'Klantcontact'),
      named(task('k-web', 'webcare'), 'Webcare'),
      named(objective('o-care', 'customer-care'), 'Tevreden klanten'),
      note('n-1'),
    ],
    [A('r-cm', 'k-web'), member('r-cm', 't-hub'), member('r-agent', 't-care'), leads('r-lead', 't-hub'), serves('k-web', 'o-care')],
  );
}

/** The same board with `edit` applied to a copy (nodes by id). */
function edited(from: Board, edit: (nodes: Map<string, BoardNode>, b: Board) => void): Board {
  const copy = structuredClone(from);
  edit(new Map(copy.nodes.map((n) => [n.id, n])), copy);
  return copy;
}

describe('diffBoards', () => {
  it('finds no change between a board and itself, or a copy of it', () => {
    expect(diffBoards(asIs(), asIs())).toEqual([]);
  });

  it('finds no change when only positions, sizes and notes change, or a sticky note is edited, added or removed', () => {
    const after = edited(asIs(), (nodes, b) => {
      for (const node of b.nodes) node.position = { x: node.position.x + 333, y: node.position.y - 71 };
      nodes.get('r-cm')!.width = 999;
      nodes.get('r-cm')!.height = 444;
      nodes.get('k-web')!.notes = 'Bespreken in sessie 2';
      nodes.get('n-1')!.label = 'Another sticky note';
      b.nodes.push({ ...note('n-2'), label: 'Parkeerplaats' });
    });
    expect(diffBoards(asIs(), after)).toEqual([]);
    expect(diffBoards(asIs(), { ...asIs(), nodes: asIs().nodes.filter((n) => n.kind !== 'note') })).toEqual([]);
  });

  it('tells a role moved to another department and renamed as one change, matched by its id', () => {
    const after = edited(asIs(), (nodes) => {
      const cm = nodes.get('r-cm')!;
      cm.parentId = 'd-cs';
      cm.label = 'Webcare coordinator';
    });
    expect(diffBoards(asIs(), after)).toEqual([
      {
        type: 'moved',
        id: 'r-cm',
        kind: 'role',
        section: 'roles',
        label: 'Webcare coordinator',
        move: { department: { from: 'd-mkt', to: 'd-cs' } },
        relabel: { from: 'Community manager', to: 'Webcare coordinator' },
      },
    ]);
  });

  it('tells a rename alone as relabelled, and data alone as changed, with each field before and after', () => {
    const after = edited(asIs(), (nodes) => {
      nodes.get('d-mkt')!.label = 'Marketing en communicatie';
      const lead = nodes.get('r-lead')! as Extract<BoardNode, { kind: 'role' }>;
      lead.data = { ...lead.data, mandate: true, budget: true, person: 'Fatima Ouali' };
      const web = nodes.get('k-web')! as Extract<BoardNode, { kind: 'task' }>;
      web.data = { taskType: 'webcare', level: 'strategic', kpi: 'Antwoord binnen een uur' };
      const care = nodes.get('o-care')! as Extract<BoardNode, { kind: 'objective' }>;
      care.data = { objectiveType: 'reputation' };
    });
    const changes = diffBoards(asIs(), after);
    expect(changes.map((c) => [c.section, c.type, c.id])).toEqual([
      ['departments', 'relabelled', 'd-mkt'],
      ['roles', 'changed', 'r-lead'],
      ['tasks', 'changed', 'k-web'],
      ['objectives', 'changed', 'o-care'],
    ]);
    expect(changes[0].relabel).toEqual({ from: 'Marketing', to: 'Marketing en communicatie' });
    expect(changes[1].fields).toEqual([
      { field: 'mandate', before: false, after: true },
      { field: 'budget', before: false, after: true },
      { field: 'person', before: null, after: 'Fatima Ouali' },
    ]);
    expect(changes[2].fields).toEqual([
      { field: 'level', before: null, after: 'strategic' },
      { field: 'kpi', before: null, after: 'Antwoord binnen een uur' },
    ]);
    expect(changes[3].fields).toEqual([{ field: 'objectiveType', before: 'customer-care', after: 'reputation' }]);
  });

  it('tells added and removed nodes with where they sit, new before removed, each in board order', () => {
    const after = edited(asIs(), (_nodes, b) => {
      b.nodes = b.nodes.filter((n) => n.id !== 'r-agent' && n.id !== 't-care');
      b.edges = b.edges.filter((e) => e.source !== 'r-agent');
      b.nodes.push(named(role('r-wcc', 'webcare-coordinator', 'd-cs'), 'Webcarecoördinator'), named(team('t-new'), 'Webcareteam'));
      b.edges.push(member('r-wcc', 't-hub'));
    });
    const changes = diffBoards(asIs(), after);
    expect(changes).toEqual([
      { type: 'added', id: 'r-wcc', kind: 'role', section: 'roles', label: 'Webcarecoördinator', place: { department: 'd-cs', teams: ['t-hub'] } },
      { type: 'removed', id: 'r-agent', kind: 'role', section: 'roles', label: 'Webcaremedewerker', place: { department: 'd-cs', teams: ['t-care'] } },
      { type: 'added', id: 't-new', kind: 'team', section: 'teams', label: 'Webcareteam', place: { department: null, teams: [] } },
      { type: 'removed', id: 't-care', kind: 'team', section: 'teams', label: 'Klantcontact', place: { department: null, teams: [] } },
    ]);
  });

  it('tells a move between teams (member relations) as a move, told with the teams when that is all', () => {
    const after = edited(asIs(), (_nodes, b) => {
      b.edges = b.edges.map((e) => (e.kind === 'member' && e.source === 'r-agent' ? { ...e, target: 't-hub' } : e));
      b.edges.push(member('r-lead', 't-care'));
    });
    expect(diffBoards(asIs(), after)).toEqual([
      { type: 'moved', id: 'r-lead', kind: 'role', section: 'teams', label: 'Social media manager', move: { teams: { left: [], joined: ['t-care'] } } },
      { type: 'moved', id: 'r-agent', kind: 'role', section: 'teams', label: 'Webcaremedewerker', move: { teams: { left: ['t-care'], joined: ['t-hub'] } } },
    ]);
  });

  it('tells leads, reports, sponsors and serves as fields of the node they describe', () => {
    const after = edited(asIs(), (_nodes, b) => {
      b.edges = b.edges.filter((e) => e.kind !== 'leads' && e.kind !== 'serves');
      b.edges.push(leads('r-cm', 't-hub'), reports('r-cm', 'r-lead'), sponsors('d-board', 't-hub'));
    });
    const changes = diffBoards(asIs(), after);
    expect(changes.map((c) => [c.id, c.fields])).toEqual([
      ['r-cm', [{ field: 'reportsTo', before: [], after: ['r-lead'] }]],
      ['t-hub', [{ field: 'lead', before: ['r-lead'], after: ['r-cm'] }, { field: 'sponsors', before: [], after: ['d-board'] }]],
      ['k-web', [{ field: 'serves', before: ['o-care'], after: [] }]],
    ]);
  });

  it('ignores RACI letters (the RACI change list tells them) and relations of sticky notes', () => {
    const after = edited(asIs(), (_nodes, b) => {
      b.edges = b.edges.filter((e) => e.kind !== 'responsible');
      b.edges.push(A('r-agent', 'k-web'));
    });
    expect(diffBoards(asIs(), after)).toEqual([]);
  });

  it('compares every data field of every kind (a new field fails here until the change list tells it)', () => {
    for (const kind of NODE_KINDS) {
      expect([...DATA_FIELDS[kind]].sort(), kind).toEqual(Object.keys(KINDS[kind].data(textFields())).sort());
    }
  });

  it('takes ids such as `constructor` and `toString` as plain ids, in the data, the JSON and the words', () => {
    const b = board({}, [dept('constructor', 'marketing', 'Marketing'), named(role('toString', 'analyst', 'constructor'), 'Analist'), named(task('hasOwnProperty', 'reporting'), 'Rapport')]);
    const a = { ...b, nodes: [...b.nodes.slice(0, 1), { ...b.nodes[1], label: 'Data-analist' }, b.nodes[2]], edges: [C('toString', 'hasOwnProperty')] };
    const plan = changePlan(b, a);
    expect(plan.changes.map((c) => [c.id, c.type])).toEqual([['toString', 'relabelled']]);
    const json = JSON.parse(JSON.stringify(changePlanJson(plan)));
    expect(json.raci).toEqual({ hasOwnProperty: { gained: [{ holder: 'toString', letter: 'C' }], lost: [] } });
    expect(changePlanLines(plan, b, a, createI18n('en').t)).toContain("  Rapport: Marketing's data-analist gains C");
  });
});
