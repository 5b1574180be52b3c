/** `orgcanvas validate <file>`: ok with counts (exit 0), or each problem with its path (exit 2). */
import { EXIT, type Command } from '../io';
import { readScenarioFile } from '../readBoard';

export const validate: Command = async (context) => {
  const board = await readScenarioFile(context.args[0], context);
  if (!board) return EXIT.invalid;
  const { t } = context.i18n;
  // Each count with its own plural form ("1 edge", "3 nodes"), then the line around them.
  context.io.stdout(t('app.cli.ok', { nodes: t('app.cli.nodes', { count: board.nodes.length }), edges: t('app.cli.edges', { count: board.edges.length }) }));
  return EXIT.ok;
};
