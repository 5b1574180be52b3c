/** Reads and parses a board file for a command, reporting every problem by its path. */
import { readFile } from 'node:fs/promises';
import type { Board } from '../../shared/model/board';
import { parseBoard } from '../../shared/model/parse';
import { formatProblem } from '../../shared/i18n/format';
import type { CommandContext } from './io';

export async function readBoardFile(file: string | undefined, context: CommandContext): Promise<Board | undefined> {
  const { io, i18n } = context;
  if (!file) {
    io.stderr(i18n.t('app.cli.usage'));
    return undefined;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.stderr(i18n.t('app.cli.cannotRead', { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) }));
    return undefined;
  }
  const result = parseBoard(text);
  if (!result.ok) {
    for (const problem of result.problems) io.stderr(`${file}: ${formatProblem(problem, i18n.t)}`);
    return undefined;
  }
  return result.value;
}
