#!/usr/bin/env node
// `npm run test:property`: the unit suite's property tests on random seeds, for a wider
// search than CI's fixed seed (tests/support/propertySeed.ts). Each round prints its seed
// first; a failure replays with ORGCANVAS_PROPERTY_SEED=<seed> and the path fast-check
// prints. Rounds: ORGCANVAS_PROPERTY_ROUNDS (default 10).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const rounds = Number(process.env.ORGCANVAS_PROPERTY_ROUNDS ?? 10);

/** The unit test files that use fast-check. */
function propertyFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return propertyFiles(path);
    return /\.test\.tsx?$/.test(entry.name) && readFileSync(path, 'utf8').includes('fc.assert') ? [relative(root, path)] : [];
  });
}

const files = ['shared', 'main', 'renderer'].flatMap((layer) => propertyFiles(join(root, 'tests', layer)));
let failed = 0;
for (let round = 1; round <= rounds; round++) {
  const seed = Math.floor(Math.random() * 2 ** 31);
  console.log(`\n=== property round ${round}/${rounds}: ORGCANVAS_PROPERTY_SEED=${seed} ===`);
  const result = spawnSync('npx', ['vitest', 'run', ...files], { cwd: root, stdio: 'inherit', env: { ...process.env, ORGCANVAS_PROPERTY_SEED: String(seed) } });
  if (result.status !== 0) {
    failed++;
    console.log(`round ${round} FAILED with ORGCANVAS_PROPERTY_SEED=${seed}`);
  }
}
console.log(`\n${rounds - failed} of ${rounds} property rounds passed`);
process.exitCode = failed ? 1 : 0;
