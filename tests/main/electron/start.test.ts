/**
 * `npm start` on a machine without the Electron binary (like CI): one line saying so, then
 * the renderer served on 127.0.0.1 at a printed URL.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm start without Electron', () => {
  it('says so in one line and serves the app at the URL it prints', async () => {
    const child = spawn(process.execPath, ['scripts/start.mjs', '--lang=nl'], {
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent-electron-dist', ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
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
        child.on('exit', (code) => reject(new Error(`exited ${code}:\n${output}`)));
      });
      const lines = output.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^Electron binary not available here \(.+\): serving OrgCanvas as a browser app instead\.$/);
      expect(url).toMatch(/\?lang=nl$/);
      const html = await (await fetch(url)).text();
      expect(html).toContain('<title>OrgCanvas</title>');
      expect(html).toContain('http-equiv="Content-Security-Policy"');
    } finally {
      child.kill('SIGTERM');
    }
  }, 120_000);
});
