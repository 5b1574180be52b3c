import { describe, expect, it } from 'vitest';
import { guessDepartmentType, guessRoleType } from '../../../shared/orgImport/guessTypes';

describe('role types from job titles', () => {
  it.each([
    ['Webcare', 'webcare-agent'],
    ['Webcare medewerker', 'webcare-agent'],
    ['Teamleider Webcare', 'webcare-coordinator'],
    ['Coördinator webcare', 'webcare-coordinator'],
    ['Community manager', 'community-manager'],
    ['Communitymanager', 'community-manager'],
    ['Woordvoerder', 'conversation-manager'],
    ['Spokesperson', 'conversation-manager'],
    ['Social media strateeg', 'strategist'],
    ['Social Media Strategist', 'strategist'],
    ['Social media manager', 'social-media-manager'],
    ['Content creator', 'content-creator'],
    ['Contentmarketeer', 'content-creator'],
    ['Redacteur', 'content-creator'],
    ['Data-analist', 'analyst'],
    ['Online Analyst', 'analyst'],
  ])('%s → %s', (title, type) => {
    expect(guessRoleType(title)).toBe(type);
  });

  it.each(['Marketingmanager', 'Algemeen directeur', 'Systeembeheerder', 'Accountmanager', 'Projectleider', '', 'Chief Executive Officer'])('leaves "%s" as other', (title) => {
    expect(guessRoleType(title)).toBe('other');
  });
});

describe('department types from names', () => {
  it.each([
    ['Directie', 'board'],
    ['Raad van Bestuur', 'board'],
    ['Marketing', 'marketing'],
    ['Communicatie', 'communications'],
    ['Klantenservice', 'customer-service'],
    ['Customer Service', 'customer-service'],
    ['Verkoop', 'sales'],
    ['ICT', 'it'],
    ['P&O', 'hr'],
    ['Juridische zaken', 'legal'],
    ['Webcare', 'webcare'],
    ['Facilitair bedrijf', 'operations'],
    ['Financiën', 'other'],
  ])('%s → %s', (name, type) => {
    expect(guessDepartmentType(name)).toBe(type);
  });
});
