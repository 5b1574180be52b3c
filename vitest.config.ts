import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/{shared,main,renderer}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // scripts/test.mjs asks for a JSON report to count results for CI.
    reporters: process.env.OC_REPORT_FILE ? ['default', 'json'] : ['default'],
    outputFile: process.env.OC_REPORT_FILE ? { json: process.env.OC_REPORT_FILE } : undefined,
  },
});
