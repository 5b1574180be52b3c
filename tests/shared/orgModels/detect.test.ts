import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { createI18n, LANGUAGES } from '../../../shared/i18n';
import { emptyBoard, type Board, type BoardEdge, type BoardNode } from '../../../shared/model/board';
import type { DepartmentType, OrgSize, Raci, TaskType } from '../../../shared/model/vocabulary';
import { ORG_MODELS } from '../../../shared/orgModels/modelIds';
import { MODEL_CRITERIA } from '../../../shared/orgModels/criteria';
import { describeDetection } from '../../../shared/orgModels/describe';
import { detectModel } from '../../../shared/orgModels/detect';
import { taskOwners } from '../../../shared/model/participation';
import { modelEvidence } from '../../../shared/orgModels/facts';
import { TEMPLATE_IDS, templateBoard } from '../../../shared/templates';

/** A tiny board builder: departments with one role each, tasks, and RACI lines. */
function board(size: OrgSize = 'medium') {
  const b: Board = emptyBoard({ name: 'Test BV', size });
  let edge = 0;
  const api = {
    board: b,
    department(id: string, type: DepartmentType) {
      b.nodes.push({ id, kind: 'department', label: id, position: { x: 0, y: 0 }, data: { departmentType: type } });
      b.nodes.push({
        id: `${id}-role`,
        kind: 'role',
        label: `${id} role`,
        parentId: id,
        position: { x: 20, y: 64 },
        data: { roleType: 'other', mandate: true, budget: true },
      } as BoardNode);
      return api;
    },
    team(id: string) {
      b.nodes.push({ id, kind: 'team', label: id, position: { x: 0, y: 0 }, data: {} });
      return api;
    },
    external(id: string) {
      b.nodes.push({ id, kind: 'external', label: id, position: { x: 0, y: 0 }, data: { externalType: 'social-media-agency' } });
      return api;
    },
    task(id: string, type: TaskType) {
      b.nodes.push({ id, kind: 'task', label: id, position: { x: 0, y: 0 }, data: { taskType: type } });
      return api;
    },
    raci(source: string, raci: Raci, target: string) {
      b.edges.push({ id: `e${++edge}`, kind: 'responsible', source, target, data: { raci } });
      return api;
    },
    link(source: string, kind: BoardEdge['kind'], target: string) {
      b.edges.push({ id: `e${++edge}`, kind, source, target });
      return api;
    },
  };
  return api;
}

/** One department owning all the work. */
function centralBoard(size: OrgSize) {
  return board(size)
    .department('comm', 'communications')
    .department('cs', 'customer-service')
    .department('sales', 'sales')
    .task('strat', 'strategy')
    .task('web', 'webcare')
    .task('content', 'content-marketing')
    .task('mon', 'reputation-monitoring')
    .raci('comm-role', 'A', 'strat')
    .raci('comm-role', 'A', 'web')
    .raci('comm-role', 'A', 'content')
    .raci('comm-role', 'A', 'mon')
    .raci('cs-role', 'C', 'web');
}

/** Four departments, each doing its own thing, nobody steering. */
function organicBoard(size: OrgSize) {
  const b = board(size);
  for (const [dept, type, task, taskType] of [
    ['mkt', 'marketing', 'content', 'content-marketing'],
    ['cs', 'customer-service', 'web', 'webcare'],
    ['hr', 'hr', 'rec', 'recruitment'],
    ['sales', 'sales', 'sell', 'social-selling'],
  ] as const) {
    b.department(dept, type).task(task, taskType).raci(`${dept}-role`, 'A', task);
  }
  return b;
}

