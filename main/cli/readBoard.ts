/** Reads and parses a board file for a command, reporting every problem by its path. */
import * as fs from 'node:fs/promises';
import type { Board } from '../../shared/model/board';
import { findScenario, scenarioBoard, scenarioList, scenarioName } from '../../shared/model/scenarios';
import { formatList } from '../../shared/export/formats';
import { parseBoard } from '../../shared/model/parse';
import type { Problem } from '../../shared/model/problems';
import { formatProblem } from '../../shared/i18n/format';
import { clipMiddle, clipProblems } from '../files/clip';
import { FileError } from '../files/errors';
import { readRegularFile } from '../files/readRegularFile';
import type { CommandContext } from './io';

export async function readBoardFile(file: string | undefined, context: CommandContext): Promise<Board | undefined> {
  const { io, i18n } = context;
  if (!file) {
    io.stderr(i18n.t('app.cli.usage'));
    return undefined;
  }
  // Values from the file (a 5 MB `format`, a 5,000-character key) are cut to a readable length.
  const report = (problems: readonly Problem[]) => {
    for (const problem of clipProblems(problems)) io.stderr(`${file}: ${formatProblem(problem, i18n.t)}`);
  };
  let text: string;
  try {
    // A regular file only, read with the parser's byte limit: a FIFO or a device hung
    // `readFile`, or fed it a gigabyte (main/files/readRegularFile.ts).
    text = await readRegularFile(fs, file);
  } catch (error) {
    if (error instanceof FileError && error.code === 'notAFile') io.stderr(i18n.t('app.cli.notAFile', { file }));
    else if (error instanceof FileError && error.problems.length) report(error.problems);
    else io.stderr(i18n.t('app.cli.cannotRead', { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) }));
    return undefined;
  }
  const result = parseBoard(text);
  if (!result.ok) {
    report(result.problems);
    return undefined;
  }
  return result.value;
}

/**
 * One scenario of a board (shared/model/scenarios.ts) as a board of its own: the one `name`
 * names (its name as shown, any case, or its id), else the first. A name that matches none
 * is refused, listing the board's scenarios.
 */
export function pickScenario(board: Board, name: string | true | undefined, context: CommandContext): Board | undefined {
  const { io, i18n } = context;
  const wanted = typeof name === 'string' ? name : undefined;
  const found = findScenario(board, i18n.t, wanted);
  if (!found) {
    const known = scenarioList(board).map((entry) => `"${scenarioName(entry, i18n.t)}"`);
    io.stderr(i18n.t('scenarios.cli.unknown', { name: clipMiddle(String(name)), known: formatList(known, i18n.t) }));
    return undefined;
  }
  return scenarioBoard(board, found.id);
}

/** readBoardFile, then `--scenario`'s scenario of it (the first without one). */
export async function readScenarioFile(file: string | undefined, context: CommandContext): Promise<Board | undefined> {
  const board = await readBoardFile(file, context);
  return board && pickScenario(board, context.options.scenario, context);
}
