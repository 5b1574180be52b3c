/**
 * The five ways organisations arrange social media, after Altimeter / Jeremiah Owyang
 * (2010). Ids are stable: templates, tests and the hints panel refer to them.
 */
export const ORG_MODELS = ['decentralised', 'centralised', 'hub-and-spoke', 'dandelion', 'honeycomb'] as const;
export type OrgModel = (typeof ORG_MODELS)[number];

export function isOrgModel(value: unknown): value is OrgModel {
  return typeof value === 'string' && (ORG_MODELS as readonly string[]).includes(value);
}
