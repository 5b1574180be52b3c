#!/usr/bin/env node
// `npm test`: every check the project has, in order, continuing past a failure so one run
// shows everything that is wrong. Test runners write JSON reports into a scratch folder and
// the totals are summed into the one line CI reads: `N passed, N failed, N skipped`.
// Steps whose npm script does not exist yet are left out, and say so.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const reportDir = mkdtempSync(join(tmpdir(), 'orgcanvas-test-'));

/** kind: 'check' counts as one test; 'vitest' / 'playwright' read their JSON report. */
const STEPS = [
  { name: 'lint', script: 'lint', kind: 'check' },
  { name: 'typecheck', script: 'typecheck', kind: 'check' },
  { name: 'unit', script: 'test:unit', kind: 'vitest' },
  { name: 'bench-smoke', script: 'bench:smoke', kind: 'vitest' },
  { name: 'build', script: 'build:web', kind: 'check' },
  { name: 'e2e', script: 'test:e2e', kind: 'playwright' },
  { name: 'security', script: 'test:security', kind: 'check' },
  { name: 'electron', script: 'test:electron', kind: 'playwright' },
  { name: 'fault', script: 'test:fault:quick', kind: 'vitest' },
];

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

for (const step of STEPS) {
  if (!pkg.scripts?.[step.script]) {
    lines.push(`  ${step.name}: no "${step.script}" script in package.json, not run`);
    continue;
  }
  const report = join(reportDir, `${step.name}.json`);
  console.log(`\n=== ${step.name} (npm run ${step.script}) ===`);
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', step.script], {
    stdio: 'inherit',
    env: { ...process.env, OC_REPORT_FILE: report, PLAYWRIGHT_JSON_OUTPUT_FILE: report },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counted = count(step, report, result.status === 0);
  totals.passed += counted.passed;
  totals.failed += counted.failed;
  totals.skipped += counted.skipped;
  const verdict = result.status === 0 ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`;
  lines.push(`  ${step.name}: ${verdict}, ${counted.passed} passed, ${counted.failed} failed, ${counted.skipped} skipped, ${seconds} s`);
}

rmSync(reportDir, { recursive: true, force: true });
console.log(`\n=== summary ===\n${lines.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed > 0 ? 1 : 0;

function count(step, report, succeeded) {
  const fallback = succeeded ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
  if (step.kind === 'check' || !existsSync(report)) return fallback;
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    if (step.kind === 'vitest') {
      const failed = json.numFailedTests + (succeeded || json.numFailedTests ? 0 : 1);
      return { passed: json.numPassedTests, failed, skipped: json.numPendingTests + json.numTodoTests };
    }
    const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = json.stats ?? {};
    // A runner that failed without a failing test (a crashed web server) still failed.
    return { passed: expected + flaky, failed: unexpected + (succeeded || unexpected ? 0 : 1), skipped };
  } catch {
    return fallback;
  }
}
