import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { absoluteRects } from '../../../shared/geometry/geometry';
import { applyLayout, layoutBoard, toElkGraph } from '../../../shared/layout/autoLayout';

function overlap(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('auto-layout', () => {
  it('keeps roles inside their departments and departments around them', async () => {
    const board = demoBoard();
    const laid = applyLayout(board, await layoutBoard(board));
    const rects = absoluteRects(laid);
    for (const node of laid.nodes) {
      if (!node.parentId) continue;
      const child = rects.get(node.id)!;
      const parent = rects.get(node.parentId)!;
      expect(child.x).toBeGreaterThanOrEqual(parent.x);
      expect(child.y).toBeGreaterThanOrEqual(parent.y + 40);
      expect(child.x + child.width).toBeLessThanOrEqual(parent.x + parent.width);
      expect(child.y + child.height).toBeLessThanOrEqual(parent.y + parent.height);
    }
  });

  it('leaves no two top-level nodes overlapping', async () => {
    const board = demoBoard();
    const laid = applyLayout(board, await layoutBoard(board));
    const rects = absoluteRects(laid);
    const top = laid.nodes.filter((n) => !n.parentId);
    for (let i = 0; i < top.length; i++)
      for (let j = i + 1; j < top.length; j++) expect(overlap(rects.get(top[i].id)!, rects.get(top[j].id)!), `${top[i].id} × ${top[j].id}`).toBe(false);
  });

  it('puts tasks right of their owners and objectives on the far right', async () => {
    const board = demoBoard();
    const laid = applyLayout(board, await layoutBoard(board));
    const rects = absoluteRects(laid);
    for (const edge of laid.edges.filter((e) => e.kind === 'serves' || e.kind === 'responsible')) {
      expect(rects.get(edge.target)!.x, edge.id).toBeGreaterThan(rects.get(edge.source)!.x);
    }
    const objectives = laid.nodes.filter((n) => n.kind === 'objective').map((n) => rects.get(n.id)!.x);
    const tasks = laid.nodes.filter((n) => n.kind === 'task').map((n) => rects.get(n.id)!.x);
    expect(Math.min(...objectives)).toBeGreaterThan(Math.max(...tasks));
  });

  it('describes departments as compound nodes', () => {
    const graph = toElkGraph(demoBoard());
    const department = graph.children!.find((n) => n.id === 'd-mkt')!;
    expect(department.children!.map((c) => c.id)).toContain('r-strat');
  });
});
