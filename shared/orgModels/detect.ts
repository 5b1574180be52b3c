/**
 * detectModel: which of the five models a board is closest to, why, and what to do next.
 * Data in, data out: the hints panel, the PDF report and the command line word the result
 * with `describeDetection` (./describe.ts) in the reader's language.
 */
import type { Board } from '../model/board';
import type { OrgSize } from '../model/vocabulary';
import { ORG_MODELS, type OrgModel } from './modelIds';
import { MODEL_CRITERIA, NEEDS_LEAD } from './criteria';
import { modelEvidence, type ModelEvidence } from './facts';
import { nextStepFor, type NextStep } from './nextStep';

export interface CriterionResult {
  id: string;
  weight: number;
  /** How far the board meets it, 0–1. */
  met: number;
}

export interface ModelScore {
  model: OrgModel;
  /** Weighted share of the model's criteria the board meets, 0–1 (two decimals). */
  score: number;
  criteria: CriterionResult[];
}

/**
 * `clear`: the best model leads the runner-up by a wide margin; `likely`: by a small one;
 * `mixed`: two models are about as close (a board in transition); `none`: nothing to go on.
 */
export type Confidence = 'clear' | 'likely' | 'mixed' | 'none';

/** A fact the detection looked at; its text is `models.facts.<key>` with `values` filled in. */
export interface Fact {
  key: string;
  values: Record<string, string | number>;
}

export interface ModelDetection {
  /** The closest model, or null when the board has no tasks to judge by. */
  model: OrgModel | null;
  confidence: Confidence;
  /** Every model, best first. */
  scores: ModelScore[];
  facts: Fact[];
  nextStep: NextStep | null;
  evidence: ModelEvidence;
}

const CLEAR_MARGIN = 0.2;
const LIKELY_MARGIN = 0.08;

export function detectModel(board: Board): ModelDetection {
  const evidence = modelEvidence(board);
  const scores = ORG_MODELS.map((model) => scoreModel(model, evidence)).sort(
    // Ties keep catalogue order, so the result never depends on sort stability quirks.
    (a, b) => b.score - a.score || ORG_MODELS.indexOf(a.model) - ORG_MODELS.indexOf(b.model),
  );
  const facts = factsOf(evidence);
  if (evidence.tasks === 0) {
    return { model: null, confidence: 'none', scores, facts, nextStep: null, evidence };
  }
  const [best, second] = scores;
  const margin = best.score - second.score;
  let confidence: Confidence = margin >= CLEAR_MARGIN ? 'clear' : margin >= LIKELY_MARGIN ? 'likely' : 'mixed';
  // A board that raises `lead-missing` is at most a likely hub: the hub has nobody at its head.
  if (confidence === 'clear' && NEEDS_LEAD.has(best.model) && !evidence.leadPresent) confidence = 'likely';
  return {
    model: best.model,
    confidence,
    scores,
    facts,
    nextStep: nextStepFor(best.model, board.profile.size as OrgSize, evidence.externalShare),
    evidence,
  };
}

function scoreModel(model: OrgModel, evidence: ModelEvidence): ModelScore {
  const criteria = MODEL_CRITERIA[model].map((c) => ({ id: c.id, weight: c.weight, met: round(c.met(evidence)) }));
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  const score = criteria.reduce((sum, c) => sum + c.weight * c.met, 0) / total;
  return { model, score: round(score), criteria };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The facts, in the order a facilitator would say them out loud. */
function factsOf(e: ModelEvidence): Fact[] {
  if (e.tasks === 0) return [{ key: 'noTasks', values: {} }];
  const facts: Fact[] = [
    { key: 'departmentsTakePart', values: { active: e.activeDepartments, total: e.departments } },
    { key: 'departmentsOwn', values: { count: e.owningDepartments } },
  ];
  if (e.topUnit) {
    facts.push({ key: 'topUnit', values: { name: e.topUnit.label, percent: Math.round(e.topUnit.share * 100) } });
  } else {
    facts.push({ key: 'nothingOwned', values: { count: e.tasks } });
  }
  if (e.hubs.length === 0) facts.push({ key: 'noHub', values: {} });
  else {
    facts.push({ key: 'hubs', values: { count: e.hubs.length, names: e.hubs.map((h) => h.label).join(', ') } });
    for (const hub of e.hubs.filter((h) => h.steers)) facts.push({ key: 'hubSteers', values: { name: hub.label } });
  }
  if (e.strategyOwner) facts.push({ key: 'strategyOwner', values: { name: e.strategyOwner.label } });
  else facts.push({ key: e.strategyPresent ? 'strategyUnowned' : 'strategyMissing', values: {} });
  const enablement = e.policyOwned
    ? e.awarenessPresent
      ? 'policyAndAwareness'
      : 'policyOnly'
    : e.awarenessPresent
      ? 'awarenessOnly'
      : 'noEnablement';
  facts.push({ key: enablement, values: {} });
  if (e.externalShare > 0) facts.push({ key: 'externalShare', values: { percent: Math.round(e.externalShare * 100) } });
  return facts;
}
