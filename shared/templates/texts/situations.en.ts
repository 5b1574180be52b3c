/**
 * The four situation templates' words in English, laid over the Dutch boards in ../boards
 * (see ../../boards/boardTexts.ts). The organisations are Dutch: their people keep their
 * names, and their names keep the proper part while the rest is translated.
 */
import type { BoardTexts } from '../../boards/boardTexts';

export const smallInformal: BoardTexts = {
  name: 'De Boon Coffee Roasters',
  nodes: {
    'd-owners': { label: 'Owners' },
    'r-owner': { label: 'Owner and roaster', person: 'Joost Brouwer' },
    'd-shop': { label: 'Shop and coffee bar' },
    'r-barista': { label: 'Barista', person: 'Noor' },
    'd-webshop': { label: 'Web shop' },
    'r-webshop': { label: 'Web shop manager' },
    'd-roastery': { label: 'Roastery' },
    'r-roaster': { label: 'Roastery assistant' },
    't-team': { label: 'Social media team' },
    'k-insta': { label: 'Instagram: coffee of the week' },
    'k-behind': { label: 'A look inside the roastery' },
    'k-shop': { label: 'Keep the web shop and Google profile up to date' },
    'k-reply': { label: 'Reply to messages and reviews' },
    'o-sales': { label: 'More visitors and web shop sales' },
    'n-team': { label: 'Question for the session: with fourteen people, do we really need a team, or one point of contact?' },
  },
};

export const traditionalMidsize: BoardTexts = {
  name: 'Hendriks & Zonen Installations',
  nodes: {
    'd-board': { label: 'Management' },
    'r-ceo': { label: 'Director', person: 'Gerard Hendriks' },
    'd-mkt': { label: 'Marketing and communications' },
    'r-mktmgr': { label: 'Marketing manager', person: 'Petra Wolters' },
    'r-mkt': { label: 'Marketing assistant' },
    'd-sales': { label: 'Sales' },
    'r-am': { label: 'Account manager' },
    'd-service': { label: 'Service desk' },
    'r-planner': { label: 'Service desk planner' },
    'd-projects': { label: 'Projects and installation' },
    'r-pl': { label: 'Project manager' },
    'd-hr': { label: 'HR' },
    'r-hr': { label: 'HR adviser' },
    'k-strat': { label: 'Social media plan' },
    'k-promo': { label: 'Post promotions and offers', kpi: 'Number of followers and likes' },
    'k-chan': { label: 'Facebook and LinkedIn pages' },
    'k-web': { label: 'Comments and complaints' },
    'k-rec': { label: 'Vacancies for installers' },
    'k-report': { label: 'Monthly figures' },
    'o-sales': { label: 'More maintenance contracts' },
    'o-care': { label: 'Satisfied customers' },
    'o-staff': { label: 'Recruit installers' },
    'n-sales': { label: 'Question for the session: why isn’t Sales involved? Our business customers are on LinkedIn.' },
  },
};

export const telecomWebcare: BoardTexts = {
  name: 'TeleNoord',
  nodes: {
    'd-board': { label: 'Management' },
    'r-dir': { label: 'Director, consumer market' },
    'd-cs': { label: 'Customer service' },
    'r-csmgr': { label: 'Customer service manager', person: 'Sandra Visser' },
    'r-wcc': { label: 'Webcare coordinator', person: 'Kevin Bos' },
    'r-wca': { label: 'Webcare agent' },
    'r-wca2': { label: 'Evening and weekend webcare agent' },
    'd-comm': { label: 'Corporate communications' },
    'r-spokes': { label: 'Spokesperson' },
    'd-mkt': { label: 'Marketing' },
    'r-campaign': { label: 'Campaign manager' },
    'd-network': { label: 'Network operations' },
    'r-outage': { label: 'Outage coordinator' },
    'd-it': { label: 'IT' },
    'r-tool': { label: 'Webcare tool administrator' },
    'k-strat': { label: 'Webcare strategy' },
    'k-web': { label: 'Questions and complaints, 24/7', kpi: 'Reply within 30 minutes, 80% solved first time' },
    'k-forum': { label: 'Join in on forums' },
    'k-chan': { label: 'Outage updates on X and the forum' },
    'k-mon': { label: 'Track mentions and sentiment' },
    'k-report': { label: 'Webcare reporting' },
    'k-tool': { label: 'Webcare tool' },
    'o-care': { label: 'Customers helped online' },
    'o-trust': { label: 'Less damage to our image from outages' },
    'n-outage': { label: 'Question for the session: who calls the spokesperson when an outage is trending on X?' },
  },
};

export const fullyOutsourced: BoardTexts = {
  name: 'Stijlvol Fashion',
  nodes: {
    'd-board': { label: 'Management' },
    'r-ceo': { label: 'Director' },
    'd-mkt': { label: 'Marketing' },
    'r-mktmgr': { label: 'Marketing manager', person: 'Iris Claassen' },
    'd-cs': { label: 'Customer service' },
    'r-cslead': { label: 'Customer service team leader' },
    'd-stores': { label: 'Stores' },
    'r-region': { label: 'Regional store manager' },
    'x-agency': { label: 'Buzzwerk Social Media Agency' },
    'x-pr': { label: 'Kernboodschap PR Agency' },
    'k-strat': { label: 'Social media strategy' },
    'k-content': { label: 'Posts and campaigns' },
    'k-engage': { label: 'Reply to comments' },
    'k-web': { label: 'Complaints and DMs' },
    'k-mon': { label: 'Reputation monitoring' },
    'k-crisis': { label: 'Crisis communications' },
    'k-report': { label: 'The agency’s monthly report', kpi: 'Growth in followers and likes' },
    'o-sales': { label: 'More online sales' },
    'o-care': { label: 'Customers helped quickly' },
    'o-trust': { label: 'A brand with a good name' },
    'n-speed': { label: 'Question for the session: how long does the agency take to resolve a complaint about a store?' },
  },
};
