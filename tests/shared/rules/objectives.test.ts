import { describe, expect, it } from 'vitest';
import { A, C, R, board, dept, fired, hintsOf, objective, role, serves, task } from './build';

describe('objectives-missing', () => {
  it('fires once, for the whole board, when tasks have no objective', () => {
    expect(fired(board({}, [task('t1', 'webcare')]), 'objectives-missing')).toEqual([[]]);
  });
  it('stays quiet on an empty board and once any objective exists', () => {
    expect(fired(board({}, []), 'objectives-missing')).toEqual([]);
    expect(fired(board({}, [task('t1', 'webcare'), objective('o1', 'reputation')]), 'objectives-missing')).toEqual([]);
  });
});

describe('objective-unserved', () => {
  it('fires on exactly the objective no task serves', () => {
    const b = board({}, [task('t1', 'webcare'), objective('o1', 'customer-care'), objective('o2', 'recruitment')], [serves('t1', 'o1')]);
    expect(fired(b, 'objective-unserved')).toEqual([['o2']]);
    expect(hintsOf(b, 'objective-unserved')[0].params).toEqual({ objective: 'o2' });
  });
  it('does not fire when every objective is served', () => {
    const b = board({}, [task('t1', 'webcare'), objective('o1', 'customer-care')], [serves('t1', 'o1')]);
    expect(fired(b, 'objective-unserved')).toEqual([]);
  });
});

describe('objective-owner-fit', () => {
  const nodes = [
    dept('mkt', 'marketing'),
    dept('cs', 'customer-service'),
    dept('wc', 'webcare'),
    role('marketeer', 'other', 'mkt'),
    role('agent', 'webcare-agent', 'cs'),
    role('wcc', 'webcare-coordinator', 'wc'),
    task('t1', 'webcare'),
    task('t2', 'engagement'),
    objective('care', 'customer-care'),
  ];
  it('fires on the objective when its tasks are owned outside the natural department', () => {
    const b = board({}, nodes, [A('marketeer', 't1'), R('agent', 't1'), serves('t1', 'care')]);
    expect(fired(b, 'objective-owner-fit')).toEqual([['care']]);
    expect(hintsOf(b, 'objective-owner-fit')[0].variant).toBe('customer-care');
  });
  it('is satisfied by a role inside customer service, by the webcare department, and by one fitting task of several', () => {
    expect(fired(board({}, nodes, [A('agent', 't1'), serves('t1', 'care')]), 'objective-owner-fit')).toEqual([]);
    expect(fired(board({}, nodes, [A('wc', 't1'), serves('t1', 'care')]), 'objective-owner-fit')).toEqual([]);
    expect(fired(board({}, nodes, [A('wcc', 't1'), serves('t1', 'care')]), 'objective-owner-fit')).toEqual([]);
    const two = board({}, nodes, [A('marketeer', 't1'), A('agent', 't2'), serves('t1', 'care'), serves('t2', 'care')]);
    expect(fired(two, 'objective-owner-fit')).toEqual([]);
  });
  it('counts a single R as the owner (domain.md), not a C', () => {
    expect(fired(board({}, nodes, [R('agent', 't1'), serves('t1', 'care')]), 'objective-owner-fit')).toEqual([]);
    expect(fired(board({}, nodes, [C('agent', 't1'), A('marketeer', 't1'), serves('t1', 'care')]), 'objective-owner-fit')).toEqual([
      ['care'],
    ]);
  });
  it('leaves an unserved objective to objective-unserved', () => {
    expect(fired(board({}, nodes, []), 'objective-owner-fit')).toEqual([]);
  });
  it('knows the natural home of every objective type', () => {
    const cases = [
      ['reputation', 'communications'],
      ['sales-marketing', 'sales'],
      ['sales-marketing', 'marketing'],
      ['product-innovation', 'rnd'],
      ['recruitment', 'hr'],
      ['market-research', 'rnd'],
    ] as const;
    for (const [objectiveType, departmentType] of cases) {
      const fits = board({}, [dept('d', departmentType), role('r', 'other', 'd'), task('t', 'other'), objective('o', objectiveType)], [
        A('r', 't'),
        serves('t', 'o'),
      ]);
      expect(fired(fits, 'objective-owner-fit'), `${objectiveType} in ${departmentType}`).toEqual([]);
      // v2: the natural department is on the board (idle), so there is somewhere to move the work.
      const elsewhere = board({}, [dept('d', 'it'), dept('home', departmentType), role('r', 'other', 'd'), task('t', 'other'), objective('o', objectiveType)], [
        A('r', 't'),
        serves('t', 'o'),
      ]);
      expect(fired(elsewhere, 'objective-owner-fit'), `${objectiveType} in IT`).toEqual([['o']]);
      // …and without one there is nowhere to move it: quiet.
      const nowhere = board({}, [dept('d', 'it'), role('r', 'other', 'd'), task('t', 'other'), objective('o', objectiveType)], [A('r', 't'), serves('t', 'o')]);
      expect(fired(nowhere, 'objective-owner-fit'), `${objectiveType} with no natural department`).toEqual([]);
    }
  });
});
