import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { demoBoard } from '../../../shared/boards/demo';
import { emptyBoard } from '../../../shared/model/board';
import { KIND_STYLES } from '../../../shared/theme/theme';
import { boardThumbnail } from '../../../renderer/storage/thumbnail';
import { generateBoard } from '../../bench/fixtures';

const parse = (svg: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg).svg;
const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

describe('board thumbnail', () => {
  it('draws one outline per node, in its kind’s colours, departments below the rest', () => {
    const board = demoBoard();
    const svg = parse(boardThumbnail(board));
    const paths = asList<{ d: string; fill: string; stroke: string }>(svg.path);
    const kinds = new Set(board.nodes.map((n) => n.kind));
    expect(paths.map((p) => p.stroke).sort()).toEqual([...kinds].map((k) => KIND_STYLES[k].accent).sort());
    expect(paths[0]!.fill).toBe(KIND_STYLES.department.fill);
    const outlines = paths.reduce((sum, p) => sum + (p.d.match(/M/g)?.length ?? 0), 0);
    expect(outlines).toBe(board.nodes.length);
    // Every outline lies inside the 240 × 150 picture.
    for (const p of paths) {
      for (const [, x, y] of p.d.matchAll(/M(-?[\d.]+) (-?[\d.]+)/g)) {
        expect(Number(x)).toBeGreaterThanOrEqual(0);
        expect(Number(x)).toBeLessThanOrEqual(240);
        expect(Number(y)).toBeGreaterThanOrEqual(0);
        expect(Number(y)).toBeLessThanOrEqual(150);
      }
    }
  });

  it('stays small on a large board (it is stored at every save)', () => {
    const thumbnail = boardThumbnail(generateBoard('L'));
    expect(thumbnail.length).toBeLessThan(16_000);
    expect(parse(thumbnail)).toBeTruthy();
  });

  it('is a plain background for an empty board', () => {
    const svg = parse(boardThumbnail(emptyBoard()));
    expect(svg.path).toBeUndefined();
    expect(svg.rect).toBeTruthy();
  });
});
