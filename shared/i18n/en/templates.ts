/** Board templates: the five organisation models and four situations from the source articles. */
export const templates = {
  title: 'Start from a template',
  groups: {
    model: 'Organisation models',
    situation: 'Situations from practice',
  },
  fields: {
    organisation: 'Example organisation',
    explanation: 'How it works',
    fits: 'When it fits',
    risks: 'Risks',
  },
  open: 'Open template',
  items: {
    decentralised: {
      title: 'Decentralised (organic)',
      organisation:
        'The Municipality of Beekdal, a local council with about 900 staff. Communications, the contact centre, HR, city marketing and the sports department each run their own accounts.',
      explanation:
        'Social media grows where the enthusiasm is: each department opens its own accounts and decides for itself what to post. There is no strategy, no shared policy and nobody who oversees the whole.',
      fits:
        'At the very start, to find out what works; in small organisations with short lines; or where departments serve truly different audiences and nobody has the mandate to coordinate yet.',
      risks:
        'Uneven tone and quality, forgotten accounts, duplicated effort and tools, and nobody who acts when a post causes trouble. Without central coordination, contact with the public becomes everyone’s job and no one’s.',
    },
    centralised: {
      title: 'Centralised',
      organisation:
        'Thuisbasis Housing Association, a housing association with about 180 staff. A central communications and online team does everything, from the strategy to answering tenants.',
      explanation:
        'One unit owns social media for the whole organisation: it sets the strategy, runs the channels, makes the content and answers the questions. Other departments are consulted at most.',
      fits:
        'When one consistent voice matters most, as in regulated or sensitive sectors; at the start of a professional approach; or when the organisation is small enough for one team to keep up.',
      risks:
        'The centre becomes a bottleneck and loses touch with the business: tenants’ questions land with communicators, other departments lose interest, and the host department’s own pitfall shows, such as press releases instead of conversation.',
    },
    'hub-and-spoke': {
      title: 'Hub and spoke',
      organisation:
        'Lindeborgh Health Insurance, a health insurer with about 2,000 staff. A social media hub led by a manager with mandate sets the course; customer service, marketing, communications, HR and the business market do the work.',
      explanation:
        'A cross-functional hub owns the strategy, guidelines, tools, training and reporting. The departments are the spokes: each runs its own part, such as webcare, content, recruitment or social selling, within the shared frame.',
      fits:
        'Mid-size and large organisations where several departments are active and need aligning. It is the usual next step after a centralised or organic start.',
      risks:
        'Without real mandate and budget the hub is ignored; a hub that keeps doing the work itself never lets the spokes grow; who reports to whom between hub and spokes must be clear.',
    },
    dandelion: {
      title: 'Multiple hub and spoke (dandelion)',
      organisation:
        'Meerman Publishing Group, a publisher with about 1,200 staff and two divisions: educational and general books. Each division has its own social hub; a group team keeps them in line.',
      explanation:
        'Several hub-and-spoke set-ups side by side, one per division, brand or country, each with its own spokes. A central hub at group level owns the shared strategy, guidelines, tools, crisis protocol and reporting.',
      fits:
        'Large organisations with clearly different brands, markets or countries, where a single hub cannot know every audience.',
      risks:
        'Hubs drift apart and duplicate work and tools; a brand hub can shrink into a marketing silo without customer service or sales; it must be clear who decides when a brand issue becomes a group issue.',
    },
    honeycomb: {
      title: 'Holistic (honeycomb)',
      organisation:
        'Bitwerf IT Services, an IT services firm with about 200 staff and an informal culture. Every department uses social media in its own work; a coach provides guidelines, training and tools.',
      explanation:
        'Everyone takes part: sales sells socially, HR recruits, developers run a community, support helps customers, consultants share what they know. Shared policy, training and a network of peers keep it safe and consistent, not a controlling centre.',
      fits:
        'Organisations where social media is part of everyone’s job and people are trained and trusted, often knowledge-driven and informal. It is the mature end point after hub and spoke.',
      risks:
        'Without a clear owner for the strategy and for crises, "everyone" turns into "no one"; training has to keep up with newcomers; one voice and one overall measure are harder to keep.',
    },
    'small-informal': {
      title: 'Small informal company',
      organisation:
        'De Boon Coffee Roasters, a coffee roaster with fourteen people, a shop with a coffee bar and a web shop. Everyone posts a little; a "social media team" was set up all the same.',
      explanation:
        'In a small company with an informal culture and short lines, people take up social media by themselves and react quickly. A formal team adds little and is usually over the top. What helps is one person who keeps the overview.',
      fits: 'Start-ups, shops, small agencies and other firms under about 50 people, where everyone knows everyone.',
      risks:
        'Replies to messages and reviews fall between two stools when several people feel half responsible; meetings that cost more than they bring.',
    },
    'traditional-midsize': {
      title: 'Traditional mid-size company',
      organisation:
        'Hendriks & Zonen Installations, an installation company with about 160 staff and a hierarchical culture. Marketing runs all of social media; sales, the service desk and HR hardly take part.',
      explanation:
        'In a mid-size, hierarchical company the departments are far apart and social media gets parked in one of them, here marketing. Marketing does what it knows: offers and promotions, measured in followers and likes. Without a team, customer questions, recruitment and business sales miss out.',
      fits: 'The starting point of many traditional firms. Use it to show what a cross-functional team would change.',
      risks:
        'Promotion spam instead of conversation, complaints answered by marketers, sales absent from LinkedIn in a business market, a lead without budget, no policy, and success measured in vanity metrics.',
    },
    'telecom-webcare': {
      title: 'Webcare team at a telecom operator',
      organisation:
        'TeleNoord, a telecom operator with about 3,000 staff. A webcare team within customer service answers questions and complaints online around the clock.',
      explanation:
        'Webcare traditionally lands with customer service, because that is where the questions go. A professional webcare team solves many problems fast, but social media stays reactive: waiting for complaints, while reputation, crises and proactive use are left to no one.',
      fits:
        'Operators, energy suppliers, banks and others with a high volume of customer contact. A strong base to build a hub and spoke on.',
      risks:
        'Only reactive; communications not involved when an outage trends, and no crisis protocol; reputation watched by customer service instead of PR; no policy for the rest of the company.',
    },
    'fully-outsourced': {
      title: 'Fully outsourced (anti-pattern)',
      organisation:
        'Stijlvol Fashion, a fashion chain with about 220 staff. A social media agency does everything, from the strategy to complaints; a PR agency handles crises.',
      explanation:
        'All social media work sits with external parties. It looks efficient, but an agency rarely has the mandate to speak for the company and cannot quickly reach the people who decide. Outsourcing everything is rare, and rightly so.',
      fits:
        'Hardly ever as a whole. Agencies are useful for specialist work, such as content production, campaigns or monitoring out of hours, under an owner inside the company.',
      risks:
        'No mandate and no speed in conversations, no knowledge built up inside, customers bounced between agency and customer service, and reports about followers instead of results.',
    },
  },
};
