/**
 * The next step for an organisation of this size in this model. Size decides it, after the
 * source articles: small informal firms need no team (001), coordination matters more the
 * larger the organisation and the more departments take part (000, conclusion).
 */
import type { OrgSize } from '../model/vocabulary';
import type { OrgModel } from './modelIds';

export interface NextStep {
  /** Its text is `models.nextSteps.<key>` in the catalogues. */
  key: `${OrgModel}.${OrgSize}` | 'outsourced';
  /** The model this step moves toward; null when the advice is to stay and strengthen. */
  towards: OrgModel | null;
}

const TOWARDS: Record<OrgModel, Record<OrgSize, OrgModel | null>> = {
  // Small: short lines coordinate; bigger: nobody coordinates, so a hub is the first step.
  decentralised: { small: null, medium: 'hub-and-spoke', large: 'hub-and-spoke' },
  // One centre works while it can keep up; past ~250 people it becomes the bottleneck.
  centralised: { small: null, medium: null, large: 'hub-and-spoke' },
  'hub-and-spoke': { small: 'centralised', medium: null, large: null },
  dandelion: { small: 'centralised', medium: 'hub-and-spoke', large: null },
  honeycomb: { small: null, medium: null, large: null },
};

/** From this share of owned tasks held by external parties, the centre sits outside the walls. */
const OUTSOURCED_SHARE = 0.5;

export function nextStepFor(model: OrgModel, size: OrgSize, externalShare = 0): NextStep {
  // An agency lacks the mandate and the speed to speak for the client (004 comments; 001):
  // whatever the model, bringing ownership back in-house comes first.
  if (externalShare >= OUTSOURCED_SHARE) return { key: 'outsourced', towards: null };
  return { key: `${model}.${size}`, towards: TOWARDS[model][size] };
}
