/** The CLI run in-process as the tests call it: its exit code and the lines it wrote, in English unless `lang` says otherwise. */
import { main } from '../../main/cli/cli';

export async function runCli(argv: string[], lang = 'en_GB.UTF-8'): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l), env: { LANG: lang } });
  return { code, out, err };
}
