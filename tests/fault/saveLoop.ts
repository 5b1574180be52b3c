/**
 * Child process for the kill-during-save test: saves two versions of a board over one file,
 * alternately, until it is killed. Bundled by esbuild and run with plain `node`, so a cycle
 * costs milliseconds of start-up, not tsx's.
 *
 *   node saveLoop.mjs <atomic|inplace> <target> <versionA> <versionB>
 *
 * `inplace` is the naive fs.writeFile over the target (draw.io's old way); the test runs it
 * too, to prove that the harness does catch torn files.
 */
import * as fs from 'node:fs/promises';
import { atomicWrite } from '../../main/files/atomicWrite';

const [mode, target, pathA, pathB] = process.argv.slice(2);
const versions = [await fs.readFile(pathA, 'utf8'), await fs.readFile(pathB, 'utf8')];
process.send?.('ready');
for (let i = 0; ; i++) {
  const text = versions[i % 2];
  if (mode === 'atomic') await atomicWrite(fs, target, text);
  else await fs.writeFile(target, text);
}
