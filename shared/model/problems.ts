/**
 * What can be wrong with a board file. Problems carry a code and parameters, not prose, so
 * the CLI and the UI word them in the reader's language from the shared catalogues.
 */

export type ProblemCode =
  | 'empty'
  | 'bomRemoved'
  | 'tooLarge'
  | 'fileTooLarge'
  | 'tooLargeToSave'
  | 'binary'
  | 'tooDeep'
  | 'notJson'
  | 'forbiddenKey'
  | 'notOrgcanvas'
  | 'versionTooNew'
  | 'versionInvalid'
  | 'migrationFailed'
  | 'required'
  | 'wrongType'
  | 'notFinite'
  | 'notOneOf'
  | 'outOfRange'
  | 'tooLong'
  | 'tooMany'
  | 'tooManyNodes'
  | 'tooManyEdges'
  | 'tooManyEdgesAtNode'
  | 'invalidValue'
  | 'duplicateId'
  | 'danglingEdge'
  | 'parentMissing'
  | 'parentNotDepartment'
  | 'parentIsSelf'
  | 'departmentInDepartment'
  | 'relationRefused'
  | 'selfRelation'
  | 'scenarioMissing'
  | 'scenarioOnScreenHasDesign';

export interface Problem {
  /** Where, as a path into the file: `edges[3].target`; empty for the file as a whole. */
  path: string;
  code: ProblemCode;
  params: Record<string, string | number>;
}

export type ParseResult<T> = { ok: true; value: T; repairs: Problem[] } | { ok: false; problems: Problem[] };

/**
 * How much of a value from the file a problem quotes, and of its path. A file is untrusted:
 * a 5 MB `format` string or a 5,000-character key was echoed whole (issue 23), a notice
 * whose close button ended up off screen, and megabytes on a terminal.
 */
export const QUOTE_CHARS = 80;
export const PATH_CHARS = 160;

/**
 * `text` as is, or cut to `max` characters around ` … `: its start and its end both stay,
 * since either can be the telling part (a path's last key, a value's first word). A cut
 * never splits a surrogate pair. The one cut for everything quoted back to a user.
 */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const keep = Math.max(2, max - 3);
  const head = Math.ceil(keep / 2);
  let start = text.slice(0, head);
  let end = text.slice(text.length - (keep - head));
  if (/[\uD800-\uDBFF]$/.test(start)) start = start.slice(0, -1);
  if (/^[\uDC00-\uDFFF]/.test(end)) end = end.slice(1);
  return `${start} … ${end}`;
}

/** `['edges', 3, 'target']` → `edges[3].target`; a long key and a long path are cut. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${cut(String(part), QUOTE_CHARS)}` : cut(String(part), QUOTE_CHARS);
    if (out.length > PATH_CHARS) break;
  }
  return cut(out, PATH_CHARS);
}

/**
 * A problem, with its path and quoted values cut to a readable length. `options` is exempt:
 * it lists this app's own vocabulary (a dozen words), not something the file supplied.
 */
export function problem(path: string, code: ProblemCode, params: Problem['params'] = {}): Problem {
  return { path: cut(path, PATH_CHARS), code, params: cutParams(params) };
}

export function cutParams(params: Problem['params']): Problem['params'] {
  const out: Problem['params'] = {};
  for (const [key, value] of Object.entries(params)) out[key] = typeof value === 'string' && key !== 'options' ? cut(value, QUOTE_CHARS) : value;
  return out;
}
