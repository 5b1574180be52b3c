/** What a command needs from the outside world, passed in so commands are testable. */
import type { i18n } from 'i18next';

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  env: Record<string, string | undefined>;
}

export interface CommandContext {
  io: CliIo;
  i18n: i18n;
  args: string[];
  /** Options after the positional arguments: `--json` → true, `--scale 2` → '2'. */
  options: Record<string, string | true>;
}

/** Exit codes shared by every subcommand. */
export const EXIT = { ok: 0, findings: 1, invalid: 2 } as const;

export type Command = (context: CommandContext) => Promise<number>;
