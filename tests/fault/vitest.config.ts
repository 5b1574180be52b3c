// Long fault runs (npm run test:fault); quick variants of them run in tests/main with npm test.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/fault/**/*.test.ts'],
    environment: 'node',
    testTimeout: 15 * 60_000,
    fileParallelism: false,
    // scripts/test.mjs reads the totals from this report.
    reporters: process.env.OC_REPORT_FILE ? ['default', 'json'] : ['default'],
    outputFile: process.env.OC_REPORT_FILE ? { json: process.env.OC_REPORT_FILE } : undefined,
  },
});
