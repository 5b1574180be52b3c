import { describe, expect, it } from 'vitest';
import { runKillDuringSave } from './killDuringSave';

const CYCLES = Number(process.env.ORGCANVAS_FAULT_SAVE_CYCLES ?? 250);
const CONTROL_CYCLES = Number(process.env.ORGCANVAS_FAULT_CONTROL_CYCLES ?? 40);

describe('kill during file save (fault)', () => {
  it(`the file is always the old or the new version across ${CYCLES} kills`, async () => {
    const report = await runKillDuringSave(CYCLES);
    console.log('kill during save (atomic):', JSON.stringify(report));
    expect(report.empty + report.zeroFilled + report.torn + report.unparseable).toBe(0);
    expect(report.oldVersion + report.newVersion).toBe(CYCLES);
    // The loop saves without pause, so every kill lands in a save; both outcomes must occur
    // (killed before the rename, and after it), or the kills were not random enough to count.
    expect(report.oldVersion).toBeGreaterThan(0);
    expect(report.newVersion).toBeGreaterThan(0);
    // Killed saves leave temp files; the sweep removes every one of them.
    expect(report.tempFilesSwept).toBe(report.tempFilesLeft);
  });

  it('the same harness catches torn files from a naive in-place write (the test can fail)', async () => {
    const report = await runKillDuringSave(CONTROL_CYCLES, 'inplace');
    console.log('kill during save (in-place control):', JSON.stringify(report));
    expect(report.empty + report.torn + report.zeroFilled).toBeGreaterThan(0);
  });
});