describe('detectModel on small boards', () => {
  it('says nothing about a board without tasks, and says why', () => {
    const detection = detectModel(emptyBoard());
    expect(detection.model).toBeNull();
    expect(detection.confidence).toBe('none');
    expect(detection.nextStep).toBeNull();
    expect(detection.facts).toEqual([{ key: 'noTasks', values: {} }]);
  });

  it('names one department owning everything centralised', () => {
    const detection = detectModel(centralBoard('medium').board);
    expect(detection.model).toBe('centralised');
    expect(detection.evidence.topUnit).toMatchObject({ id: 'comm', kind: 'department', share: 1 });
    expect(detection.facts).toContainEqual({ key: 'topUnit', values: { name: 'comm', percent: 100 } });
  });

  it('names departments each doing their own thing, uncoordinated, decentralised', () => {
    const detection = detectModel(organicBoard('medium').board);
    expect(detection.model).toBe('decentralised');
    expect(detection.evidence.owningDepartments).toBe(4);
    expect(detection.facts).toContainEqual({ key: 'noHub', values: {} });
    expect(detection.facts).toContainEqual({ key: 'strategyMissing', values: {} });
  });

  it('turns the organic board into hub and spoke once a cross-functional team steers it', () => {
    const b = organicBoard('medium').department('comm', 'communications').team('hub').task('strat', 'strategy').task('policy', 'policy');
    b.link('comm-role', 'leads', 'hub').link('mkt-role', 'member', 'hub').link('cs-role', 'member', 'hub').link('hr-role', 'member', 'hub');
    b.raci('comm-role', 'A', 'strat').raci('hub', 'A', 'policy');
    const detection = detectModel(b.board);
    expect(detection.model).toBe('hub-and-spoke');
    expect(detection.evidence.hubs).toEqual([
      expect.objectContaining({ id: 'hub', steers: true, memberDepartments: 4, ownedTasks: 2 }),
    ]);
    // The lead's strategy counts for the hub, not for the lead's home department.
    expect(detection.evidence.strategyOwner).toMatchObject({ id: 'hub', kind: 'team' });
    expect(detection.facts).toContainEqual({ key: 'hubSteers', values: { name: 'hub' } });

    // A second hub with work of its own (another brand) makes it a dandelion.
    b.department('mkt2', 'marketing').team('hub2').task('engage2', 'engagement');
    b.link('mkt2-role', 'leads', 'hub2').link('sales-role', 'member', 'hub2').raci('mkt2-role', 'A', 'engage2');
    expect(detectModel(b.board).model).toBe('dandelion');
  });

  it('calls a team that nobody leads and that owns nothing no hub', () => {
    const b = organicBoard('small').team('club');
    b.link('mkt-role', 'member', 'club').link('cs-role', 'member', 'club');
    const detection = detectModel(b.board);
    expect(detection.evidence.hubs).toEqual([]);
    expect(detection.model).toBe('decentralised');
  });

  it('names every department owning its part, with policy and training, honeycomb', () => {
    const b = organicBoard('medium').department('comm', 'communications').task('policy', 'policy').task('aware', 'internal-awareness');
    b.task('mon', 'reputation-monitoring').raci('comm-role', 'A', 'policy').raci('comm-role', 'A', 'aware').raci('comm-role', 'A', 'mon');
    b.department('board', 'board').task('strat', 'strategy').raci('board-role', 'A', 'strat');
    const detection = detectModel(b.board);
    expect(detection.model).toBe('honeycomb');
    expect(detection.facts).toContainEqual({ key: 'policyAndAwareness', values: {} });
    // The board of directors is not counted among the departments that should take part.
    expect(detection.evidence.departments).toBe(5);
  });

  it('sees an agency owning the work as a centre outside the walls', () => {
    const b = board('medium').department('mkt', 'marketing').external('agency');
    for (const [task, type] of [['strat', 'strategy'], ['content', 'content-marketing'], ['web', 'webcare']] as const) {
      b.task(task, type).raci('agency', 'A', task);
    }
    b.raci('mkt-role', 'C', 'strat');
    const detection = detectModel(b.board);
    expect(detection.model).toBe('centralised');
    expect(detection.evidence.externalShare).toBe(1);
    expect(detection.nextStep).toEqual({ key: 'outsourced', towards: null });
    expect(detection.facts).toContainEqual({ key: 'externalShare', values: { percent: 100 } });
  });

  it('ignores positions, notes and sizes: moving things around changes nothing', () => {
    const b = templateBoard('hub-and-spoke');
    const before = detectModel(b);
    for (const node of b.nodes) {
      node.position = { x: node.position.x * 3 + 7, y: -node.position.y };
      node.width = 999;
      node.notes = 'moved';
    }
    expect(detectModel(b)).toEqual(before);
  });

  it('does not touch the board it reads', () => {
    const b = demoBoard();
    const copy = JSON.parse(JSON.stringify(b));
    detectModel(b);
    expect(b).toEqual(copy);
  });
});

