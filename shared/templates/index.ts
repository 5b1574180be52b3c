/**
 * Board templates: the five ways organisations arrange social media (Altimeter / Owyang
 * 2010), each with a realistic Dutch example organisation, and four situations from the
 * source articles in ../../../shared/seeds. The boards are plain format-v1 files in
 * ./boards (structure and Dutch words), so every runtime can import them and `orgcanvas
 * validate` can check them; ./texts holds their English words, laid over the same structure
 * (../boards/boardTexts.ts). Their descriptions (title, example, explanation, when it fits,
 * risks) are `templates.items.<id>.*` in the catalogues.
 */
import { withTexts, type BoardTexts } from '../boards/boardTexts';
import type { Language } from '../i18n/languages';
import type { Board } from '../model/board';
import { parseBoardValue } from '../model/parse';
import type { OrgModel } from '../orgModels/modelIds';
import centralised from './boards/centralised.json' with { type: 'json' };
import dandelion from './boards/dandelion.json' with { type: 'json' };
import decentralised from './boards/decentralised.json' with { type: 'json' };
import fullyOutsourced from './boards/fully-outsourced.json' with { type: 'json' };
import honeycomb from './boards/honeycomb.json' with { type: 'json' };
import hubAndSpoke from './boards/hub-and-spoke.json' with { type: 'json' };
import smallInformal from './boards/small-informal.json' with { type: 'json' };
import telecomWebcare from './boards/telecom-webcare.json' with { type: 'json' };
import traditionalMidsize from './boards/traditional-midsize.json' with { type: 'json' };
import * as modelsEn from './texts/models.en';
import * as situationsEn from './texts/situations.en';

export const TEMPLATE_IDS = [
  'decentralised',
  'centralised',
  'hub-and-spoke',
  'dandelion',
  'honeycomb',
  'small-informal',
  'traditional-midsize',
  'telecom-webcare',
  'fully-outsourced',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** Source articles a situation comes from (file prefixes in ../../../shared/seeds). */
export type SeedArticle = '000' | '001' | '002' | '003' | '004';

export interface TemplateInfo {
  id: TemplateId;
  /** `model`: one of the five models; `situation`: a case from the source articles. */
  group: 'model' | 'situation';
  /** The model the board shows; detectModel must name it (tests hold it to that). */
  model: OrgModel;
  /** Articles the situation is drawn from; the models come from Owyang, not the seeds. */
  sources: readonly SeedArticle[];
}

export const TEMPLATES: readonly TemplateInfo[] = [
  { id: 'decentralised', group: 'model', model: 'decentralised', sources: [] },
  { id: 'centralised', group: 'model', model: 'centralised', sources: [] },
  { id: 'hub-and-spoke', group: 'model', model: 'hub-and-spoke', sources: [] },
  { id: 'dandelion', group: 'model', model: 'dandelion', sources: [] },
  { id: 'honeycomb', group: 'model', model: 'honeycomb', sources: [] },
  // Organic: everyone posts a little; the team they formed anyway coordinates nothing (001).
  { id: 'small-informal', group: 'situation', model: 'decentralised', sources: ['001'] },
  // Parked in marketing (002), the hierarchical mid-size firm that needs a team (001).
  { id: 'traditional-midsize', group: 'situation', model: 'centralised', sources: ['001', '002'] },
  // Webcare parked in customer service, reactive only (002, 003, 004 comments).
  { id: 'telecom-webcare', group: 'situation', model: 'centralised', sources: ['002', '003', '004'] },
  // The centre sits outside the walls: an agency owns it all (001, 004 comments).
  { id: 'fully-outsourced', group: 'situation', model: 'centralised', sources: ['001', '004'] },
];

const FILES: Record<TemplateId, unknown> = {
  decentralised,
  centralised,
  'hub-and-spoke': hubAndSpoke,
  dandelion,
  honeycomb,
  'small-informal': smallInformal,
  'traditional-midsize': traditionalMidsize,
  'telecom-webcare': telecomWebcare,
  'fully-outsourced': fullyOutsourced,
};

/** Each template's English words (the Dutch are in its file). */
export const TEMPLATE_TEXTS_EN: Record<TemplateId, BoardTexts> = {
  decentralised: modelsEn.decentralised,
  centralised: modelsEn.centralised,
  'hub-and-spoke': modelsEn.hubAndSpoke,
  dandelion: modelsEn.dandelion,
  honeycomb: modelsEn.honeycomb,
  'small-informal': situationsEn.smallInformal,
  'traditional-midsize': situationsEn.traditionalMidsize,
  'telecom-webcare': situationsEn.telecomWebcare,
  'fully-outsourced': situationsEn.fullyOutsourced,
};

export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && (TEMPLATE_IDS as readonly string[]).includes(value);
}

export function templateInfo(id: TemplateId): TemplateInfo {
  return TEMPLATES.find((t) => t.id === id)!;
}

/**
 * A fresh, validated copy of a template's board in `language`, so one caller's edits never
 * reach another's. Dutch unless asked otherwise: callers that create a board for a user pass
 * the interface language.
 */
export function templateBoard(id: TemplateId, language: Language = 'nl'): Board {
  const result = parseBoardValue(JSON.parse(JSON.stringify(FILES[id])));
  // Templates ship with the app and are covered by tests; failing here is a build defect.
  if (!result.ok) throw new Error(`The built-in template "${id}" is invalid: ${JSON.stringify(result.problems)}`);
  return language === 'en' ? withTexts(result.value, TEMPLATE_TEXTS_EN[id]) : result.value;
}
