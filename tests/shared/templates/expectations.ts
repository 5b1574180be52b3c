/**
 * What each template must yield: the rule ids of its hints (exactly these, no more) and the
 * model detection must name. Shared by the unit tests and the workshop end-to-end tests, so
 * the two cannot disagree. Decided per template from the rule catalogue in domain.md:
 * a template teaches something, and these are the hints a facilitator would want it to raise.
 */
import type { OrgModel } from '../../../shared/models/catalogue';
import type { RuleId } from '../../../shared/rules';
import type { TemplateId } from '../../../shared/templates';

export interface TemplateExpectation {
  model: OrgModel;
  hints: RuleId[];
  /** Pitfall variants of `single-department-pitfall`, where the template is about one. */
  pitfall?: string;
}

export const EXPECTED: Record<TemplateId, TemplateExpectation> = {
  // Every department for itself: nobody leads, no team, no policy, and monitoring with no
  // crisis plan behind it.
  decentralised: {
    model: 'decentralised',
    hints: ['lead-missing', 'team-needed', 'monitoring-without-crisis', 'policy-missing'],
  },
  // A sound centre, but parked in communications: tenants' questions answered by
  // communicators, and no team with the departments that talk to tenants.
  centralised: {
    model: 'centralised',
    hints: ['team-needed', 'objective-owner-fit', 'single-department-pitfall'],
    pitfall: 'communications',
  },
  // The good example: a steering, sponsored, cross-functional hub and owning spokes.
  'hub-and-spoke': { model: 'hub-and-spoke', hints: [] },
  // Sound, except that the general-books hub is only marketing and reader service.
  dandelion: { model: 'dandelion', hints: ['team-not-cross-functional'] },
  // The mature end point: everyone owns their part, with policy, training and a sponsor.
  honeycomb: { model: 'honeycomb', hints: [] },
  // 001: a team is over the top here; what is missing is one person, and replies fall
  // between two people.
  'small-informal': {
    model: 'decentralised',
    hints: ['team-over-the-top', 'lead-missing', 'task-unowned'],
  },
  // 001 and 002: parked in marketing, promotion spam measured in likes, sales absent in B2B,
  // a lead without budget, no sponsor, no policy, no team.
  'traditional-midsize': {
    model: 'centralised',
    hints: [
      'lead-without-mandate',
      'team-needed',
      'objective-owner-fit',
      'no-board-sponsor',
      'single-department-pitfall',
      'sales-not-involved',
      'vanity-kpi',
      'policy-missing',
    ],
    pitfall: 'marketing',
  },
  // Webcare in customer service: reactive only, reputation without PR and without a crisis
  // protocol, no team, no policy.
  'telecom-webcare': {
    model: 'centralised',
    hints: [
      'team-needed',
      'objective-owner-fit',
      'single-department-pitfall',
      'crisis-without-pr',
      'monitoring-without-crisis',
      'policy-missing',
    ],
    pitfall: 'customer-service',
  },
  // 004 comments: the agency owns everything, nobody inside leads, objectives sit with no
  // natural owner, and the agency reports followers.
  'fully-outsourced': {
    model: 'centralised',
    hints: [
      'fully-outsourced',
      'lead-missing',
      'team-needed',
      'objective-owner-fit',
      'crisis-without-pr',
      'vanity-kpi',
      'policy-missing',
    ],
  },
};
