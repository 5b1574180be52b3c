/**
 * `npm start` on a machine without the Electron binary (like CI): one line saying so, then
 * the renderer served on 127.0.0.1 at a printed URL.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('npm start without Electron', () => {
  it('says so in one line and serves the app at the URL it prints', async () => {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'orgcanvas-start-'));
    const child = spawn(process.execPath, ['scripts/start.mjs', '--lang=nl'], {
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent-electron-dist', ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ORGCANVAS_WEB_OUT_DIR: outDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      let errors = '';
      child.stderr.on('data', (chunk) => (errors += chunk));
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL within 90 s:\n${output}`)), 90_000);
        child.stdout.on('data', (chunk) => {
          output += chunk;
          const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}:\n${output}\n${errors}`)));
      });
      const lines = output.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^Electron binary not available here \(.+\): serving OrgCanvas as a browser app instead\.$/);
      expect(url).toMatch(/\?lang=nl$/);
      const html = await (await fetch(url)).text();
      expect(html).toContain('<title>OrgCanvas</title>');
      expect(html).toContain('http-equiv="Content-Security-Policy"');
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        const closed = new Promise((resolve) => child.once('close', resolve));
        child.kill('SIGTERM');
        await closed;
      }
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 120_000);
});
