#!/usr/bin/env node
// `npm run test:security`: Electronegativity over the code that shapes the desktop app's
// security (main/, the preload, the renderer and its index.html). Fails on any finding of
// medium or high severity that main/electron/security/electronegativity-allowlist.json does
// not list with a reason, on a stale allowlist entry, and on a file it could not parse.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ALLOWLIST = path.join(root, 'main/electron/security/electronegativity-allowlist.json');
const SCANNED = ['main', 'renderer', 'shared/ipc'];
// This check asks GitHub for Electron's release list: no network here. The Electron version
// is pinned in package.json and raised deliberately instead.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const BLOCKING = new Set(['MEDIUM', 'HIGH']);

/** Splits findings into blocking ones, allowed ones and stale allowlist entries. */
export function judge(issues, entries) {
  const problems = [];
  for (const [i, entry] of entries.entries()) {
    if (!entry.check || !entry.file || !entry.sample) problems.push(`allowlist entry ${i}: needs check, file and sample`);
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < 30) problems.push(`allowlist entry ${i} (${entry.check}): needs a reason`);
  }
  const used = new Set();
  const blocking = [];
  const allowed = [];
  const minor = [];
  for (const issue of issues) {
    const severity = issue.severity?.name ?? String(issue.severity);
    if (!BLOCKING.has(severity)) {
      minor.push(issue);
      continue;
    }
    const index = entries.findIndex((e) => e.check === issue.id && e.file === issue.file && String(issue.sample ?? '').includes(e.sample));
    if (index >= 0) {
      used.add(index);
      allowed.push(issue);
    } else {
      blocking.push(issue);
    }
  }
  entries.forEach((entry, i) => {
    if (!used.has(i)) problems.push(`allowlist entry ${i} (${entry.check} in ${entry.file}) matches no finding: remove it`);
  });
  return { blocking, allowed, minor, problems };
}

function describe(issue) {
  const severity = issue.severity?.name ?? issue.severity;
  const confidence = issue.confidence?.name ?? issue.confidence;
  return `${issue.id} ${severity}/${confidence} ${issue.file}:${issue.location?.line ?? '?'}  ${String(issue.sample ?? '').trim().slice(0, 120)}`;
}

async function main() {
  const require = createRequire(import.meta.url);
  const run = require('@doyensec/electronegativity');
  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  const stage = await mkdtemp(path.join(os.tmpdir(), 'orgcanvas-electronegativity-'));
  try {
    // A copy of exactly what is scanned, plus the Electron version it runs on.
    for (const dir of SCANNED) await cp(path.join(root, dir), path.join(stage, dir), { recursive: true });
    await writeFile(path.join(stage, 'package.json'), JSON.stringify({ name: pkg.name, devDependencies: { electron: pkg.devDependencies.electron } }));
    const result = await run({ input: stage, isRelative: true, excludeFromScan: EXCLUDED_CHECKS }, false);
    const { entries } = JSON.parse(await readFile(ALLOWLIST, 'utf8'));
    const verdict = judge(result.issues, entries);
    for (const error of result.errors) verdict.problems.push(`could not parse ${error.file}: ${error.message}`);

    for (const issue of verdict.minor) console.log(`  low/info  ${describe(issue)}`);
    for (const issue of verdict.allowed) console.log(`  allowed   ${describe(issue)}`);
    for (const issue of verdict.blocking) console.log(`  BLOCKING  ${describe(issue)}`);
    for (const problem of verdict.problems) console.log(`  PROBLEM   ${problem}`);
    const ok = verdict.blocking.length === 0 && verdict.problems.length === 0;
    console.log(
      `electronegativity: ${result.atomicChecks + result.globalChecks} checks over ${SCANNED.join(', ')}; ` +
        `${verdict.blocking.length} medium/high findings outside the allowlist, ${verdict.allowed.length} allowlisted, ` +
        `${verdict.minor.length} low/informational${ok ? '' : ' — FAILED'}`,
    );
    process.exitCode = ok ? 0 : 1;
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