describe('next step by size', () => {
  it('tells a centralised organisation of more than 250 people to consider hub and spoke', () => {
    expect(detectModel(centralBoard('large').board).nextStep).toEqual({ key: 'centralised.large', towards: 'hub-and-spoke' });
    expect(detectModel(centralBoard('medium').board).nextStep).toEqual({ key: 'centralised.medium', towards: null });
    expect(detectModel(centralBoard('small').board).nextStep).toEqual({ key: 'centralised.small', towards: null });
  });

  it('lets a small organic company be, and asks a larger one for coordination', () => {
    expect(detectModel(organicBoard('small').board).nextStep?.towards).toBeNull();
    expect(detectModel(organicBoard('medium').board).nextStep?.towards).toBe('hub-and-spoke');
    expect(detectModel(organicBoard('large').board).nextStep?.towards).toBe('hub-and-spoke');
  });

  it('says the step in words that mention the way forward', () => {
    const en = createI18n('en');
    const nl = createI18n('nl');
    const telecom = detectModel(templateBoard('telecom-webcare'));
    expect(describeDetection(telecom, en.t).nextStep).toMatch(/more than 250 people: consider hub and spoke/);
    expect(describeDetection(telecom, nl.t).nextStep).toMatch(/meer dan 250 mensen: overweeg hub-and-spoke/);
  });
});

describe('scores and confidence', () => {
  it('scores every model between 0 and 1, best first, with its criteria', () => {
    for (const id of TEMPLATE_IDS) {
      const { scores, model } = detectModel(templateBoard(id));
      expect(scores.map((s) => s.model).sort()).toEqual([...ORG_MODELS].sort());
      expect(scores[0].model).toBe(model);
      for (let i = 1; i < scores.length; i++) expect(scores[i - 1].score).toBeGreaterThanOrEqual(scores[i].score);
      for (const s of scores) {
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(1);
        expect(s.criteria.map((c) => c.id)).toEqual(MODEL_CRITERIA[s.model].map((c) => c.id));
      }
    }
  });

  it('is less sure about a board in transition, and names the runner-up', () => {
    // Mostly one department, but customer service already owns webcare itself.
    const b = board('medium').department('comm', 'communications').department('cs', 'customer-service');
    b.task('strat', 'strategy').task('content', 'content-marketing').task('mon', 'reputation-monitoring').task('web', 'webcare');
    b.raci('comm-role', 'A', 'strat').raci('comm-role', 'A', 'content').raci('comm-role', 'A', 'mon').raci('cs-role', 'A', 'web');
    const detection = detectModel(b.board);
    expect(detection.model).toBe('centralised');
    expect(['likely', 'mixed']).toContain(detection.confidence);
    const text = describeDetection(detection, createI18n('en').t);
    expect(text.confidence).toContain('Decentralised (organic)');
    // The same board with everything in the one department is a clear case.
    b.board.edges.at(-1)!.source = 'comm-role';
    expect(detectModel(b.board).confidence).toBe('clear');
  });
});

describe('ownership as domain.md defines it', () => {
  it('takes A holders, else a single R holder, else nobody', () => {
    const b = board().department('a', 'marketing').department('b', 'sales').task('t1', 'webcare').task('t2', 'webcare').task('t3', 'webcare');
    b.raci('a-role', 'A', 't1').raci('b-role', 'R', 't1');
    b.raci('a-role', 'R', 't2').raci('b-role', 'C', 't2');
    b.raci('a-role', 'R', 't3').raci('b-role', 'R', 't3');
    expect(taskOwners(b.board, 't1')).toEqual(['a-role']);
    expect(taskOwners(b.board, 't2')).toEqual(['a-role']);
    expect(taskOwners(b.board, 't3')).toEqual([]);
    const evidence = modelEvidence(b.board);
    expect(evidence.ownedTasks).toBe(2);
    expect(evidence.activeDepartments).toBe(2);
    expect(evidence.owningDepartments).toBe(1);
  });
});

