/** Words an import problem for people: "row 12: the manager "1043" matches nobody in the file". */
import type { TFunction } from 'i18next';
import { cut, QUOTE_CHARS } from '../model/problems';
import type { ImportProblem } from './table';

/**
 * The problem in the reader's language, with its row first. Values from the file (a header,
 * a manager cell) are cut to a readable length: the file is untrusted, like a board file.
 */
export function formatImportProblem(problem: ImportProblem, t: TFunction): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(problem.params)) params[key] = typeof value === 'string' && key !== 'headers' ? cut(value, QUOTE_CHARS) : value;
  if (typeof params.headers === 'string') params.headers = cut(params.headers, 400);
  // Sizes are kept in bytes (exact, for tests and the dialog) and read in MB.
  if (problem.code === 'tooLarge') for (const key of ['size', 'limit']) params[key] = Number(params[key]) / (1024 * 1024);
  if (typeof params.field === 'string') params.field = t(`orgImport.fields.${params.field}`);
  const message = t(`orgImport.problems.${problem.code}`, params);
  return problem.line === undefined ? message : t('orgImport.atRow', { line: problem.line, message });
}
