/**
 * What each of Owyang's five models looks like on a board, as weighted criteria. A model's
 * score is the weighted share of its criteria the board meets (0–1), so every score can be
 * explained criterion by criterion in the hints panel.
 *
 * The models in short (our wording):
 * - decentralised ("organic"): departments start on their own, nobody coordinates;
 * - centralised: one unit owns and does it all;
 * - hub-and-spoke: one cross-functional hub steers (strategy, policy, tools), departments
 *   do the work as its spokes;
 * - dandelion (multiple hub-and-spoke): several hubs, e.g. per brand or division, each with
 *   its own spokes, aligned by central rules;
 * - honeycomb (holistic): every department does its own social work, made safe by policy and
 *   training for everyone rather than by a controlling centre.
 *
 * Weights were tuned on the templates in ../templates (each must come out as its own model)
 * and on the demo board (a hub-and-spoke in the making).
 */
import type { OrgModel } from './modelIds';

/** Models built around a hub that someone leads: without a lead (`lead-missing`) a board is never a clear match. */
export const NEEDS_LEAD: ReadonlySet<OrgModel> = new Set(['hub-and-spoke', 'dandelion']);
import type { ModelEvidence } from './facts';

export interface Criterion {
  /** Stable id; its text is `models.criteria.<id>` in the catalogues. */
  id: string;
  weight: number;
  /** How far the board meets it, 0–1. */
  met: (e: ModelEvidence) => number;
}

/** 0 at `from`, 1 at `to`, linear between (works both ways round). */
function ramp(value: number, from: number, to: number): number {
  const t = (value - from) / (to - from);
  return Math.max(0, Math.min(1, t));
}

const steeringHubs = (e: ModelEvidence) => e.hubs.filter((h) => h.steers).length;
const topShare = (e: ModelEvidence) => e.topUnit?.share ?? 0;
/** Owning departments as a share of all departments (the board of directors not counted). */
const ownershipShare = (e: ModelEvidence) => (e.departments ? e.owningDepartments / e.departments : 0);

export const MODEL_CRITERIA: Record<OrgModel, Criterion[]> = {
  decentralised: [
    {
      id: 'noCoordination',
      weight: 3,
      met: (e) => (e.strategyOwner ? 0 : 0.5) + (steeringHubs(e) ? 0 : 0.3) + (e.policyOwned ? 0 : 0.2),
    },
    { id: 'severalOwners', weight: 2, met: (e) => ramp(e.owningDepartments, 1, 3) },
    { id: 'noHub', weight: 2, met: (e) => (e.hubs.length ? 0 : 1) },
    { id: 'spreadThin', weight: 1, met: (e) => ramp(topShare(e), 0.8, 0.5) },
  ],
  centralised: [
    { id: 'oneUnitOwnsMost', weight: 4, met: (e) => (e.ownedTasks ? ramp(topShare(e), 0.5, 0.85) : 0) },
    { id: 'fewOwningDepartments', weight: 2, met: (e) => (e.ownedTasks ? ramp(e.owningDepartments, 3, 1) : 0) },
    {
      id: 'centreOwnsStrategy',
      weight: 2,
      met: (e) => (e.strategyOwner && e.topUnit && e.strategyOwner.id === e.topUnit.id ? 1 : 0),
    },
  ],
  'hub-and-spoke': [
    {
      id: 'oneSteeringHub',
      weight: 3,
      met: (e) => {
        if (!steeringHubs(e)) return e.hubs.length === 1 ? 0.5 : 0;
        return e.hubs.length === 1 ? 1 : 0.25;
      },
    },
    {
      id: 'hubCrossFunctional',
      weight: 1.5,
      met: (e) => ramp(Math.max(0, ...e.hubs.map((h) => h.memberDepartments)), 1, 3),
    },
    { id: 'departmentsAsSpokes', weight: 2.5, met: (e) => ramp(e.spokes, 0, 3) },
    // A steering group without a chair is no hub (000 #3: someone must lead the team).
    { id: 'someoneLeads', weight: 1.5, met: (e) => (e.leadPresent ? 1 : 0) },
  ],
  dandelion: [
    { id: 'severalHubs', weight: 4, met: (e) => ramp(e.hubs.length, 1, 2) },
    { id: 'hubsOwnWork', weight: 2, met: (e) => ramp(e.hubs.filter((h) => h.ownedTasks > 0).length, 0, 2) },
    { id: 'centralRules', weight: 1.5, met: (e) => (e.strategyOwner || e.policyOwned ? 1 : 0) },
    { id: 'severalOwners', weight: 1, met: (e) => ramp(e.owningDepartments, 1, 3) },
    { id: 'someoneLeads', weight: 1, met: (e) => (e.leadPresent ? 1 : 0) },
  ],
  honeycomb: [
    { id: 'everyDepartmentOwns', weight: 3, met: (e) => ramp(ownershipShare(e), 0.5, 0.9) },
    { id: 'enablement', weight: 3, met: (e) => (e.policyOwned ? 0.5 : 0) + (e.awarenessPresent ? 0.5 : 0) },
    { id: 'noControllingCentre', weight: 1, met: (e) => (steeringHubs(e) ? 0 : 1) },
    { id: 'spreadThin', weight: 1.5, met: (e) => ramp(topShare(e), 0.6, 0.3) },
  ],
};
