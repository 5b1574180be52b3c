/**
 * Export measures in the page, through the export dialog's own code paths (the bench hook
 * hands them over): SVG of M (build the scene, write the text), and PNG at 2× (SVG → image
 * → canvas → PNG encoding, as "Save PNG" does).
 */
import type { Browser } from '@playwright/test';
import { openPage } from '../browser';
import { median } from '../stats';
import { RUNS } from './canvas';

export interface ExportFigures {
  svgMs: number;
  svgBytes: number;
  pngMs: number;
  pngBytes: number;
  pngSize: string;
}

interface ExportHook {
  __ORGCANVAS_BENCH__: {
    parse(value: unknown): unknown;
    exports: { load(): Promise<{ svg(board: unknown): string; png(board: unknown, scale: number): Promise<{ bytes: number; width: number; height: number }> }> };
  };
}

export async function measureExports(browser: Browser, url: string, boardJson: string): Promise<ExportFigures> {
  const opened = await openPage(browser, url, { hook: true });
  try {
    const runs = await opened.page.evaluate(
      async ({ json, runs }) => {
        const hook = (window as unknown as ExportHook).__ORGCANVAS_BENCH__;
        const board = hook.parse(JSON.parse(json));
        const exports = await hook.exports.load();
        const out: { svgMs: number; svgBytes: number; pngMs: number; pngBytes: number; pngSize: string }[] = [];
        for (let run = -1; run < runs; run++) {
          const t0 = performance.now();
          const svg = exports.svg(board);
          const t1 = performance.now();
          const png = await exports.png(board, 2);
          const t2 = performance.now();
          if (run >= 0) out.push({ svgMs: t1 - t0, svgBytes: new Blob([svg]).size, pngMs: t2 - t1, pngBytes: png.bytes, pngSize: `${png.width}×${png.height}` });
        }
        return out;
      },
      { json: boardJson, runs: RUNS },
    );
    return {
      svgMs: median(runs.map((r) => r.svgMs)),
      svgBytes: runs[0]!.svgBytes,
      pngMs: median(runs.map((r) => r.pngMs)),
      pngBytes: runs[0]!.pngBytes,
      pngSize: runs[0]!.pngSize,
    };
  } finally {
    await opened.close();
  }
}
