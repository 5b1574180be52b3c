/**
 * The Electron end-to-end suite (Playwright `_electron.launch`). It runs wherever an
 * Electron binary exists — after `npm ci` on a machine with network, or with
 * ELECTRON_PATH pointing at an e2e build (`npm run dist:e2e`, see build/README.md) — and
 * reports every test as skipped, by name and with the reason, where none does.
 */
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electronBinary';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const binary = electronBinary();
if (!binary.path && !process.env.ORGCANVAS_ELECTRON_WARNED) {
  process.env.ORGCANVAS_ELECTRON_WARNED = '1';
  console.warn(`\n*** Electron end-to-end suite SKIPPED: ${binary.reason} ***\n`);
}

export default defineConfig({
  testDir: '.',
  outputDir: `${repoRoot}/test-results/electron`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // npm test (scripts/test.mjs) reads the JSON report to count passed, failed and skipped.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ? [['list'], ['json']] : [['list']],
});
