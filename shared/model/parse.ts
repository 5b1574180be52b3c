/**
 * parseBoard: untrusted text in, a valid Board or the list of problems out (never a throw).
 * Cheap envelope checks come first, so a hostile file costs no parsing work: size, NUL bytes
 * and nesting depth are checked on the raw text before JSON.parse runs; forbidden keys and
 * the format/version envelope before the schema runs; cross-references last.
 */
import type { z } from 'zod';
import type { Board, BoardNode } from './board';
import { BOARD_FORMAT, BOARD_VERSION } from './board';
import { FORBIDDEN_KEYS, LIMITS } from './limits';
import { migrateToCurrent } from './migrations';
import { formatPath, problem, type ParseResult, type Problem } from './problems';
import { checkRelation } from './relations';
import { boardSchema } from './schema';

const MAX_PROBLEMS = 50;

export function parseBoard(input: string): ParseResult<Board> {
  let text = input;
  const repairs: Problem[] = [];
  // Editors on Windows save UTF-8 with a byte-order mark; it carries no meaning, so drop it.
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    repairs.push(problem('', 'bomRemoved'));
  }
  const envelope = checkText(text);
  if (envelope) return fail(envelope);

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail(problem('', 'notJson', { detail: error instanceof Error ? error.message : String(error) }));
  }
  const result = parseBoardValue(raw);
  return result.ok ? { ...result, repairs: [...repairs, ...result.repairs] } : result;
}

/** The same checks for a value that is already parsed JSON (the demo board, IndexedDB rows). */
export function parseBoardValue(raw: unknown): ParseResult<Board> {
  const forbidden = findForbiddenKey(raw);
  if (forbidden) return fail(forbidden);

  if (!isRecord(raw) || raw.format !== BOARD_FORMAT) {
    return fail(problem('format', 'notOrgcanvas', { found: isRecord(raw) ? String(raw.format) : typeof raw }));
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(problem('version', 'versionInvalid', { found: String(version) }));
  }
  if (version > BOARD_VERSION) {
    return fail(problem('version', 'versionTooNew', { found: version, supported: BOARD_VERSION }));
  }
  const migrated = migrateToCurrent(raw, version);
  if (!migrated.ok) return fail(migrated.problem);

  const parsed = boardSchema().safeParse(migrated.value);
  if (!parsed.success) return fail(...parsed.error.issues.slice(0, MAX_PROBLEMS).map((i) => fromZod(i, migrated.value)));

  const board: Board = parsed.data;
  const references = [...checkReferences(board), ...checkScenarios(board)];
  if (references.length) return fail(...references.slice(0, MAX_PROBLEMS));
  return { ok: true, value: board, repairs: [] };
}

function fail(...problems: Problem[]): ParseResult<never> {
  return { ok: false, problems };
}

/** Size, NUL bytes and nesting depth, read off the raw text in one pass. */
function checkText(text: string): Problem | undefined {
  if (text.trim() === '') return problem('', 'empty');
  if (text.length > LIMITS.maxChars) return problem('', 'tooLarge', { size: text.length, limit: LIMITS.maxChars });
  // A zero-filled file is what a crash mid-write leaves behind on some file systems.
  if (text.includes('\u0000')) return problem('', 'binary', { offset: text.indexOf('\u0000') });
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > LIMITS.maxDepth) return problem('', 'tooDeep', { offset: i, limit: LIMITS.maxDepth });
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return undefined;
}

function findForbiddenKey(root: unknown): Problem | undefined {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (path.length > LIMITS.maxDepth) return problem(formatPath(path), 'tooDeep', { limit: LIMITS.maxDepth });
    if (Array.isArray(value)) value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    else if (isRecord(value)) {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) return problem(formatPath([...path, key]), 'forbiddenKey', { key });
        stack.push({ value: value[key], path: [...path, key] });
      }
    }
  }
  return undefined;
}

