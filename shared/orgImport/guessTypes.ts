/**
 * A role's type from its job title, and a department's type from its name, in Dutch and
 * English. Only a title that names one of the domain's social-media roles gets that type;
 * everything else stays `other` (a "Marketingmanager" is not a social media manager, and a
 * wrong type would drive the rules wrongly, while `other` only leaves them quiet).
 *
 * The tables are tried in order, so the more specific words come first: "Teamleider
 * webcare" is a webcare coordinator before "webcare" makes it an agent, and "Social media
 * strateeg" a strategist before "social media" makes it a social media manager.
 */
import type { DepartmentType, RoleType } from '../model/vocabulary';
import { normaliseHeader } from './columns';

const ROLE_WORDS: readonly [RoleType, readonly string[]][] = [
  ['webcare-coordinator', ['coordinator webcare', 'webcare coordinator', 'teamleider webcare', 'webcare teamleider', 'teamlead webcare', 'webcare lead', 'webcare manager', 'hoofd webcare', 'manager webcare']],
  ['webcare-agent', ['webcare', 'webcaremedewerker', 'webcare agent', 'webcare medewerker', 'social customer service', 'social care']],
  ['community-manager', ['community manager', 'communitymanager', 'community beheerder', 'community coordinator', 'online community']],
  // A spokesperson carries the organisation's side of the conversation (the seeds' "conversation manager").
  ['conversation-manager', ['conversation manager', 'conversatiemanager', 'conversatie manager', 'woordvoerder', 'spokesperson', 'spokeswoman', 'spokesman']],
  ['strategist', ['social media strateeg', 'social media strategist', 'strateeg', 'strategist', 'digital strategist', 'online strateeg']],
  ['social-media-manager', ['social media manager', 'socialmediamanager', 'social media coordinator', 'social media specialist', 'social media adviseur', 'social media advisor', 'social media marketeer', 'social media medewerker', 'social media lead']],
  ['content-creator', ['content creator', 'contentcreator', 'content maker', 'contentmaker', 'content marketeer', 'contentmarketeer', 'content manager', 'contentmanager', 'content specialist', 'content editor', 'redacteur', 'eindredacteur', 'copywriter', 'tekstschrijver', 'videomaker', 'vormgever']],
  ['analyst', ['analist', 'analyst', 'data analist', 'data analyst', 'online analist', 'marketing analist', 'web analist', 'web analyst', 'social media analist', 'social media analyst']],
];

const DEPARTMENT_WORDS: readonly [DepartmentType, readonly string[]][] = [
  ['webcare', ['webcare']],
  ['board', ['directie', 'raad van bestuur', 'bestuur', 'board', 'management team', 'mt', 'executive board', 'executive team', 'directiesecretariaat']],
  ['customer-service', ['klantenservice', 'klantcontact', 'klantcontactcentrum', 'customer service', 'customer care', 'klantenservice en webcare', 'service desk', 'callcenter', 'contact center']],
  ['communications', ['communicatie', 'communication', 'communications', 'corporate communicatie', 'corporate communications', 'pr', 'public relations', 'voorlichting', 'woordvoering']],
  ['marketing', ['marketing', 'marketing en communicatie', 'marketingcommunicatie', 'online marketing', 'e commerce', 'ecommerce']],
  ['sales', ['verkoop', 'sales', 'commercie', 'commerciele zaken', 'accountmanagement', 'binnendienst', 'buitendienst']],
  ['it', ['it', 'ict', 'automatisering', 'informatievoorziening', 'i v', 'iv', 'informatiemanagement', 'information technology']],
  ['hr', ['hr', 'hrm', 'p o', 'p en o', 'personeelszaken', 'human resources', 'personeel en organisatie', 'recruitment', 'werving']],
  ['rnd', ['r d', 'r en d', 'research', 'research and development', 'onderzoek', 'innovatie', 'productontwikkeling', 'product development', 'ontwikkeling']],
  ['legal', ['juridisch', 'juridische zaken', 'legal', 'compliance']],
  ['operations', ['operations', 'operatie', 'logistiek', 'productie', 'bedrijfsvoering', 'facilitair', 'facilitaire dienst']],
];

function firstMatch<T extends string>(table: readonly [T, readonly string[]][], text: string, fallback: T): T {
  const normal = ` ${normaliseHeader(text)} `;
  for (const [type, words] of table) if (words.some((word) => normal.includes(` ${word} `))) return type;
  return fallback;
}

export function guessRoleType(title: string): RoleType {
  return firstMatch(ROLE_WORDS, title, 'other');
}

export function guessDepartmentType(name: string): DepartmentType {
  return firstMatch(DEPARTMENT_WORDS, name, 'other');
}
