/**
 * The change plan as lines of text, in the reader's language (`t` of either catalogue): the
 * change list by section, the RACI change list by task, and the hints resolved, kept and
 * introduced. `orgcanvas diff` prints these lines; nested lines are indented two spaces.
 */
import type { TFunction } from 'i18next';
import type { Board } from '../model/board';
import { hintMessage } from '../rules/format';
import type { Hint } from '../rules/types';
import { CHANGE_SECTIONS } from './changes';
import { changeLine, type BothNames } from './changeText';
import type { HintDiff } from './hintDiff';
import type { ChangePlan } from './index';
import { namesOf } from './names';
import { raciLine } from './raciText';

export interface TextOptions {
  /** Node ids after labels, rule ids and node ids with hints: for the command line and scripts. */
  ids?: boolean;
}

const INDENT = '  ';

function hintLine(hint: Hint, t: TFunction, ids: boolean): string {
  const severity = t(`rules.severity.${hint.severity}`).toLowerCase();
  const message = hintMessage(hint, t);
  if (!ids) return t('changePlan.hints.line', { severity, message });
  const nodes = hint.nodes.length ? ` (${hint.nodes.join(', ')})` : '';
  return t('changePlan.hints.lineWithIds', { severity, rule: hint.rule, message, nodes });
}

function hintLines(hints: HintDiff, t: TFunction, ids: boolean): string[] {
  const lines: string[] = [];
  for (const group of ['resolved', 'kept', 'introduced'] as const) {
    lines.push(INDENT + t(`changePlan.hints.${group}`, { count: hints[group].length }));
    for (const hint of hints[group]) lines.push(INDENT + INDENT + hintLine(hint, t, ids));
  }
  return lines;
}

export function changePlanLines(plan: ChangePlan, before: Board, after: Board, t: TFunction, options: TextOptions = {}): string[] {
  const ids = options.ids ?? false;
  const names: BothNames = { before: namesOf(before, t), after: namesOf(after, t) };
  const lines = [t('changePlan.headings.changes')];
  if (!plan.changes.length) lines.push(INDENT + t('changePlan.nothing'));
  for (const section of CHANGE_SECTIONS) {
    const changes = plan.changes.filter((change) => change.section === section);
    if (!changes.length) continue;
    lines.push(INDENT + t(`changePlan.sections.${section}`));
    for (const change of changes) lines.push(INDENT + INDENT + changeLine(change, names, t, ids));
  }
  lines.push(t('changePlan.headings.raci'));
  if (!plan.raci.length) lines.push(INDENT + t('changePlan.noRaci'));
  for (const change of plan.raci) lines.push(INDENT + raciLine(change, names, t));
  lines.push(t('changePlan.headings.hints'), ...hintLines(plan.hints, t, ids));
  return lines;
}
