/** The rule set: see README.md. Pure kernels — board in, hints and fix plans out. */
export { RULES, RULE_IDS, SOURCE_IDS, isRuleId, type RuleId, type RuleMeta, type SourceRef } from './ruleCatalogue';
export { SEVERITIES, type Fix, type FixType, type Hint, type HintParams, type Severity } from './types';
export { CHECKS, createRuleEngine, evaluateBoard, semanticallyEqual, type RuleEngine } from './engine';
export { computeFacts, type Facts, type TaskFacts } from './facts';
export { FixError, applyFix, applyPatch, planFix, type FixLabels, type Patch, type PatchOp } from './fixes';
export { dismissHint, dismissalsOf, hintsHidden, partitionHints, restoreHint, setHintsHidden, type Dismissal } from './dismissals';
export { fixLabel, hintExplanation, hintMessage, hintSources, hintTitle } from './format';
