/**
 * What can be wrong with a board file. Problems carry a code and parameters, not prose, so
 * the CLI and the UI word them in the reader's language from the shared catalogues.
 */

export type ProblemCode =
  | 'empty'
  | 'bomRemoved'
  | 'tooLarge'
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
  | 'invalidValue'
  | 'duplicateId'
  | 'danglingEdge'
  | 'parentMissing'
  | 'parentNotDepartment'
  | 'relationRefused';

export interface Problem {
  /** Where, as a path into the file: `edges[3].target`; empty for the file as a whole. */
  path: string;
  code: ProblemCode;
  params: Record<string, string | number>;
}

export type ParseResult<T> = { ok: true; value: T; repairs: Problem[] } | { ok: false; problems: Problem[] };

/** `['edges', 3, 'target']` → `edges[3].target` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export function problem(path: string, code: ProblemCode, params: Problem['params'] = {}): Problem {
  return { path, code, params };
}
