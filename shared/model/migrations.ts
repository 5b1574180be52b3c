/**
 * Ordered, named migrations from each older format version to the next (tldraw's model).
 * A shipped migration is never edited; a new format version appends one step here and a
 * fixture file under tests/fixtures/formats/.
 */
import { BOARD_VERSION } from './board';
import { problem, type Problem } from './problems';

export interface Migration {
  /** Stable name, shown in errors: `v1-to-v2-add-styles`. */
  name: string;
  from: number;
  up: (board: Record<string, unknown>) => Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [
  /*
   * Format 2 adds `scenarios` (./scenarios.ts), which a format-1 board does not have: it is
   * one scenario, its design where it always was. Nothing in the data changes. The version
   * still moves on, so that an app that knows only format 1 refuses a board with scenarios
   * ("made by a newer version") rather than open it and lose every scenario but one.
   */
  { name: 'v1-to-v2-scenarios', from: 1, up: (board) => board },
];

export function migrateToCurrent(
  raw: Record<string, unknown>,
  version: number,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = BOARD_VERSION,
): { ok: true; value: Record<string, unknown> } | { ok: false; problem: Problem } {
  let value = raw;
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return { ok: false, problem: problem('version', 'migrationFailed', { from: v, name: 'missing' }) };
    try {
      value = { ...step.up(value), version: v + 1 };
    } catch (error) {
      return {
        ok: false,
        problem: problem('version', 'migrationFailed', { from: v, name: step.name, detail: String(error) }),
      };
    }
  }
  return { ok: true, value };
}
