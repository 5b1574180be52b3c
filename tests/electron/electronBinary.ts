/**
 * Where the Electron binary is, or why there is none. `ELECTRON_PATH` wins (a packaged e2e
 * build, `npm run dist:e2e`); otherwise the `electron` package's binary, probed in a child
 * process because resolving it tries a download where it is missing (and fails offline).
 * The answer is cached in the environment so Playwright's workers do not probe again.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export type ElectronBinary = { path: string; reason?: undefined } | { path?: undefined; reason: string };

export function electronBinary(): ElectronBinary {
  const cached = process.env.ORGCANVAS_ELECTRON_PROBE;
  if (cached) return JSON.parse(cached) as ElectronBinary;
  const result = probe();
  process.env.ORGCANVAS_ELECTRON_PROBE = JSON.stringify(result);
  return result;
}

function probe(): ElectronBinary {
  const override = process.env.ELECTRON_PATH;
  if (override) return existsSync(override) ? { path: override } : { reason: `ELECTRON_PATH=${override} does not exist` };
  const run = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { encoding: 'utf8', timeout: 120_000 });
  if (run.status === 0 && run.stdout) return existsSync(run.stdout) ? { path: run.stdout } : { reason: `no binary at ${run.stdout}` };
  const why = `${run.stderr ?? ''}`.split('\n').find((line) => /failed|error/i.test(line))?.trim() ?? run.error?.message ?? 'unknown';
  return { reason: `require('electron') failed (${why.slice(0, 120)}); the binary cannot be downloaded here` };
}
