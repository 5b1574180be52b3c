/**
 * A detection in words, in the reader's language: the same text for the hints panel, the
 * PDF report and the command line.
 */
import type { TFunction } from 'i18next';
import type { ModelDetection } from './detect';

export interface DetectionText {
  title: string;
  /** "Closest to: Hub and spoke", or that the board says too little yet. */
  headline: string;
  /** What the model means, in two sentences; empty when there is no model. */
  summary: string;
  confidence: string;
  /** What was looked at: facts about this board. */
  facts: string[];
  /** The best model's criteria this board meets (at least half). */
  why: string[];
  /** The best model's criteria it does not meet. */
  against: string[];
  /** "Hub and spoke: 92%", best first. */
  scores: string[];
  nextStep: string | null;
  source: string;
}

/** A criterion counts as met from half-way: a ramp at 0.5 is "partly there" and still a reason. */
const MET = 0.5;

export function describeDetection(detection: ModelDetection, t: TFunction): DetectionText {
  const name = (model: string) => t(`models.names.${model}`);
  const [best, second] = detection.scores;
  const model = detection.model;
  const criteria = model ? best.criteria : [];
  return {
    title: t('models.title'),
    headline: model ? t('models.headline', { model: name(model) }) : t('models.noModel'),
    summary: model ? t(`models.summaries.${model}`) : '',
    confidence: t(`models.confidence.${detection.confidence}`, {
      model: model ? name(model) : '',
      runnerUp: name(second.model),
    }),
    facts: detection.facts.map((f) => t(`models.facts.${f.key}`, f.values)),
    why: criteria.filter((c) => c.met >= MET).map((c) => t(`models.criteria.${c.id}`)),
    against: criteria.filter((c) => c.met < MET).map((c) => t(`models.criteria.${c.id}`)),
    scores: detection.scores.map((s) =>
      t('models.scoreLine', { model: name(s.model), percent: Math.round(s.score * 100) }),
    ),
    nextStep: detection.nextStep ? t(`models.nextSteps.${detection.nextStep.key}`) : null,
    source: t('models.source'),
  };
}
