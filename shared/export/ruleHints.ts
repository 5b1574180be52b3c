/** The rule set's hints, worded for an export: message, explanation, the nodes, and the sources. */
import type { TFunction } from 'i18next';
import { hintExplanation, hintMessage, hintSources } from '../rules/format';
import type { Hint } from '../rules/types';
import type { ExportHint } from './options';

export function exportHints(hints: readonly Hint[], t: TFunction): ExportHint[] {
  return hints.map((hint) => ({
    severity: hint.severity,
    message: hintMessage(hint, t),
    nodes: hint.nodes,
    ruleId: hint.rule,
    explanation: hintExplanation(hint, t),
    source: hintSources(hint, t).join('; '),
  }));
}
