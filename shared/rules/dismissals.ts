/**
 * Dismissed hints and the facilitator's "hide hints" switch, stored in the board itself (so
 * they travel with the `.orgcanvas` file). The format keeps fields it does not know, so older
 * readers carry them along untouched; these readers are lenient: a damaged entry is ignored,
 * never a reason to refuse a board.
 *
 *   "dismissedHints": [{ "key": "task-unowned:k-web", "rule": "task-unowned",
 *                        "reason": "agreed in session 2", "by": "Sanne", "at": "2026-11-22T03:10:00Z" }],
 *   "hintsHidden": true
 */
import type { Board } from '../model/board';
import type { Hint } from './types';

export interface Dismissal {
  /** `hint.key`: the rule plus the node(s) the hint is about. */
  key: string;
  rule: string;
  reason?: string;
  /** Who dismissed it, when the app knows. */
  by?: string;
  /** ISO 8601 time. */
  at?: string;
}

const MAX_REASON = 500;

export function dismissalsOf(board: Board): Dismissal[] {
  const raw = board.dismissedHints;
  if (!Array.isArray(raw)) return [];
  const out: Dismissal[] = [];
  for (const item of raw) {
    if (!item || typeof item !== 'object') continue;
    const { key, rule, reason, by, at } = item as Record<string, unknown>;
    if (typeof key !== 'string' || typeof rule !== 'string') continue;
    const d: Dismissal = { key, rule };
    if (typeof reason === 'string' && reason) d.reason = reason.slice(0, MAX_REASON);
    if (typeof by === 'string' && by) d.by = by;
    if (typeof at === 'string' && at) d.at = at;
    out.push(d);
  }
  return out;
}

export function dismissHint(board: Board, hint: Pick<Hint, 'key' | 'rule'>, extra: Omit<Dismissal, 'key' | 'rule'> = {}): Board {
  const rest = dismissalsOf(board).filter((d) => d.key !== hint.key);
  const entry: Dismissal = { key: hint.key, rule: hint.rule };
  const reason = extra.reason?.trim();
  if (reason) entry.reason = reason.slice(0, MAX_REASON);
  if (extra.by) entry.by = extra.by;
  if (extra.at) entry.at = extra.at;
  return { ...board, dismissedHints: [...rest, entry] };
}

export function restoreHint(board: Board, key: string): Board {
  const rest = dismissalsOf(board).filter((d) => d.key !== key);
  const next: Board = { ...board, dismissedHints: rest };
  if (rest.length === 0) delete next.dismissedHints;
  return next;
}

export function hintsHidden(board: Board): boolean {
  return board.hintsHidden === true;
}

export function setHintsHidden(board: Board, hidden: boolean): Board {
  const next: Board = { ...board, hintsHidden: hidden };
  if (!hidden) delete next.hintsHidden;
  return next;
}

/** Splits hints into the ones to show and the ones this board has dismissed. */
export function partitionHints(hints: Hint[], board: Board): { active: Hint[]; dismissed: Hint[] } {
  const dismissed = new Set(dismissalsOf(board).map((d) => d.key));
  if (dismissed.size === 0) return { active: hints, dismissed: [] };
  const active: Hint[] = [];
  const gone: Hint[] = [];
  for (const hint of hints) (dismissed.has(hint.key) ? gone : active).push(hint);
  return { active, dismissed: gone };
}
