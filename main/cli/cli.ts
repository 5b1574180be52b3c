/** The command line: `orgcanvas <command> <file> [--options]`. Subcommands live in ./commands. */
import { createI18n, isLanguage, languageFromLocale } from '../../shared/i18n';
import { diff } from './commands/diff';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { lint } from './commands/lint';
import { validate } from './commands/validate';
import { clipMiddle } from '../files/clip';
import { EXIT, type CliIo, type Command } from './io';
import { forTerminal } from './terminal';

const COMMANDS: Record<string, Command> = { validate, export: exportCommand, lint, diff, import: importCommand };

export function splitArgs(argv: string[]): { args: string[]; options: Record<string, string | true> } {
  const args: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      args.push(arg);
      continue;
    }
    // Split at the first `=` only: `--map=name=Naam,id=Nr` keeps its whole value.
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    const next = argv[i + 1];
    if (inline !== undefined) options[name] = inline;
    else if (next !== undefined && !next.startsWith('--') && VALUED_OPTIONS.has(name)) options[name] = argv[++i];
    else options[name] = true;
  }
  return { args, options };
}

/** Options that take a value; every other `--x` is a switch. */
const VALUED_OPTIONS = new Set(['lang', 'format', 'scale', 'background', 'out', 'paper', 'orientation', 'map', 'delimiter', 'encoding', 'name', 'from', 'to']);

/**
 * Runs one command. Every line goes out through `forTerminal` (board text cannot drive the
 * terminal), and a failure nobody foresaw ends as one line and exit code 2, like every
 * other refusal, not as a stack trace.
 */
export async function main(argv: string[], rawIo: CliIo): Promise<number> {
  const io: CliIo = { ...rawIo, stdout: (line) => rawIo.stdout(forTerminal(line)), stderr: (line) => rawIo.stderr(forTerminal(line)) };
  const [name, ...rest] = argv;
  const { args, options } = splitArgs(rest);
  const language = isLanguage(options.lang) ? options.lang : languageFromLocale(io.env.LC_ALL ?? io.env.LANG);
  const i18n = createI18n(language);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    if (name) io.stderr(i18n.t('app.cli.unknownCommand', { command: clipMiddle(name) }));
    io.stderr(i18n.t('app.cli.usage'));
    for (const known of Object.keys(COMMANDS)) io.stderr(`  ${known}`);
    return EXIT.invalid;
  }
  try {
    return await command({ io, i18n, args, options });
  } catch (error) {
    io.stderr(i18n.t('app.cli.failed', { detail: clipMiddle(error instanceof Error ? error.message : String(error)) }));
    return EXIT.invalid;
  }
}
