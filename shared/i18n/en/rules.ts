/**
 * The rule set's words (shared/rules): per rule a title, a short message naming the nodes,
 * and an explanation carrying the source authors' reasoning; fix labels; the citations.
 * Messages with variants are objects keyed by `hint.variant`.
 */
export const rules = {
  severity: { error: 'Error', warning: 'Warning', tip: 'Tip' },
  severityPlural: { error: 'Errors', warning: 'Warnings', tip: 'Tips' },
  /** The label of a team a quick fix creates. */
  newTeam: 'Social media team',
  citations: {
    '000': 'R. van der Aart, “Social media strategie: Wie is er verantwoordelijk?”, Marketingfacts, 23 Sep 2009',
    '001': '“De samenstelling van een Social Media team” (blog, social media team)',
    '002': 'T. van Waard, “Social media manager” (blog, 2009)',
    '003': 'J. Govaart, “Bij wie zijn Social Media thuis?”, 17 Sep 2009',
    '004': 'Marketingfacts, “Wie doet ons online sociaal beleid?” (Marketingtrend survey with Berenschot, ~350 marketers)',
    raci: 'RACI practice: one Accountable per task',
  },
  sections: {
    conclusion: 'conclusion',
    comments: 'reader comments',
    teamTasks: 'the tasks of a social media team',
    infographic: 'remarks on the infographic',
    pitfalls: 'the three pitfalls',
    ahaOhOh: '“Aha or oh-oh?”',
    whole: '',
  },
  noSource: 'Board hygiene (not from an article)',
  panel: {
    title: 'Hints',
    region: 'Hints on this board',
    collapse: 'Fold the hints panel',
    expand: 'Open the hints panel',
    hide: 'Hide hints from the room',
    reveal: 'Reveal hints',
    hiddenNote: 'Hints are hidden while the room brainstorms. Reveal them when the group is ready.',
    empty: 'No hints: nothing on this board calls for a remark.',
    count_one: '{{count}} hint',
    count_other: '{{count}} hints',
    showOnBoard: 'Show on the board',
    why: 'Why?',
    less: 'Less',
    source: 'Source',
    sources: 'Sources',
    fixes: 'Quick fix',
    fixFailed: 'This fix no longer fits the board ({{reason}}). The hints have been refreshed.',
    dismiss: 'Dismiss for this board',
    reason: 'Reason (optional)',
    dismissed: 'Dismissed ({{count}})',
    showDismissed: 'Show dismissed hints ({{count}})',
    hideDismissed: 'Hide dismissed hints',
    more: 'Show {{count}} more',
    restore: 'Show again',
    dismissedReason: 'Reason: {{reason}}',
    badge_one: '{{count}} hint: {{severity}}',
    badge_other: '{{count}} hints, worst: {{severity}}',
  },
  cli: { clean: 'No hints: nothing to remark on this board.' },
  fixes: {
    setAccountable: 'Make “{{holder}}” accountable for “{{task}}”',
    addResponsible: 'Involve “{{holder}}” in “{{task}}” ({{raci}})',
    addTask: 'Add the task “{{taskType}}”, owned by “{{owner}}”',
    createTeam: 'Create a social media team with {{members}}',
    addMembers: 'Add {{members}} to “{{team}}”',
    addLead: 'Let “{{role}}” lead “{{team}}”',
    grantMandate: 'Record that “{{role}}” has a mandate and a budget',
    addSponsor: 'Let “{{sponsor}}” sponsor “{{target}}”',
  },
  catalogue: {
    'objectives-missing': {
      title: 'No objectives',
      message: 'There are tasks on the board, but no objective they work towards',
      explanation:
        'Van der Aart’s first handle: what the organisation wants from social media — sales and marketing, reputation, market research, recruitment, customer care — decides how to organise it, and most companies soon have several aims. A reader of the Marketingfacts survey put it the same way: start with the question which objectives you pursue, and the answer points to the owner. Without objectives on the board, every choice of owner comes down to taste or office politics.',
    },
    'objective-unserved': {
      title: 'Objective without tasks',
      message: 'No task works towards “{{objective}}”',
      explanation:
        'An objective that no task serves is a wish, not a plan. Van der Aart (#1) makes the objectives the compass for organising social media; each one needs at least one task — and so an owner — that works towards it. Connect a task to it with “serves”, or take the objective off the board if the room no longer wants it.',
    },
    'objective-owner-fit': {
      title: 'Objective owned elsewhere',
      message: {
        'customer-care': 'No task serving “{{objective}}” is owned by customer service or webcare',
        reputation: 'No task serving “{{objective}}” is owned by communications',
        'sales-marketing': 'No task serving “{{objective}}” is owned by sales or marketing',
        'product-innovation': 'No task serving “{{objective}}” is owned by R&D',
        recruitment: 'No task serving “{{objective}}” is owned by HR',
        'market-research': 'No task serving “{{objective}}” is owned by marketing or R&D',
      },
      explanation:
        'The objective points to the owner, one reader of the Marketingfacts survey argued: ideas for new products suggest R&D, solving customers’ problems customer service, selling the sales department, online PR the PR people. Govaart adds that trouble online (“oh-oh”) belongs with PR, while opportunities (“aha”) go to whoever fits the goal. On this board none of the work for it ({{tasks}}) is owned there. That can be a sound choice — “it depends”, as Govaart says — but the room should make it knowingly.',
    },
    'task-unowned': {
      title: 'Task without an owner',
      message: {
        nobody: 'Nobody is responsible for “{{task}}”',
        severalResponsible: 'Nobody is accountable for “{{task}}”: {{count}} parties do the work, none has the final say',
        onlyConsulted: 'Nobody is accountable for “{{task}}”: people are consulted or informed, but nobody carries it',
      },
      explanation:
        'When an organisation has several objectives, customer contact becomes a “hot potato”, as one reader of the Marketingfacts survey put it: it is everyone’s and no one’s. Another reader added that someone must be finally accountable, carry the work and understand what it means for the organisation. A task is owned by whoever holds A; with no A, a single R counts as owner. Give this task one accountable owner.',
    },
    'task-multiple-accountable': {
      title: 'More than one accountable',
      message: '“{{task}}” has {{count}} accountable owners: {{holders}}',
      explanation:
        'RACI works because exactly one party answers for the outcome. Two or more A’s on one task is the “hot potato” from the Marketingfacts comments in disguise: when it goes wrong, each can point at the other. Keep one A; the others can stay on as R (doing the work) or C (consulted).',
    },
    'strategy-owned-by-it': {
      title: 'IT owns the strategy',
      message: 'IT has the final say on “{{task}}”: “{{owner}}” is accountable for it',
      explanation:
        'Van der Aart is blunt (#4): putting the IT department in charge of social media is madness, because social media have far more to do with communication than with automation. IT’s facilitating role in carrying out the strategy — tools, security, integration — remains important. Keep IT on this task as R or C, and hand the A to someone who owns the conversation.',
    },
    'strategic-operational-mixed': {
      title: 'Strategy and front line in one role',
      message: '“{{role}}” owns both strategic work (“{{strategic}}”) and front-line work (“{{operational}}”)',
      explanation:
        'Van der Aart (#5) advises separating strategic from operational social media tasks: the social media strategist and the coordinator of the webcare team are clearly different roles. Whoever answers customers all day has no head left for strategy, and a strategist is not on call for complaints. In a small organisation one person may have to do both; then decide it knowingly.',
    },
    'lead-missing': {
      title: 'Nobody leads',
      message: 'Nobody leads: no role leads a team or owns the social media strategy',
      explanation:
        'Leaving social media to the employees because it is “collaborative” by nature is not an option, says Van der Aart (#3): you would not let your mail room or IT department design an advertising campaign either. His conclusion: however cross-functional the set-up, someone must lead the team and steer the strategy. Readers of the Marketingfacts survey agree: someone has to be finally accountable. Let a role lead the team, or make a role accountable for the strategy.',
    },
    'lead-without-mandate': {
      title: 'Lead without mandate or budget',
      message: {
        mandate: '“{{role}}” leads without a mandate',
        budget: '“{{role}}” leads without a budget',
        both: '“{{role}}” leads without a mandate or a budget',
      },
      explanation:
        'The social media strategist needs a mandate and a budget (Van der Aart, #7), and his conclusion repeats it: whoever leads needs a clear mandate and support across departments. A lead who must ask permission for every step cannot steer the work of other departments. Record the mandate and budget once they are agreed — or make getting them the first action after this workshop.',
    },
    'no-board-sponsor': {
      title: 'No backing from the board',
      message: 'The board of directors does not back the social media lead or team',
      explanation:
        'Support at board level for the strategy and for organising the work is indispensable, writes Van der Aart (#7) — and he wonders how many CEOs grasp how fundamental social media is. Without a director who sponsors the lead or the team, a cross-departmental effort stalls at the first clash of priorities. Draw a “sponsors” relation from the board of directors, or a director, to the team or its lead.',
    },
    'team-needed': {
      title: 'A team is needed',
      message: '{{count}} departments are active ({{departments}}), but no social media team aligns them',
      explanation:
        'In larger companies several departments are active on social media (Van der Aart, #2). That need not clash, but making the activities reinforce each other takes real coordination — and the larger the company and the more departments are active, the more a cross-functional team matters (conclusion). The article on composing a team agrees: in (mid-)large, hierarchical organisations, with more distance between people, a social media team is indispensable. Bring people from the active departments — those doing the work (R or A); the board of directors sponsors and is not counted — together in one team.',
    },
    'team-over-the-top': {
      title: 'A team may be overkill',
      message: 'A small, informal organisation probably does not need “{{team}}”',
      explanation:
        'Small companies usually have an informal culture with short lines, so they react fast; a separate social media team is then mostly superfluous — “over the top”, as the article on composing a team puts it. The same goes for companies full of young people, such as start-ups, where the opportunities get used almost automatically. Agreeing who does what may serve better than a team.',
    },
    'team-not-cross-functional': {
      title: 'Team not cross-functional',
      message_zero: 'Nobody in “{{team}}” represents a department',
      message_one: '“{{team}}” draws its members from only one department',
      message_other: '“{{team}}” draws its members from only {{count}} departments',
      explanation:
        'A social media team should mirror the organisation, simply because social media is not the exclusive domain of, say, marketing (article on composing a team). A reader of the Marketingfacts survey proposed a dedicated team with people from customer service, marketing and PR. With fewer than three departments at the table — its lead counts, the board of directors, which sponsors, does not — the team sees its audience through one or two departments’ eyes.',
    },
    'single-department-pitfall': {
      title: 'All in one department',
      message: {
        marketing: 'All owned work sits in “{{department}}”: beware of spamming offers',
        'customer-service': 'All owned work sits in “{{department}}”: beware of the department just sitting and waiting for complaints',
        communications: 'All owned work sits in “{{department}}”: beware of scattering press releases',
        other: 'All owned work sits in one department, “{{department}}”',
      },
      explanation:
        'Van Waard describes what happens when social media is parked in one department: Marketing spams every forum and account with offers; Customer Service sits waiting for customers with problems and forgets its own initiative — and sometimes the commercial side; Communications mainly scatters press releases. Govaart: distrust anyone who says social media belongs to their discipline alone. Spread the ownership, or give it to a role whose title signals a department-independent job. Facilitating work such as choosing tools is not counted: IT facilitates (Van der Aart, #4).',
    },
    'fully-outsourced': {
      title: 'Outsourced',
      message: {
        all: 'Every owned task is outsourced, among others to “{{party}}”',
        allObjectives: 'Every owned task is outsourced, among others to “{{party}}”, including the work for {{objectives}}',
        allReputation: 'Every owned task is outsourced, among others to “{{party}}”, including {{tasks}}, with communications left out',
        allBoth:
          'Every owned task is outsourced, among others to “{{party}}”, including the work for {{objectives}}, and {{tasks}} with communications left out',
        core: '“{{task}}” is owned by an outside party, “{{party}}”',
      },
      explanation:
        'Outsourcing everything is tempting, a reader of the Marketingfacts survey notes, but agencies often lack the mandate to speak for the client and to enter a real dialogue, and cannot switch quickly with the people who have the final say. The article on composing a team finds full outsourcing rare, and thinks that a good thing. Let agencies do the work (R) and advise (C), but keep the strategy, the conversation with your audience, webcare and crisis management owned inside.',
    },
    'crisis-without-pr': {
      title: 'Reputation without communications',
      message: {
        'crisis-management': 'Communications does not work on the crisis task “{{task}}”',
        'crisis-management-named': 'Communications does not work on “{{task}}”',
        'reputation-monitoring': 'Communications has no part in the reputation monitoring task “{{task}}”',
        'reputation-monitoring-named': 'Communications has no part in “{{task}}”',
      },
      explanation:
        'Govaart distinguishes “aha” (opportunities) from “oh-oh” (trouble online), and the oh-oh belongs with the PR people: when a reputation is at stake, they are the ones to put out the fire — or better, to prevent it. So communications (or a PR agency) must do the crisis work, as R or A: being consulted or informed is not enough. In reputation monitoring it must at least take part. Without them, the people who will have to speak for the organisation hear about it last.',
    },
    'monitoring-without-crisis': {
      title: 'Monitoring without a crisis plan',
      message: '“{{task}}” is on the board, but no crisis management task',
      explanation:
        'The article on composing a team lists online reputation management “including monitoring and crisis management” as one task area: they belong together. Monitoring tells you a storm is coming; without a crisis task nobody has agreed who acts, who speaks and who decides when it arrives.',
    },
    'sales-not-involved': {
      title: 'Sales not involved',
      message: {
        'idle-b2b': 'Sales takes part in no social media task, though the organisation sells to businesses',
        'idle-both': 'Sales takes part in no social media task, though the organisation also sells to businesses',
        'absent-b2b': 'There is no sales department on the board, though the organisation sells to businesses',
        'absent-both': 'There is no sales department on the board, though the organisation also sells to businesses',
      },
      explanation:
        'The article on composing a team notes that sales hardly seems involved in social media, and calls that a missed chance, above all in B2B. Where the buyers are businesses, account managers and social selling are where conversations on social media turn into orders.',
    },
    'vanity-kpi': {
      title: 'Vanity KPI',
      message: 'The KPI of “{{task}}” only counts followers or likes (“{{kpi}}”)',
      explanation:
        'Success is still measured with meaningless data such as the number of followers, the article on composing a team observes — and only 5% of the organisations in its infographic were satisfied with their results. Followers and likes say how many people could hear you, not whether your objective moves. Measure the result as well: questions resolved, leads, sentiment, applicants.',
    },
    'policy-missing': {
      title: 'No social media policy',
      message: 'There is no task for a social media policy or guidelines',
      explanation:
        'Among the tasks of a social media team, the article on composing a team lists setting an example with a social media policy or guidelines. In a medium or large organisation many employees are on social media, for work and privately; guidelines tell them what they may say on the company’s behalf and whom to call when it goes wrong.',
    },
    'orphan-role': {
      title: 'Loose role',
      message: '“{{role}}” is in no department or team and has no task',
      explanation:
        'A loose role is usually left over from the brainstorm, or a person the room has not yet found a place for. Put it in a department, add it to a team or give it a task — or remove it, so the board stays readable.',
    },
    'reactive-only': {
      title: 'Only reactive',
      message: '“{{task}}” answers questions and complaints, but no task starts the conversation',
      explanation:
        '“Webcare is only the reactive part”, a reader of the Marketingfacts survey wrote: using social media proactively belongs with marketing (communications). Van Waard describes the same trap from the other side: a customer service that sits waiting for customers with problems and forgets its own initiative. Add the proactive half — interaction with the audience, content or a community — and agree who owns it.',
    },
    'policy-without-training': {
      title: 'Policy without training',
      message: '“{{task}}” sets the rules, but no task makes sure everyone knows and supports them',
      explanation:
        'The article on composing a team lists both living out the social media policy or guidelines and building awareness and support by sharing knowledge and experience inside the organisation. A policy that nobody explains stays a document. A social media manager among Van Waard’s readers put training first in the “missionary work” still to be done, before the tools and the policy itself. Add a task for awareness and training inside the organisation.',
    },
    'webcare-no-escalation': {
      title: 'Webcare cannot escalate',
      message: {
        outside: '“{{owner}}”, who owns “{{task}}”, has no part in “{{crisis}}”, so there is nobody to escalate to',
        noCrisis: '“{{owner}}”, who owns “{{task}}”, has nobody to escalate to: there is no crisis management task',
      },
      explanation:
        'Webcare answers in public, often within the hour. When a question turns into a storm, it has to “switch quickly with the people who have the final say”, as a reader of the Marketingfacts survey put it — the very line an outside agency lacks. Give whoever owns webcare, or at least their department, a part in crisis management (consulted will do), so that escalating is agreed before it is needed.',
    },
    'content-not-coordinated': {
      title: 'Content not aligned',
      message: 'Content and conversation are owned in {{count}} departments ({{departments}}), and nobody aligns them',
      explanation:
        'In larger companies several departments are active on social media, Van der Aart writes (#2). Their activities need not clash, though some alignment, “for instance on timing”, is welcome — and making them reinforce each other takes more. Here the content and the interaction are owned in several departments, their owners do not sit together in one team, and the lead has no part in any of it. Bring the owners together in one team, or give the lead a part in their work.',
    },
    'reporting-missing': {
      title: 'No internal reporting',
      message: 'There is no task for reporting internally on progress and results',
      explanation:
        'Among the tasks of a social media team, the article on composing a team lists internal reporting and communication on progress, the successes achieved and the missteps. In a medium or large organisation that is how the board and the departments see what social media brings, and how the team learns from what went wrong. Let someone own it — usually the lead.',
    },
    'tooling-without-users': {
      title: 'Tools chosen without their users',
      message: 'IT owns “{{task}}”, but none of the social media roles who will use the tools has a say in it',
      explanation:
        'IT plays an important facilitating role in carrying out the strategy, writes Van der Aart (#4) — facilitating, not deciding what social media is for. The article on composing a team counts assessing and buying software (intranet, monitoring, automation) among the team’s own tasks. A tool chosen without the strategist, the webcare people or the content makers tends to fit the IT landscape better than the work. Consult at least one of them (C).',
    },
  },
};
