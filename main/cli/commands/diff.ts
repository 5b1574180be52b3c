/**
 * `orgcanvas diff <before> <after> [--json] [--lang nl|en]`: the change plan between two
 * boards (shared/changePlan): the change list, the RACI change list and the hint diff.
 * Text in the reader's language, with node and rule ids; `--json` prints one object,
 * `{changes, raci, hints}`, ids and types only (its contract, like `lint --json`). Exit 0
 * when both files are boards, whatever the differences; 2 when either is not (each
 * problem printed) or a file is missing.
 */
import { changePlan, changePlanJson } from '../../../shared/changePlan';
import { changePlanLines } from '../../../shared/changePlan/text';
import { EXIT, type Command } from '../io';
import { readBoardFile } from '../readBoard';

export const diff: Command = async (context) => {
  const { io, i18n, args, options } = context;
  if (args.length !== 2) {
    io.stderr(i18n.t('changePlan.cli.usage'));
    return EXIT.invalid;
  }
  // Both files are read before giving up, so one run names every problem in either.
  const before = await readBoardFile(args[0], context);
  const after = await readBoardFile(args[1], context);
  if (!before || !after) return EXIT.invalid;
  const plan = changePlan(before, after);
  if (options.json === true) io.stdout(JSON.stringify(changePlanJson(plan)));
  else for (const line of changePlanLines(plan, before, after, i18n.t, { ids: true })) io.stdout(line);
  return EXIT.ok;
};