describe('detection texts', () => {
  const i18n = Object.fromEntries(LANGUAGES.map((lang) => [lang, createI18n(lang)]));
  const has = (lang: string, key: string) => i18n[lang].exists(key, { fallbackLng: [] });

  it('has every model name, summary, criterion and next step in both languages', () => {
    const keys = [
      'models.title',
      'models.source',
      ...ORG_MODELS.flatMap((m) => [`models.names.${m}`, `models.summaries.${m}`]),
      ...ORG_MODELS.flatMap((m) => MODEL_CRITERIA[m].map((c) => `models.criteria.${c.id}`)),
      ...ORG_MODELS.flatMap((m) => ['small', 'medium', 'large'].map((s) => `models.nextSteps.${m}.${s}`)),
      'models.nextSteps.outsourced',
      ...['clear', 'likely', 'mixed', 'none'].map((c) => `models.confidence.${c}`),
    ];
    for (const key of keys) for (const lang of LANGUAGES) expect(has(lang, key), `${lang} ${key}`).toBe(true);
    for (const key of keys.filter((k) => !k.startsWith('models.names.'))) {
      expect(i18n.nl.t(key), key).not.toBe(i18n.en.t(key));
    }
  });

  it.each(TEMPLATE_IDS)('words the detection of %s fully in both languages', (id) => {
    const detection = detectModel(templateBoard(id));
    for (const lang of LANGUAGES) {
      const text = describeDetection(detection, i18n[lang].t);
      const all = [text.title, text.headline, text.summary, text.confidence, ...text.facts, ...text.why, ...text.against, ...text.scores, text.nextStep ?? ''];
      // No raw keys, no unfilled placeholders.
      for (const line of all) {
        expect(line, `${lang}: ${line}`).not.toMatch(/models\.|{{/);
        expect(line.length).toBeGreaterThan(0);
      }
      expect(text.why.length).toBeGreaterThan(0);
      expect(text.facts.length).toBeGreaterThanOrEqual(5);
      expect(text.scores).toHaveLength(5);
      for (const fact of detection.facts) expect(has(lang, `models.facts.${fact.key}`) || has(lang, `models.facts.${fact.key}_other`), fact.key).toBe(true);
    }
    const en = describeDetection(detection, i18n.en.t);
    const nl = describeDetection(detection, i18n.nl.t);
    expect(nl.headline).not.toBe(en.headline);
    expect(nl.nextStep).not.toBe(en.nextStep);
  });

  it('explains a detection by what it looked at', () => {
    const text = describeDetection(detectModel(templateBoard('hub-and-spoke')), createI18n('en').t);
    expect(text.headline).toBe('Closest to: Hub and spoke');
    expect(text.confidence).toBe('Clear match');
    expect(text.facts).toContain('Social media hub steers: the team or its lead owns the strategy or the policy.');
    expect(text.facts).toContain('6 of 6 departments take part in social media tasks (the board of directors not counted).');
    expect(text.why).toContain('One team steers: it or its lead owns the strategy or the policy');
    expect(text.scores[0]).toBe('Hub and spoke: 100%');
    const nl = describeDetection(detectModel(templateBoard('small-informal')), createI18n('nl').t);
    expect(nl.headline).toBe('Lijkt het meest op: Decentraal (organisch)');
    expect(nl.facts).toContain('3 afdelingen zijn zelf eigenaar van social-mediataken.');
    expect(nl.facts).toContain('Er is geen team dat coördineert.');
  });

  it('says plainly when the board is too empty to tell', () => {
    const text = describeDetection(detectModel(emptyBoard()), createI18n('nl').t);
    expect(text.headline).toBe('Er staat nog te weinig op het bord om dat te zeggen');
    expect(text.why).toEqual([]);
    expect(text.nextStep).toBeNull();
  });
});
