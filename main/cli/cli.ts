/** The command line: `orgcanvas <command> <file> [--options]`. Subcommands live in ./commands. */
import { createI18n, isLanguage, languageFromLocale } from '../../shared/i18n';
import { exportCommand } from './commands/export';
import { lint } from './commands/lint';
import { validate } from './commands/validate';
import { EXIT, type CliIo, type Command } from './io';

const COMMANDS: Record<string, Command> = { validate, export: exportCommand, lint };

export function splitArgs(argv: string[]): { args: string[]; options: Record<string, string | true> } {
  const args: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      args.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2);
    const next = argv[i + 1];
    if (inline !== undefined) options[name] = inline;
    else if (next !== undefined && !next.startsWith('--') && VALUED_OPTIONS.has(name)) options[name] = argv[++i];
    else options[name] = true;
  }
  return { args, options };
}

/** Options that take a value; every other `--x` is a switch. */
const VALUED_OPTIONS = new Set(['lang', 'format', 'scale', 'background', 'out']);

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const { args, options } = splitArgs(rest);
  const language = isLanguage(options.lang) ? options.lang : languageFromLocale(io.env.LC_ALL ?? io.env.LANG);
  const i18n = createI18n(language);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    if (name) io.stderr(i18n.t('app.cli.unknownCommand', { command: name }));
    io.stderr(`${i18n.t('app.cli.usage')}\n  ${Object.keys(COMMANDS).join('\n  ')}`);
    return EXIT.invalid;
  }
  return command({ io, i18n, args, options });
}
