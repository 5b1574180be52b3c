/**
 * The rule catalogue from ../../../shared/spec/domain.md: ids, severities and sources. The ids
 * are a public contract (tests, `orgcanvas lint` output, dismissals saved in boards): never
 * rename one; retire it and add a new id instead.
 */
import type { Severity } from './types';

/** The source articles (../../../shared/seeds/README.md), plus general RACI practice. */
export const SOURCE_IDS = ['000', '001', '002', '003', '004', 'raci'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** Where in an article a rule comes from: a numbered point, or a named part. */
export type Section = `#${number}` | 'conclusion' | 'comments' | 'teamTasks' | 'infographic' | 'pitfalls' | 'ahaOhOh' | 'whole';

export interface SourceRef {
  article: SourceId;
  section: Section;
}

export interface RuleMeta {
  severity: Severity;
  sources: readonly SourceRef[];
}

export const RULES = {
  'objectives-missing': {
    severity: 'tip',
    sources: [
      { article: '000', section: '#1' },
      { article: '004', section: 'comments' },
    ],
  },
  'objective-unserved': { severity: 'warning', sources: [{ article: '000', section: '#1' }] },
  'objective-owner-fit': {
    severity: 'tip',
    sources: [
      { article: '004', section: 'comments' },
      { article: '003', section: 'ahaOhOh' },
    ],
  },
  'task-unowned': { severity: 'error', sources: [{ article: '004', section: 'comments' }] },
  'task-multiple-accountable': {
    severity: 'warning',
    sources: [
      { article: '004', section: 'comments' },
      { article: 'raci', section: 'whole' },
    ],
  },
  'strategy-owned-by-it': { severity: 'warning', sources: [{ article: '000', section: '#4' }] },
  'strategic-operational-mixed': { severity: 'tip', sources: [{ article: '000', section: '#5' }] },
  'lead-missing': {
    severity: 'error',
    sources: [
      { article: '000', section: '#3' },
      { article: '000', section: 'conclusion' },
      { article: '004', section: 'comments' },
    ],
  },
  'lead-without-mandate': {
    severity: 'warning',
    sources: [
      { article: '000', section: '#7' },
      { article: '000', section: 'conclusion' },
    ],
  },
  'no-board-sponsor': { severity: 'tip', sources: [{ article: '000', section: '#7' }] },
  'team-needed': {
    severity: 'warning',
    sources: [
      { article: '000', section: '#2' },
      { article: '000', section: 'conclusion' },
      { article: '001', section: 'whole' },
    ],
  },
  'team-over-the-top': { severity: 'tip', sources: [{ article: '001', section: 'whole' }] },
  'team-not-cross-functional': {
    severity: 'tip',
    sources: [
      { article: '001', section: 'whole' },
      { article: '004', section: 'comments' },
    ],
  },
  'single-department-pitfall': {
    severity: 'tip',
    sources: [
      { article: '002', section: 'pitfalls' },
      { article: '003', section: 'whole' },
    ],
  },
  'fully-outsourced': {
    severity: 'warning',
    sources: [
      { article: '004', section: 'comments' },
      { article: '001', section: 'infographic' },
    ],
  },
  'crisis-without-pr': { severity: 'tip', sources: [{ article: '003', section: 'ahaOhOh' }] },
  'monitoring-without-crisis': { severity: 'tip', sources: [{ article: '001', section: 'teamTasks' }] },
  'sales-not-involved': { severity: 'tip', sources: [{ article: '001', section: 'infographic' }] },
  'vanity-kpi': { severity: 'tip', sources: [{ article: '001', section: 'infographic' }] },
  'policy-missing': { severity: 'tip', sources: [{ article: '001', section: 'teamTasks' }] },
  'orphan-role': { severity: 'tip', sources: [] },
  // Rule set v2 (domain.md): the seeds' advice that had no rule yet.
  'reactive-only': {
    severity: 'tip',
    sources: [
      { article: '004', section: 'comments' },
      { article: '002', section: 'pitfalls' },
    ],
  },
  'policy-without-training': {
    severity: 'tip',
    sources: [
      { article: '001', section: 'teamTasks' },
      { article: '002', section: 'comments' },
    ],
  },
  'webcare-no-escalation': { severity: 'tip', sources: [{ article: '004', section: 'comments' }] },
  'content-not-coordinated': { severity: 'tip', sources: [{ article: '000', section: '#2' }] },
  'reporting-missing': { severity: 'tip', sources: [{ article: '001', section: 'teamTasks' }] },
  'tooling-without-users': {
    severity: 'tip',
    sources: [
      { article: '000', section: '#4' },
      { article: '001', section: 'teamTasks' },
    ],
  },
} as const satisfies Record<string, RuleMeta>;

export type RuleId = keyof typeof RULES;
/** Catalogue order, which is also the order hints of equal severity are listed in. */
export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(RULES, value);
}
