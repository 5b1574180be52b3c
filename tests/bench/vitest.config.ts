// The benchmark's smoke test (fixtures deterministic and valid), part of `npm test`; the
// timed bench is `npm run bench`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/bench/smoke/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // scripts/test.mjs reads the totals from this report.
    reporters: process.env.OC_REPORT_FILE ? ['default', 'json'] : ['default'],
    outputFile: process.env.OC_REPORT_FILE ? { json: process.env.OC_REPORT_FILE } : undefined,
  },
});
