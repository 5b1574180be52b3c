#!/usr/bin/env node
// `npm start`: the desktop app where Electron can run; otherwise, in ONE line, why not, and
// the same renderer served as a browser app on 127.0.0.1.
// `npm run web` (= --web): the browser app directly.
// Arguments after `--` reach the app: `npm start -- --lang=nl`, `npm start -- board.orgcanvas`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const web = args.includes('--web');
const appArgs = args.filter((arg) => arg !== '--web');
const lang = appArgs.map((arg) => /^--lang=(en|nl)$/i.exec(arg)?.[1]?.toLowerCase()).find(Boolean);

/**
 * The Electron binary's path, or why there is none. `require('electron')` resolves the path
 * and, where the binary was never downloaded, tries to download it (and fails offline).
 * It runs in a child so a hanging download cannot hang us forever.
 */
function electronBinary() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (probe.status === 0 && probe.stdout) {
    return existsSync(probe.stdout) ? { path: probe.stdout } : { reason: `no binary at ${probe.stdout}` };
  }
  const reason = `${probe.stderr ?? ''}`.split('\n').find((line) => /failed|error|ENOTFOUND|EAI_AGAIN/i.test(line)) ?? (probe.error?.message || 'no binary');
  return { reason: reason.trim().slice(0, 160) };
}

// Where the browser build goes; tests point it at a temp folder so they never empty the
// dist/renderer another run may be serving.
const webOutDir = process.env.ORGCANVAS_WEB_OUT_DIR ? path.resolve(process.env.ORGCANVAS_WEB_OUT_DIR) : undefined;

async function buildRenderer(vite, outDir) {
  await vite.build({
    root: path.join(root, 'renderer'),
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'error',
    ...(outDir ? { build: { outDir, emptyOutDir: true } } : {}),
  });
}

async function serveWeb() {
  const vite = await import('vite');
  await buildRenderer(vite, webOutDir);
  const server = await vite.preview({
    root: path.join(root, 'renderer'),
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'error',
    ...(webOutDir ? { build: { outDir: webOutDir } } : {}),
    preview: { host: '127.0.0.1', open: false },
  });
  const base = server.resolvedUrls?.local?.[0] ?? `http://127.0.0.1:${server.httpServer.address().port}/`;
  console.log(`OrgCanvas is running at ${base}${lang ? `?lang=${lang}` : ''}  (Ctrl+C stops it)`);
  const stop = () => server.close().finally(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function runDesktop(binary) {
  const vite = await import('vite');
  await buildRenderer(vite);
  await import(pathToFileURL(path.join(root, 'scripts/build-main.mjs')).href);
  const child = spawn(binary, [root, ...appArgs], { stdio: 'inherit', cwd: root });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

if (web) {
  await serveWeb();
} else {
  const electron = electronBinary();
  if (electron.path) {
    await runDesktop(electron.path);
  } else {
    console.log(`Electron binary not available here (${electron.reason}): serving OrgCanvas as a browser app instead.`);
    await serveWeb();
  }
}
