/** `orgcanvas validate <file>`: ok with counts (exit 0), or each problem with its path (exit 2). */
import { EXIT, type Command } from '../io';
import { readBoardFile } from '../readBoard';

export const validate: Command = async (context) => {
  const board = await readBoardFile(context.args[0], context);
  if (!board) return EXIT.invalid;
  context.io.stdout(context.i18n.t('app.cli.ok', { nodes: board.nodes.length, edges: board.edges.length }));
  return EXIT.ok;
};
