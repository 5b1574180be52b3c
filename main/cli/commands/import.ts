/**
 * `orgcanvas import org.csv|org.xlsx|org.txt --out board.orgcanvas [--lang nl] [--map …]
 * [--delimiter ";"] [--encoding windows-1252] [--name "…"]`: a client's org chart from an HR
 * export or a draw.io CSV to a board, through the same kernel the app's import dialog uses
 * (shared/orgImport). Exit 0 with one summary line; exit 2 with each problem and its row.
 * The board is written (atomically, main/files) only when there is no problem at all: a
 * refused import never creates or replaces the out file.
 */
import * as fs from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { boardFileText } from '../../../shared/model/save';
import { IMPORT_LIMITS } from '../../../shared/model/limits';
import { formatProblem } from '../../../shared/i18n/format';
import {
  formatImportProblem,
  importProblem,
  importTable,
  parseMappingOption,
  readCsv,
  type ImportEncoding,
  type ImportProblem,
  type ImportResult,
  type ImportTable,
} from '../../../shared/orgImport';
import { atomicWrite } from '../../files/atomicWrite';
import { clipMiddle } from '../../files/clip';
import { FileError } from '../../files/errors';
import { readRegularBytes } from '../../files/readRegularFile';
import { readXlsx } from '../../files/readXlsx';
import { EXIT, type Command, type CommandContext } from '../io';

/** What `--delimiter` may say, beside one character. */
const DELIMITER_NAMES: Record<string, string> = { tab: '\t', '\\t': '\t', comma: ',', semicolon: ';', puntkomma: ';', pipe: '|' };
/** What `--encoding` may say; Excel's own names for windows-1252 included. */
const ENCODING_NAMES: Record<string, ImportEncoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  ansi: 'windows-1252',
};

class Refusal extends Error {}

function option(context: CommandContext, name: string): string | undefined {
  const value = context.options[name];
  return typeof value === 'string' ? value : undefined;
}

async function readTable(file: string, context: CommandContext): Promise<ImportResult<ImportTable>> {
  const { t } = context.i18n;
  const extension = extname(file).toLowerCase();
  if (extension === '.xls') throw new Refusal(t('orgImport.cli.xls', { file }));
  const delimiterText = option(context, 'delimiter');
  const delimiter = delimiterText === undefined ? undefined : (DELIMITER_NAMES[delimiterText.toLowerCase()] ?? delimiterText);
  if (delimiter !== undefined && [...delimiter].length !== 1) throw new Refusal(t('orgImport.cli.badDelimiter', { delimiter: clipMiddle(delimiterText ?? '') }));
  const encodingText = option(context, 'encoding');
  const encoding = encodingText === undefined ? undefined : ENCODING_NAMES[encodingText.toLowerCase()];
  if (encodingText !== undefined && !encoding) throw new Refusal(t('orgImport.cli.badEncoding', { encoding: clipMiddle(encodingText) }));

  class TooLarge extends Error {
    constructor(readonly size: number) {
      super('tooLarge');
    }
  }
  let bytes: Buffer;
  try {
    // Refused from its size on disk before a byte is read; never more than the limit is read.
    bytes = await readRegularBytes(fs, file, IMPORT_LIMITS.maxBytes, (size) => new TooLarge(size));
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, problems: [importProblem('tooLarge', { size: error.size, limit: IMPORT_LIMITS.maxBytes })] };
    if (error instanceof FileError && error.code === 'notAFile') throw new Refusal(t('app.cli.notAFile', { file }));
    throw new Refusal(t('app.cli.cannotRead', { file, detail: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  return extension === '.xlsx' ? readXlsx(bytes) : readCsv(bytes, { delimiter, encoding });
}

export const importCommand: Command = async (context) => {
  const { io, i18n, args } = context;
  const t = i18n.t;
  const file = args[0];
  const out = option(context, 'out');
  if (!file || !out) {
    io.stderr(t('orgImport.cli.usage'));
    return EXIT.invalid;
  }
  // `--out org.csv` would replace the client's export with a board.
  if (resolve(out) === resolve(file)) {
    io.stderr(t('orgImport.cli.sameFile', { file }));
    return EXIT.invalid;
  }
  const report = (problems: readonly ImportProblem[]) => {
    for (const problem of problems) io.stderr(`${file}: ${formatImportProblem(problem, t)}`);
    io.stderr(t('orgImport.cli.notWritten', { file: out }));
    return EXIT.invalid;
  };
  try {
    const mapText = option(context, 'map');
    const mapping = mapText === undefined ? { ok: true as const, value: {} } : parseMappingOption(mapText);
    if (!mapping.ok) return report(mapping.problems);
    const table = await readTable(file, context);
    if (!table.ok) return report(table.problems);
    const name = option(context, 'name') ?? basename(file, extname(file));
    const imported = importTable(table.value, { mapping: mapping.value, name, noDepartment: t('orgImport.board.noDepartment') });
    if (!imported.ok) return report(imported.problems);
    const text = boardFileText(imported.value.board);
    if (!text.ok) {
      for (const problem of text.problems) io.stderr(`${out}: ${formatProblem(problem, t)}`);
      return EXIT.invalid;
    }
    try {
      await atomicWrite(fs, out, text.text);
    } catch (error) {
      io.stderr(t('orgImport.cli.cannotWrite', { file: out, detail: error instanceof FileError ? error.code : String(error) }));
      return EXIT.invalid;
    }
    const { departments, roles, reportingLines } = imported.value.summary;
    io.stdout(
      t('orgImport.cli.ok', {
        departments: t('orgImport.cli.departments', { count: departments }),
        roles: t('orgImport.cli.roles', { count: roles }),
        lines: t('orgImport.cli.lines', { count: reportingLines }),
      }),
    );
    return EXIT.ok;
  } catch (error) {
    if (error instanceof Refusal) {
      io.stderr(error.message);
      return EXIT.invalid;
    }
    throw error;
  }
};
