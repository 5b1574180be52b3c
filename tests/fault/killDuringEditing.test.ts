import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOSS_BOUND_MS, runKillDuringEditing } from './killDuringEditing';

const CYCLES = Number(process.env.ORGCANVAS_FAULT_EDIT_CYCLES ?? 100);
const DIST = join(import.meta.dirname, '../../dist/renderer');

describe('kill during editing (fault)', () => {
  it(`${CYCLES} random SIGKILLs of Chromium while editing lose no board and at most ${LOSS_BOUND_MS} ms of edits`, async (context) => {
    if (!existsSync(join(DIST, 'index.html')) || !existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
      console.warn('SKIPPED: kill during editing needs `npx vite build` and Chromium');
      context.skip();
    }
    const report = await runKillDuringEditing(CYCLES, DIST);
    console.log('kill during editing:', JSON.stringify(report));
    expect(report.boardsLost).toBe(0);
    expect(report.unreadable).toBe(0);
    expect(report.halfApplied).toBe(0);
    expect(report.overBound).toBe(0);
    // The loop really edited and the edits really reached the disk between kills.
    expect(report.editsStored).toBeGreaterThan(CYCLES);
  });
});
