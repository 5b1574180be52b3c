#!/usr/bin/env node
// Bundles the Electron main process and the preload into dist/main/ with esbuild.
// The preload runs sandboxed: Electron lets it require only 'electron' and a few
// polyfilled modules, so it must be ONE CommonJS file with everything else inlined.
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
};

/** The contract's `{ name: { kind } }`, read from the real contract (no hand-kept copy). */
async function channelKinds() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'orgcanvas-contract-'));
  try {
    const outfile = path.join(dir, 'contract.mjs');
    await build({ ...common, format: 'esm', sourcemap: false, entryPoints: [path.join(root, 'shared/ipc/contract.ts')], outfile });
    const { contract } = await import(pathToFileURL(outfile).href);
    return Object.fromEntries(Object.entries(contract).map(([name, spec]) => [name, { kind: spec.kind }]));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const channels = await channelKinds();

await Promise.all([
  build({ ...common, entryPoints: [path.join(root, 'main/electron/main.ts')], outfile: path.join(root, 'dist/main/main.cjs') }),
  build({
    ...common,
    entryPoints: [path.join(root, 'main/preload/preload.ts')],
    outfile: path.join(root, 'dist/main/preload.cjs'),
    define: { __ORGCANVAS_CHANNELS__: JSON.stringify(channels) },
  }),
]);
console.log(`built dist/main/main.cjs and dist/main/preload.cjs (${Object.keys(channels).length} IPC channels)`);
