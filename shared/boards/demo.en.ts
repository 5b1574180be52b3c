/**
 * The demo board's words in English, laid over demo.json (see boardTexts.ts). The company is
 * still a Dutch one, so its people keep their names.
 */
import type { BoardTexts } from './boardTexts';

export const DEMO_EN: BoardTexts = {
  name: 'Veenstra Bicycle Works BV',
  nodes: {
    'd-board': { label: 'Management' },
    'r-ceo': { label: 'Managing director', person: 'Marieke de Vries' },
    'd-mkt': { label: 'Marketing' },
    'r-strat': { label: 'Social media strategist', person: 'Sanne Jansen' },
    'r-content': { label: 'Content creator' },
    'd-comm': { label: 'Communications' },
    'r-pr': { label: 'Spokesperson', person: 'Pieter Bakker' },
    'd-cs': { label: 'Customer service' },
    'r-wcc': { label: 'Webcare coordinator', person: 'Youssef El Amrani' },
    'r-wca': { label: 'Webcare agent' },
    'd-sales': { label: 'Sales' },
    'r-am': { label: 'Business account manager' },
    'd-it': { label: 'IT' },
    'r-app': { label: 'Application manager' },
    't-smt': { label: 'Social media team' },
    'x-agency': { label: 'Zuid Content Agency' },
    'k-strat': { label: 'Social media strategy' },
    'k-policy': { label: 'Guidelines for staff' },
    'k-content': { label: 'Create and share content' },
    'k-web': { label: 'Webcare' },
    'k-mon': { label: 'Reputation monitoring' },
    'k-crisis': { label: 'Crisis protocol' },
    'k-report': { label: 'Monthly report', kpi: 'More followers and likes' },
    'k-tool': { label: 'Choose a monitoring tool' },
    'k-sell': { label: 'Social selling' },
    'o-care': { label: 'Satisfied customers' },
    'o-rep': { label: 'Strong reputation' },
    'o-sales': { label: 'More online sales' },
    'o-werving': { label: 'Recruit technicians' },
    'n-tiktok': { label: 'Parking lot: should we be on TikTok? Research the audience first.' },
  },
};
