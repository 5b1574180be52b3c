/**
 * `orgcanvas lint <file> [--json] [--lang nl|en] [--all]`: the canvas's rule set on a file.
 * Text: one line per hint, `severity rule-id: message (node ids)`, the severity in the reader's
 * language ("waarschuwing" with `--lang nl`). JSON on stdout, severities as ids:
 * `{"hints":[{"rule","severity","nodes","message"}]}`. Exit 0 without an error-severity hint,
 * 1 with one, 2 when the file is invalid. Hints the board has dismissed are left out (as on
 * the canvas) unless `--all` is given.
 */
import { partitionHints } from '../../../shared/rules/dismissals';
import { evaluateBoard } from '../../../shared/rules/engine';
import { hintMessage } from '../../../shared/rules/format';
import { EXIT, type Command } from '../io';
import { readScenarioFile } from '../readBoard';

export const lint: Command = async (context) => {
  const { io, i18n, options } = context;
  const board = await readScenarioFile(context.args[0], context);
  if (!board) return EXIT.invalid;
  const all = evaluateBoard(board);
  const hints = options.all === true ? all : partitionHints(all, board).active;
  const lines = hints.map((hint) => ({
    rule: hint.rule,
    severity: hint.severity,
    nodes: hint.nodes,
    message: hintMessage(hint, i18n.t),
  }));
  if (options.json === true) io.stdout(JSON.stringify({ hints: lines }));
  else if (lines.length === 0) io.stdout(i18n.t('rules.cli.clean'));
  else {
    for (const line of lines) {
      const nodes = line.nodes.length ? ` (${line.nodes.join(', ')})` : '';
      // Words for people in their language ("waarschuwing"); the JSON keeps the ids, its contract.
      const severity = i18n.t(`rules.severity.${line.severity}`).toLowerCase();
      io.stdout(`${severity} ${line.rule}: ${line.message}${nodes}`);
    }
  }
  return hints.some((hint) => hint.severity === 'error') ? EXIT.findings : EXIT.ok;
};
