/**
 * How the change plan's texts name nodes: by label (by id where a label is empty), a role
 * by its department as a consultant says it ("Marketing's community manager", "community
 * manager bij Marketing"), and lists as a sentence writes them ("Marketing, Sales and HR").
 */
import type { TFunction } from 'i18next';
import type { Board, BoardNode } from '../model/board';

export interface Names {
  node: (id: string) => BoardNode | undefined;
  /** A node's label, its id where the label is empty or the node is not on this board. */
  label: (id: string) => string;
  /** Who holds a RACI letter: a role inside a department with that department's name. */
  holder: (id: string) => string;
}

/**
 * A job title set inside a phrase: "Community manager" → "community manager". Only a first
 * capital followed by a small letter is lowered, so "ICT-beheerder", "CEO" and "PR-adviseur"
 * keep theirs.
 */
export function inPhrase(title: string): string {
  const [first, second] = [...title];
  if (!first || !second) return title;
  return first !== first.toLowerCase() && second !== second.toUpperCase() ? first.toLowerCase() + title.slice(first.length) : title;
}

export function namesOf(board: Board, t: TFunction): Names {
  const byId = new Map(board.nodes.map((node) => [node.id, node] as const));
  const label = (id: string) => byId.get(id)?.label || id;
  return {
    node: (id) => byId.get(id),
    label,
    holder: (id) => {
      const node = byId.get(id);
      const department = node?.kind === 'role' && node.parentId ? byId.get(node.parentId) : undefined;
      if (!department) return label(id);
      const name = label(department.id);
      // i18next's context: English writes "Sales' analyst"; Dutch has one form.
      return t('changePlan.raci.inDepartment', { role: inPhrase(label(id)), department: name, context: /s$/i.test(name) ? 's' : undefined });
    },
  };
}

/** "a", "a and b", "a, b and c" (the same shape in Dutch, with "en"). */
export function listOf(items: readonly string[], t: TFunction): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${t('changePlan.and')} ${items[items.length - 1]}`;
}
