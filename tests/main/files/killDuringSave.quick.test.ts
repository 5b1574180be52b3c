// The quick variant of tests/fault/killDuringSave.test.ts for npm test (the full run: npm run test:fault).
import { describe, expect, it } from 'vitest';
import { runKillDuringSave } from '../../fault/killDuringSave';

describe('kill during file save (quick)', () => {
  it('12 random kills of a multi-MB save loop leave the old or the new version, never a torn file', async () => {
    const report = await runKillDuringSave(12);
    expect(report.empty + report.zeroFilled + report.torn + report.unparseable).toBe(0);
    expect(report.oldVersion + report.newVersion).toBe(12);
    expect(report.tempFilesSwept).toBe(report.tempFilesLeft);
  }, 60_000);
});
