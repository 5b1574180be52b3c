/** Starts the desktop app for a test, with a throwaway profile and shell.openExternal recorded. */
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electronBinary';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const binary = electronBinary();
export const skipReason = `Electron binary not available: ${binary.reason}`;

/** `userData` reuses a profile (a relaunch after a crash); `extraArgs` are files to open. */
export async function launchApp(
  lang: 'en' | 'nl' = 'en',
  options: { userData?: string; extraArgs?: string[] } = {},
): Promise<{ app: ElectronApplication; page: Page; userData: string }> {
  for (const built of ['dist/main/main.cjs', 'dist/main/preload.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(path.join(repoRoot, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
  }
  const userData = options.userData ?? mkdtempSync(path.join(os.tmpdir(), 'orgcanvas-electron-profile-'));
  const app = await _electron.launch({
    executablePath: binary.path,
    // A packaged e2e build carries its app inside; the development binary is given the repo.
    args: [...(process.env.ELECTRON_PATH ? [] : [repoRoot]), `--lang=${lang}`, `--user-data-dir=${userData}`, ...(options.extraArgs ?? [])],
    cwd: repoRoot,
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  // Record what shell.openExternal is asked, instead of opening a browser on the test machine.
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as unknown as { __opened: string[] }).__opened = opened;
    shell.openExternal = async (url: string) => {
      opened.push(url);
    };
  });
  return { app, page, userData };
}
