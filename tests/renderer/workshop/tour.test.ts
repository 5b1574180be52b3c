import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { emptyBoard } from '../../../shared/model/board';
import { TEMPLATE_IDS, templateBoard } from '../../../shared/templates';
import { planTour, stepIndex } from '../../../renderer/workshop/tour';

describe('planTour', () => {
  it('walks the demo board: overview, each department, each team, then tasks by objective', () => {
    const board = demoBoard();
    const steps = planTour(board);
    const kinds = steps.map((s) => s.kind);
    expect(kinds[0]).toBe('overview');
    // Departments first, then teams, then objectives, then tasks serving none.
    const firstTeam = kinds.indexOf('team');
    const firstObjective = kinds.indexOf('objective');
    expect(kinds.slice(1, firstTeam).every((k) => k === 'department')).toBe(true);
    expect(kinds.slice(firstTeam, firstObjective).every((k) => k === 'team')).toBe(true);
    const departments = board.nodes.filter((n) => n.kind === 'department').map((n) => n.id);
    expect(steps.filter((s) => s.kind === 'department').map((s) => s.id).sort()).toEqual(departments.sort());
  });

  it('visits departments in reading order, top row first', () => {
    const steps = planTour(demoBoard()).filter((s) => s.kind === 'department');
    // demo.json: Directie, Marketing, Communicatie on the top row; then the second row.
    expect(steps.map((s) => s.label)).toEqual(['Directie', 'Marketing', 'Communicatie', 'Klantenservice', 'Verkoop', 'ICT']);
  });

  it('frames a department with its roles, a team with its people, an objective with its tasks', () => {
    const board = demoBoard();
    const steps = planTour(board);
    const marketing = steps.find((s) => s.id === 'd-mkt')!;
    expect(marketing.nodeIds.sort()).toEqual(['d-mkt', 'r-content', 'r-strat']);
    // Roles sit inside their department, so the frame is the department itself.
    const mkt = board.nodes.find((n) => n.id === 'd-mkt')!;
    expect(marketing.frame).toEqual({ ...mkt.position, width: mkt.width, height: mkt.height });
    const team = steps.find((s) => s.id === 't-smt')!;
    expect(team.nodeIds).toEqual(expect.arrayContaining(['t-smt', 'r-strat', 'r-wcc', 'r-pr', 'r-am']));
    // The frame reaches from the team to its members inside the departments.
    expect(team.frame.x).toBeLessThan(mkt.position.x);
    const sales = steps.find((s) => s.id === 'o-sales')!;
    expect(sales.nodeIds.sort()).toEqual(['k-content', 'k-sell', 'k-strat', 'o-sales']);
  });

  it('ends with the tasks that serve no objective, when there are any', () => {
    const steps = planTour(demoBoard());
    const last = steps.at(-1)!;
    expect(last.kind).toBe('unserved');
    expect(last.nodeIds).toContain('k-policy');
    expect(last.nodeIds).not.toContain('k-web');
  });

  it('visits every department of every template', () => {
    for (const id of TEMPLATE_IDS) {
      const board = templateBoard(id);
      const visited = planTour(board).filter((s) => s.kind === 'department').map((s) => s.id);
      expect(visited.sort(), id).toEqual(board.nodes.filter((n) => n.kind === 'department').map((n) => n.id).sort());
    }
  });

  it('has nothing to show on an empty board', () => {
    expect(planTour(emptyBoard())).toEqual([]);
  });
});

describe('stepIndex', () => {
  it('stops at both ends instead of wrapping', () => {
    expect(stepIndex(0, -1, 5)).toBe(0);
    expect(stepIndex(3, 1, 5)).toBe(4);
    expect(stepIndex(4, 1, 5)).toBe(4);
    expect(stepIndex(2, -1, 5)).toBe(1);
    expect(stepIndex(7, 0, 0)).toBe(0);
  });
});
