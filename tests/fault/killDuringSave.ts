/**
 * Kill during file save: a child saves a multi-MB board in a loop and is SIGKILLed at a
 * random moment, `cycles` times. After each kill the file must be byte-identical to one of
 * the two versions: never empty, torn, or zero-filled.
 */
import { fork } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { sweepTemps } from '../../main/files/atomicWrite';
import { parseBoard } from '../../shared/model/parse';
import { serializeBoard } from '../../shared/model/serialize';
import { bigBoard, TASK_NOTE } from './bigBoard';

export interface KillReport {
  cycles: number;
  bytes: number;
  oldVersion: number;
  newVersion: number;
  empty: number;
  zeroFilled: number;
  torn: number;
  unparseable: number;
  tempFilesLeft: number;
  tempFilesSwept: number;
  ms: number;
}

export async function runKillDuringSave(cycles: number, mode: 'atomic' | 'inplace' = 'atomic', maxDelayMs = 250): Promise<KillReport> {
  const started = Date.now();
  const dir = await mkdtemp(join(tmpdir(), 'orgcanvas-kill-save-'));
  try {
    const script = join(dir, 'saveLoop.mjs');
    await build({
      entryPoints: [join(import.meta.dirname, 'saveLoop.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: script,
      logLevel: 'silent',
    });
    // ~2.5 MB each; B differs from A everywhere (name and every y), so a mix is detectable.
    const a = serializeBoard(bigBoard(260, 'version A', 0, TASK_NOTE));
    const b = serializeBoard(bigBoard(260, 'version B', 7, TASK_NOTE));
    const pathA = join(dir, 'a.json');
    const pathB = join(dir, 'b.json');
    await writeFile(pathA, a);
    await writeFile(pathB, b);
    const target = join(dir, 'board.orgcanvas');
    await writeFile(target, a);

    const report: KillReport = { cycles, bytes: Buffer.byteLength(a), oldVersion: 0, newVersion: 0, empty: 0, zeroFilled: 0, torn: 0, unparseable: 0, tempFilesLeft: 0, tempFilesSwept: 0, ms: 0 };
    for (let i = 0; i < cycles; i++) {
      const before = await readFile(target, 'utf8');
      const child = fork(script, [mode, target, pathA, pathB], { stdio: 'ignore', serialization: 'json' });
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      await new Promise<void>((resolve, reject) => {
        child.once('message', () => resolve());
        child.once('error', reject);
        child.once('exit', () => reject(new Error('save loop exited before it was killed')));
      });
      await new Promise((r) => setTimeout(r, Math.random() * maxDelayMs));
      child.kill('SIGKILL');
      await exited;

      const after = await readFile(target);
      const text = after.toString('utf8');
      if (after.length === 0) report.empty++;
      else if (after.includes(0)) report.zeroFilled++;
      else if (text === before) report.oldVersion++;
      else if (text === a || text === b) report.newVersion++;
      else report.torn++;
      if (after.length && !parseBoard(text).ok) report.unparseable++;
      if (text !== a && text !== b) await writeFile(target, a); // start the next cycle clean

      const temps = (await readdir(dir)).filter((n) => n.endsWith('-tmp'));
      report.tempFilesLeft += temps.length;
      report.tempFilesSwept += await sweepTemps(fs, target, Date.now() + 60_000);
    }
    report.ms = Date.now() - started;
    return report;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
