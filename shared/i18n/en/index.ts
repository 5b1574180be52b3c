/**
 * The English catalogue as one i18next bundle (namespace `translation`). Its own module, so
 * that the renderer loads only the language it shows (renderer/i18n/setup.ts).
 */
import { app } from './app';
import { changePlan } from './changePlan';
import { compare } from './compare';
import { desktop } from './desktop';
import { domain } from './domain';
import { editor } from './editor';
import { exportTexts } from './export';
import { models } from './models';
import { orgImport } from './orgImport';
import { problems, refusals } from './problems';
import { reliability } from './reliability';
import { rules } from './rules';
import { scenarios } from './scenarios';
import { storage } from './storage';
import { templates } from './templates';
import { workshop } from './workshop';

export const translation = { app, editor, ...domain, problems, refusals, rules, export: exportTexts, models, templates, workshop, storage, desktop, reliability, changePlan, compare, orgImport, scenarios };
