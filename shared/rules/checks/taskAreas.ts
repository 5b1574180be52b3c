/**
 * Task areas that belong together (rule set v2): answering customers is only the reactive
 * half (004 comments; 002), a policy needs training and support behind it (001; 002
 * comments), and a team reports internally on progress, successes and missteps (001).
 * Each fix adds the missing task, owned by the lead, who sets the course (000 #3).
 */
import { firstInBoardOrder, tasksOfType } from '../factQueries';
import type { Facts } from '../facts';
import type { Check } from './check';
import { addTaskFix } from './coverage';
import { hasTasks, makeHint } from './hint';

/** The lead of 000 #3 (a team lead or the strategy's owner), first in board order. */
export function theLead(facts: Facts): string | undefined {
  return firstInBoardOrder(facts, facts.leads);
}

const label = (facts: Facts, id: string) => facts.task.get(id)!.task.label;

export const reactiveOnly: Check = {
  board(facts) {
    const webcare = tasksOfType(facts, 'webcare');
    if (webcare.length === 0) return [];
    for (const type of ['engagement', 'content-marketing', 'community-management'] as const) {
      if (tasksOfType(facts, type).length > 0) return [];
    }
    const fixes = addTaskFix(facts, 'engagement', theLead(facts), webcare[0]);
    return [makeHint('reactive-only', [...webcare], [], { task: label(facts, webcare[0]) }, { fixes })];
  },
};

export const policyWithoutTraining: Check = {
  board(facts) {
    if (facts.board.profile.size === 'small') return [];
    const policy = tasksOfType(facts, 'policy');
    if (policy.length === 0 || tasksOfType(facts, 'internal-awareness').length > 0) return [];
    // Whoever owns the policy lives it out (001, "voorleven"); the lead when there is one.
    const owner = theLead(facts) ?? facts.task.get(policy[0])!.owners[0];
    const fixes = addTaskFix(facts, 'internal-awareness', owner, policy[0]);
    return [makeHint('policy-without-training', [...policy], [], { task: label(facts, policy[0]) }, { fixes })];
  },
};

export const reportingMissing: Check = {
  board(facts) {
    if (facts.board.profile.size === 'small' || !hasTasks(facts)) return [];
    if (tasksOfType(facts, 'reporting').length > 0) return [];
    const strategy = tasksOfType(facts, 'strategy')[0];
    return [makeHint('reporting-missing', [], [], {}, { fixes: addTaskFix(facts, 'reporting', theLead(facts), strategy) })];
  },
};
