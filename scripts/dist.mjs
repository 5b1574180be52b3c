#!/usr/bin/env node
// `npm run dist`: build the app and its installers for this platform (electron-builder.yml).
// `npm run dist:e2e` (--e2e): an unpacked build for the Electron end-to-end suite; it
// differs from the release in one fuse only (build/fuses.cjs), and is never shipped.
// Both need the network (Electron and packaging tools are downloaded).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const e2e = process.argv.includes('--e2e');

execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
execFileSync(process.execPath, [path.join(root, 'scripts/build-main.mjs')], { cwd: root, stdio: 'inherit' });

if (e2e) process.env.ORGCANVAS_FUSES = 'e2e';
const { build } = await import('electron-builder');
await build({ projectDir: root, publish: 'never', ...(e2e ? { dir: true } : {}) });
