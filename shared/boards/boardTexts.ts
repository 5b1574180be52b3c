/**
 * The words of a built-in board, apart from its structure. The demo and the templates are
 * drawn once (ids, kinds, positions, types, relations: the JSON files, written in Dutch, the
 * language the source articles are in); each other language is a table of texts keyed by
 * node id that `withTexts` lays over that one structure. So the languages cannot drift apart:
 * they share every field the rule set and model detection read but the words, and a test
 * holds each table to exactly the texts of its board (tests/shared/boards/bilingual.test.ts).
 *
 * A board is translated once, when it is created; a board that exists keeps its words.
 */
import type { Board, BoardNode } from '../model/board';

/** The words of one node: its label, and the person of a role or the KPI of a task. */
export interface NodeTexts {
  label: string;
  person?: string;
  kpi?: string;
  notes?: string;
}

/** The words of one board: the organisation's name, and each node's texts by node id. */
export interface BoardTexts {
  name: string;
  nodes: Readonly<Record<string, NodeTexts>>;
}

function nodeTexts(node: BoardNode): NodeTexts {
  const texts: NodeTexts = { label: node.label };
  if (node.kind === 'role' && node.data.person !== undefined) texts.person = node.data.person;
  if (node.kind === 'task' && node.data.kpi !== undefined) texts.kpi = node.data.kpi;
  if (node.notes !== undefined) texts.notes = node.notes;
  return texts;
}

/** The texts a board holds, in the shape of a texts table (what a translation must cover). */
export function boardTexts(board: Board): BoardTexts {
  return { name: board.profile.name, nodes: Object.fromEntries(board.nodes.map((n) => [n.id, nodeTexts(n)])) };
}

/**
 * The board with its words replaced by `texts`, in place (callers pass a fresh copy). Only
 * the fields the board already has are replaced: a table cannot add a person or a KPI the
 * structure does not have, so it cannot change what the rules see beyond the words.
 */
export function withTexts(board: Board, texts: BoardTexts): Board {
  board.profile.name = texts.name;
  for (const node of board.nodes) {
    const own = texts.nodes[node.id];
    // The bilingual test makes a missing entry a test failure; at run time the Dutch stays.
    if (!own) continue;
    node.label = own.label;
    if (node.notes !== undefined && own.notes !== undefined) node.notes = own.notes;
    if (node.kind === 'role' && node.data.person !== undefined && own.person !== undefined) node.data.person = own.person;
    if (node.kind === 'task' && node.data.kpi !== undefined && own.kpi !== undefined) node.data.kpi = own.kpi;
  }
  return board;
}
