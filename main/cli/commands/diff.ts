/**
 * `orgcanvas diff <before> <after> [--json] [--lang nl|en]`, or `orgcanvas diff <board>
 * --from NAME --to NAME` for two scenarios of one board: the change plan between two
 * designs (shared/changePlan): the change list, the RACI change list and the hint diff.
 * Two files are compared by their first scenarios.
 * Text in the reader's language, with node and rule ids; `--json` prints one object,
 * `{changes, raci, hints}`, ids and types only (its contract, like `lint --json`). Exit 0
 * when both files are boards, whatever the differences; 2 when either is not (each
 * problem printed) or a file is missing.
 */
import { changePlan, changePlanJson } from '../../../shared/changePlan';
import { changePlanLines } from '../../../shared/changePlan/text';
import type { Board } from '../../../shared/model/board';
import { EXIT, type Command } from '../io';
import { pickScenario, readBoardFile } from '../readBoard';

export const diff: Command = async (context) => {
  const { io, i18n, args, options } = context;
  const scenarios = options.from !== undefined || options.to !== undefined;
  if (scenarios ? args.length !== 1 || typeof options.from !== 'string' || typeof options.to !== 'string' : args.length !== 2) {
    io.stderr(i18n.t('changePlan.cli.usage'));
    return EXIT.invalid;
  }
  let before: Board | undefined;
  let after: Board | undefined;
  if (scenarios) {
    const board = await readBoardFile(args[0], context);
    if (!board) return EXIT.invalid;
    before = pickScenario(board, options.from, context);
    after = pickScenario(board, options.to, context);
  } else {
    // Both files are read before giving up, so one run names every problem in either.
    const first = await readBoardFile(args[0], context);
    const second = await readBoardFile(args[1], context);
    before = first && pickScenario(first, undefined, context);
    after = second && pickScenario(second, undefined, context);
  }
  if (!before || !after) return EXIT.invalid;
  const plan = changePlan(before, after);
  if (options.json === true) io.stdout(JSON.stringify(changePlanJson(plan)));
  else for (const line of changePlanLines(plan, before, after, i18n.t, { ids: true })) io.stdout(line);
  return EXIT.ok;
};
