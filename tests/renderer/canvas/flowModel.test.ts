import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { nudge } from '../../../shared/edit';
import { createFlowEdgeMapper, createFlowNodeMapper } from '../../../renderer/canvas/flowModel';

describe('flow model identity caching', () => {
  it('hands back the same flow object for every node that did not change', () => {
    const board = demoBoard();
    const toFlow = createFlowNodeMapper((key) => `T(${key})`);
    const first = toFlow(board.nodes, new Set());
    const moved = nudge(board, ['k-web'], 10, 0);
    const second = toFlow(moved.nodes, new Set());
    const changed = second.filter((node) => node !== first.find((f) => f.id === node.id)).map((n) => n.id);
    expect(changed).toEqual(['k-web']);
    const selected = toFlow(moved.nodes, new Set(['o-rep']));
    expect(selected.filter((n) => !second.includes(n)).map((n) => n.id)).toEqual(['o-rep']);
  });

  it('describes kinds and relations in the language it was built with', () => {
    const board = demoBoard();
    const nodes = createFlowNodeMapper((key) => `T(${key})`)(board.nodes, new Set());
    expect(nodes.find((n) => n.id === 'r-wcc')!.domAttributes).toMatchObject({ 'data-kind': 'role', 'aria-roledescription': 'T(kinds.role)' });
    const edges = createFlowEdgeMapper((key) => `T(${key})`)(board.edges, new Set());
    const responsible = edges.find((e) => e.data!.relation.kind === 'responsible')!;
    expect(responsible.ariaLabel).toMatch(/^T\(relations\.responsible\) \([RACI]\)$/);
  });
});
