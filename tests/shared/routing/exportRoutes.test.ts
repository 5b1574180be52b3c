/**
 * Exports draw the routed lines: the SVG export's polyline for each edge runs through the
 * route's points (moved with the diagram), and the CLI, which awaits the router, writes them.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../main/cli/cli';
import { routeBoardInNode } from '../../../main/routing/avoidNode';
import { demoBoard } from '../../../shared/boards/demo';
import { exportSvg } from '../../../shared/export';
import { createI18n } from '../../../shared/i18n';
import { absoluteRects, bounds } from '../../../shared/geometry/geometry';

const MARGIN = 40;

/** Each edge group's polyline points, by edge id. */
function polylines(svg: string): Map<string, { x: number; y: number }[]> {
  const lines = new Map<string, { x: number; y: number }[]>();
  for (const [, id, points] of svg.matchAll(/<g class="edge" data-id="([^"]+)"[^>]*><polyline[^>]* points="([^"]+)"/g)) {
    lines.set(id!, points!.split(' ').map((pair) => {
      const [x, y] = pair.split(',').map(Number);
      return { x: x!, y: y! };
    }));
  }
  return lines;
}

describe('exports draw the routed lines', () => {
  it('the SVG export follows every route (all but the arrowhead\'s last few units)', async () => {
    const board = demoBoard();
    const routes = await routeBoardInNode(board);
    const svg = exportSvg(board, { background: 'white', titleBlock: false, legend: false, routes }, createI18n('en').t);
    const drawn = polylines(svg);
    const box = bounds(absoluteRects(board).values())!;
    const [dx, dy] = [MARGIN - box.x, MARGIN - box.y];
    let bent = 0;
    for (const edge of board.edges) {
      const route = routes.get(edge.id)!;
      const line = drawn.get(edge.id)!;
      expect(line.length, edge.id).toBe(route.length);
      if (route.length > 2) bent++;
      // Every point but the last (shortened for the arrowhead) is the route's, to the SVG's 0.1.
      route.slice(0, -1).forEach((p, i) => {
        expect(Math.abs(line[i]!.x - (p.x + dx)), edge.id).toBeLessThan(0.11);
        expect(Math.abs(line[i]!.y - (p.y + dy)), edge.id).toBeLessThan(0.11);
      });
    }
    // The demo's lines bend round boxes: a straight export would have two points each.
    expect(bent).toBeGreaterThan(5);
  });

  it('the CLI export writes the routed lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orgcanvas-routes-'));
    const file = join(dir, 'demo.orgcanvas');
    writeFileSync(file, JSON.stringify({ ...demoBoard() }));
    const out = join(dir, 'demo.svg');
    const code = await main(['export', file, '--format', 'svg', '--out', out], { stdout: () => {}, stderr: () => {}, env: { LANG: 'en_GB.UTF-8' } });
    expect(code).toBe(0);
    const drawn = polylines(readFileSync(out, 'utf8'));
    const routes = await routeBoardInNode(demoBoard());
    for (const [id, route] of routes) expect(drawn.get(id)?.length, id).toBe(route.length);
  });
});
