/**
 * The change plan as grouped lines for a reader that lays them out itself: the compare view
 * (renderer/compare) and the report's change-plan section (shared/export/reportChangePlan.ts).
 * The words are text.ts's (changeLine, raciLine, the hint line), so the view, the report and
 * `orgcanvas diff` say the same thing. Pure.
 */
import type { TFunction } from 'i18next';
import type { Board } from '../model/board';
import { hintMessage } from '../rules/format';
import type { Hint } from '../rules/types';
import { CHANGE_SECTIONS, type ChangeSection, type ChangeType } from './changes';
import { changeLine, type BothNames } from './changeText';
import type { ChangePlan } from './index';
import { namesOf } from './names';
import { raciLine } from './raciText';

export const HINT_GROUPS = ['resolved', 'kept', 'introduced'] as const;
export type HintGroup = (typeof HINT_GROUPS)[number];

export interface PlanGroups {
  /** Only the sections that have changes, in the consultant's order. */
  changes: { section: ChangeSection; title: string; lines: { id: string; type: ChangeType; text: string }[] }[];
  raci: { task: string; text: string }[];
  /** All three groups, even when empty: "resolved (0)" is news too. */
  hints: { group: HintGroup; title: string; lines: { severity: Hint['severity']; text: string }[] }[];
}

export function hintText(hint: Hint, t: TFunction): string {
  return t('changePlan.hints.line', { severity: t(`rules.severity.${hint.severity}`).toLowerCase(), message: hintMessage(hint, t) });
}

export function planGroups(plan: ChangePlan, before: Board, after: Board, t: TFunction): PlanGroups {
  const names: BothNames = { before: namesOf(before, t), after: namesOf(after, t) };
  const changes = CHANGE_SECTIONS.map((section) => ({
    section,
    title: t(`changePlan.sections.${section}`),
    lines: plan.changes.filter((change) => change.section === section).map((change) => ({ id: change.id, type: change.type, text: changeLine(change, names, t) })),
  })).filter((group) => group.lines.length);
  return {
    changes,
    raci: plan.raci.map((change) => ({ task: change.task, text: raciLine(change, names, t) })),
    hints: HINT_GROUPS.map((group) => ({
      group,
      title: t(`changePlan.hints.${group}`, { count: plan.hints[group].length }),
      lines: plan.hints[group].map((hint) => ({ severity: hint.severity, text: hintText(hint, t) })),
    })),
  };
}
