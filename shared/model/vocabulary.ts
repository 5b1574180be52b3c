/**
 * The domain's closed vocabularies, exactly as ../../../shared/spec/domain.md lists them.
 * Every list is `as const` so the types, the zod schema and the palette share one source.
 */

export const NODE_KINDS = ['department', 'role', 'team', 'task', 'objective', 'external', 'note'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const DEPARTMENT_TYPES = [
  'marketing',
  'communications',
  'customer-service',
  'sales',
  'it',
  'hr',
  'rnd',
  'operations',
  'board',
  'legal',
  'webcare',
  'other',
] as const;
export type DepartmentType = (typeof DEPARTMENT_TYPES)[number];

export const ROLE_TYPES = [
  'strategist',
  'social-media-manager',
  'community-manager',
  'webcare-coordinator',
  'webcare-agent',
  'content-creator',
  'analyst',
  'conversation-manager',
  'other',
] as const;
export type RoleType = (typeof ROLE_TYPES)[number];

export const TASK_LEVELS = ['strategic', 'operational', 'facilitating'] as const;
export type TaskLevel = (typeof TASK_LEVELS)[number];

/** Task types with the level each one has unless the board overrides it. */
export const TASK_TYPE_LEVELS = {
  strategy: 'strategic',
  policy: 'strategic',
  'channel-management': 'operational',
  'content-marketing': 'operational',
  engagement: 'operational',
  webcare: 'operational',
  'reputation-monitoring': 'operational',
  'crisis-management': 'strategic',
  reporting: 'operational',
  tooling: 'facilitating',
  'internal-awareness': 'operational',
  'community-management': 'operational',
  'social-selling': 'operational',
  recruitment: 'operational',
  'market-research': 'operational',
  other: 'operational',
} as const satisfies Record<string, TaskLevel>;
export type TaskType = keyof typeof TASK_TYPE_LEVELS;
export const TASK_TYPES = Object.keys(TASK_TYPE_LEVELS) as TaskType[];

export const OBJECTIVE_TYPES = [
  'sales-marketing',
  'reputation',
  'market-research',
  'recruitment',
  'customer-care',
  'product-innovation',
] as const;
export type ObjectiveType = (typeof OBJECTIVE_TYPES)[number];

export const EXTERNAL_TYPES = ['pr-agency', 'ad-agency', 'social-media-agency', 'freelancer', 'other'] as const;
export type ExternalType = (typeof EXTERNAL_TYPES)[number];

export const RACI_LETTERS = ['R', 'A', 'C', 'I'] as const;
export type Raci = (typeof RACI_LETTERS)[number];

export const ORG_SIZES = ['small', 'medium', 'large'] as const;
export type OrgSize = (typeof ORG_SIZES)[number];
export const MARKETS = ['b2b', 'b2c', 'both'] as const;
export type Market = (typeof MARKETS)[number];
export const CULTURES = ['informal', 'hierarchical'] as const;
export type Culture = (typeof CULTURES)[number];

/** The level a task has: its override when set, else its type's default. */
export function taskLevel(taskType: TaskType, override?: TaskLevel): TaskLevel {
  return override ?? TASK_TYPE_LEVELS[taskType];
}
