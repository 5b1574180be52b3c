/** Organisation models (Altimeter / Owyang 2010) and how detection explains itself. */
export const models = {
  source: 'Models after Altimeter / Jeremiah Owyang (2010), how companies organise for social media.',
  names: {
    decentralised: 'Decentralised (organic)',
    centralised: 'Centralised',
    'hub-and-spoke': 'Hub and spoke',
    dandelion: 'Multiple hub and spoke (dandelion)',
    honeycomb: 'Holistic (honeycomb)',
  },
  summaries: {
    decentralised:
      'Social media grows bottom-up: departments and employees start on their own, with no central coordination. Quick and authentic, but inconsistent, and nobody answers for the whole.',
    centralised:
      'One department or team owns social media and does it for the whole organisation. Consistent and in control, but far from the rest of the business and easily a bottleneck.',
    'hub-and-spoke':
      'A cross-functional central team, the hub, sets strategy, guidelines and tools and supports the rest; departments, the spokes, run their own social media within that frame.',
    dandelion:
      'Several hub-and-spoke set-ups side by side, for instance one per brand, division or country, each with its own spokes and kept in line by shared rules from a central hub.',
    honeycomb:
      'Everyone takes part: each department and employee uses social media in their own work, safely and consistently, because policy, training and tools are shared. The centre enables rather than controls.',
  },
  title: 'Organisation model',
  close: 'Close the organisation model',
  headline: 'Closest to: {{model}}',
  noModel: 'Not enough on the board to tell',
  confidence: {
    clear: 'Clear match',
    likely: 'Likely; {{runnerUp}} is not far behind',
    mixed: 'Mixed: this board sits between {{model}} and {{runnerUp}}',
    none: 'Nothing to go on yet',
  },
  scoreLine: '{{model}}: {{percent}}%',
  lookedAt: 'What was looked at',
  why: 'Why this model',
  against: 'What does not fit',
  scores: 'Score per model',
  nextStep: 'Next step',
  facts: {
    noTasks: 'The board has no tasks yet: add the social media tasks and who does them.',
    departmentsTakePart: '{{active}} of {{total}} departments take part in social media tasks (the board of directors not counted).',
    departmentsOwn_one: '{{count}} department owns social media tasks itself.',
    departmentsOwn_other: '{{count}} departments own social media tasks themselves.',
    topUnit: '{{name}} owns the most: {{percent}}% of the tasks that have an owner.',
    nothingOwned: 'None of the {{count}} tasks has an owner.',
    noHub: 'No team coordinates.',
    hubs_one: 'One team coordinates: {{names}}.',
    hubs_other: '{{count}} teams coordinate: {{names}}.',
    hubSteers: '{{name}} steers: the team or its lead owns the strategy or the policy.',
    strategyOwner: 'The strategy is owned by {{name}}.',
    strategyUnowned: 'There is a strategy task, but nobody owns it.',
    strategyMissing: 'There is no strategy task.',
    policyAndAwareness: 'An owned policy and internal awareness work (training, sharing knowledge) are in place.',
    policyOnly: 'There is an owned policy, but no internal awareness work.',
    awarenessOnly: 'There is internal awareness work, but no owned policy.',
    noEnablement: 'There is no owned policy and no internal awareness work.',
    externalShare: 'External parties own {{percent}}% of the tasks that have an owner.',
  },
  criteria: {
    noCoordination: 'Nobody coordinates: no owner of the strategy, no steering team, no policy',
    severalOwners: 'Several departments own social media tasks',
    noHub: 'There is no coordinating team',
    spreadThin: 'No single unit owns most of the work',
    oneUnitOwnsMost: 'One unit owns most of the tasks',
    fewOwningDepartments: 'Hardly any other department owns tasks',
    centreOwnsStrategy: 'That same unit owns the strategy',
    oneSteeringHub: 'One team steers: it or its lead owns the strategy or the policy',
    hubCrossFunctional: 'That team draws its members from several departments',
    departmentsAsSpokes: 'Departments do the day-to-day work themselves, as spokes',
    severalHubs: 'Several teams coordinate, for instance per brand, division or region',
    hubsOwnWork: 'Those teams own work of their own',
    centralRules: 'Shared rules from the centre: an owned strategy or policy',
    everyDepartmentOwns: 'Nearly every department owns social media work',
    enablement: 'Policy and internal awareness make it safe for everyone to take part',
    noControllingCentre: 'No team controls it from the centre',
    someoneLeads: 'Someone leads: a role leads a team or owns the strategy',
  },
  nextSteps: {
    outsourced:
      'The centre sits outside the organisation: an agency rarely has the mandate or the speed to speak for you. Bring ownership of the strategy and the conversations back in-house, and keep the agency for support.',
    decentralised: {
      small:
        'Fine at this size: short lines do the coordinating. Agree on a few house rules and name one person to call when something goes wrong online.',
      medium:
        'Several departments acting on their own calls for coordination: name one lead with mandate and bring the active departments together in a small team, the first step toward hub and spoke.',
      large:
        'At more than 250 people, uncoordinated activity puts reputation and consistency at risk: set up a central hub led by someone with mandate and budget, and let departments work as its spokes (hub and spoke).',
    },
    centralised: {
      small:
        'One owner suits a small organisation. Make sure that person has mandate and a stand-in, and hears what customers tell the rest of the company.',
      medium:
        'Keep the centre, but involve the departments that talk to customers, such as customer service and sales, through a small cross-functional team, so the centre does not become a bottleneck.',
      large:
        'Centralised at more than 250 people: consider hub and spoke. Keep strategy, policy and tools in the centre and let departments run their own conversations as spokes.',
    },
    'hub-and-spoke': {
      small:
        'A hub with spokes is heavy for a small organisation: one lead with short lines to the others is usually enough.',
      medium:
        'A good fit at this size. Keep training the spokes and hand them more of the work, so the hub coordinates instead of doing it all.',
      large:
        'If brands, divisions or countries differ a lot, give each its own hub (multiple hub and spoke); if not, spread skills and policy to everyone and grow toward holistic.',
    },
    dandelion: {
      small: 'Several hubs are too much for a small organisation: bring them together under one owner.',
      medium: 'Check that several hubs pay off at this size; one hub with spokes is simpler and often enough.',
      large:
        'Fits a large organisation with several brands or divisions. Keep the hubs in line: shared policy, tools, crisis protocol and reporting from the central hub.',
    },
    honeycomb: {
      small:
        'Natural for a small, informal organisation. Write down a few guidelines so everyone stays consistent, and agree who acts in a crisis.',
      medium:
        'Keep it safe as you grow: refresh policy and training, monitor together, and keep one owner for the strategy and for crises.',
      large:
        'The most mature model. Keep it up: training for newcomers, shared monitoring and a clear owner for crises and strategy, so that "everyone" never turns into "no one".',
    },
  },
};