function fromZod(issue: z.core.$ZodIssue, raw: unknown): Problem {
  const path = formatPath(issue.path);
  const input = valueAt(raw, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return problem(path, 'required');
      if (typeof input === 'number' && !Number.isFinite(input)) return problem(path, 'notFinite');
      return problem(path, 'wrongType', { expected: issue.expected, found: describe(input) });
    case 'invalid_value':
      return problem(path, 'notOneOf', { found: describe(input), options: issue.values.map(String).join(', ') });
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) {
        const options = (issue as { options?: unknown[] }).options ?? [];
        return problem(path, 'notOneOf', { found: describe(input), options: options.map(String).join(', ') });
      }
      return problem(path, 'invalidValue', { found: describe(input) });
    case 'too_big':
      if (issue.origin === 'string') return problem(path, 'tooLong', { limit: Number(issue.maximum) });
      if (issue.origin === 'array') {
        // The board-wide limits are named as such: "the board has 5,001 nodes, more than…".
        const count = Array.isArray(input) ? input.length : 0;
        if (path === 'nodes') return problem('', 'tooManyNodes', { count, limit: Number(issue.maximum) });
        if (path === 'edges') return problem('', 'tooManyEdges', { count, limit: Number(issue.maximum) });
        return problem(path, 'tooMany', { limit: Number(issue.maximum) });
      }
      return problem(path, 'outOfRange', { found: describe(input) });
    case 'too_small':
      if (issue.origin === 'string' && input === '') return problem(path, 'required');
      return problem(path, 'outOfRange', { found: describe(input) });
    default:
      return problem(path, 'invalidValue', { found: describe(input) });
  }
}

/**
 * A board's scenarios (./scenarios.ts): the one on screen is named by exactly one item,
 * which holds no design of its own (that is the board's nodes and edges); every other
 * item's design is checked as a board's is, its problems placed under the item's path.
 */
function checkScenarios(board: Board): Problem[] {
  const set = board.scenarios;
  if (!set) return [];
  const problems: Problem[] = [];
  const ids = new Set<string>();
  set.items.forEach((item, i) => {
    const at = `scenarios.items[${i}]`;
    if (ids.has(item.id)) problems.push(problem(`${at}.id`, 'duplicateId', { id: item.id }));
    ids.add(item.id);
    if (item.id === set.active) {
      if (item.nodes !== undefined || item.edges !== undefined) problems.push(problem(at, 'scenarioOnScreenHasDesign', { id: item.id }));
      return;
    }
    for (const found of checkReferences({ nodes: item.nodes ?? [], edges: item.edges ?? [] })) problems.push({ ...found, path: `${at}.${found.path}` });
  });
  if (!ids.has(set.active)) problems.push(problem('scenarios.active', 'scenarioMissing', { id: set.active }));
  return problems;
}

function checkReferences(board: Pick<Board, 'nodes' | 'edges'>): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, BoardNode>();
  const seen = new Set<string>();
  board.nodes.forEach((node, i) => {
    if (seen.has(node.id)) problems.push(problem(`nodes[${i}].id`, 'duplicateId', { id: node.id }));
    seen.add(node.id);
    byId.set(node.id, node);
  });
  board.nodes.forEach((node, i) => {
    if (node.parentId === undefined) return;
    const parent = byId.get(node.parentId);
    if (!parent) problems.push(problem(`nodes[${i}].parentId`, 'parentMissing', { id: node.parentId }));
    else if (parent === node) problems.push(problem(`nodes[${i}].parentId`, 'parentIsSelf', { id: node.id }));
    else if (node.kind === 'department') problems.push(problem(`nodes[${i}].parentId`, 'departmentInDepartment', { id: node.parentId }));
    else if (parent.kind !== 'department') {
      problems.push(problem(`nodes[${i}].parentId`, 'parentNotDepartment', { id: node.parentId }));
    }
  });
  const edgesAt = new Map<string, number>();
  board.edges.forEach((edge, i) => {
    for (const end of edge.source === edge.target ? [edge.source] : [edge.source, edge.target]) {
      const count = (edgesAt.get(end) ?? 0) + 1;
      edgesAt.set(end, count);
      if (count === LIMITS.maxEdgesPerNode + 1) problems.push(problem(`edges[${i}]`, 'tooManyEdgesAtNode', { id: end, limit: LIMITS.maxEdgesPerNode }));
    }
    if (seen.has(edge.id)) problems.push(problem(`edges[${i}].id`, 'duplicateId', { id: edge.id }));
    seen.add(edge.id);
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source) problems.push(problem(`edges[${i}].source`, 'danglingEdge', { id: edge.source }));
    if (!target) problems.push(problem(`edges[${i}].target`, 'danglingEdge', { id: edge.target }));
    if (!source || !target) return;
    const check = checkRelation(edge.kind, source, target);
    if (!check.ok && check.refusal.code === 'selfLoop') {
      problems.push(problem(`edges[${i}]`, 'selfRelation', { relation: edge.kind, id: edge.source }));
    } else if (!check.ok) {
      problems.push(
        problem(`edges[${i}]`, 'relationRefused', {
          relation: edge.kind,
          sourceKind: source.kind,
          targetKind: target.kind,
          reason: check.refusal.code,
        }),
      );
    }
  });
  return problems;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
