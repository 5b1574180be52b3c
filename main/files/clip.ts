/**
 * Cuts what a file or a user typed down to a length a message can show. A 5 MB `format`
 * value or a 5,000-character key path was echoed whole: a notice whose close button was
 * off screen, 5 MB on a terminal, and an IPC answer over its schema's bounds (a problem
 * path over 1,000 characters), so the renderer received nothing at all.
 */
import { cut, type Problem } from '../../shared/model/problems';

/** Long enough for any real path or value (labels are at most 500), short enough to read. */
export const CLIP_CHARS = 200;
/** The contract's bound on problems per answer (shared/ipc/fileChannels.ts). */
export const MAX_PROBLEMS = 100;

/** `text` cut around ` … ` to `max` characters, by the one cut of shared/model/problems.ts. */
export function clipMiddle(text: string, max = CLIP_CHARS): string {
  return cut(text, max);
}

/** A problem whose path and string values are clipped; numbers pass unchanged. */
export function clipProblem(problem: Problem): Problem {
  const params: Problem['params'] = {};
  for (const [key, value] of Object.entries(problem.params ?? {})) {
    params[clipMiddle(key, 64)] = typeof value === 'string' ? clipMiddle(value) : value;
  }
  return { path: clipMiddle(problem.path), code: problem.code, params };
}

export function clipProblems(problems: readonly Problem[]): Problem[] {
  return problems.slice(0, MAX_PROBLEMS).map(clipProblem);
}
