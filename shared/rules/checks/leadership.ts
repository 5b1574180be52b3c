/**
 * Central coordination with one lead (000 #3 and conclusion), who needs a mandate, a budget
 * (000 #7) and support from the board of directors (000 #7).
 */
import type { RoleNode } from '../../model/board';
import { departmentsOfType, firstInBoardOrder, homeDepartment, inBoardOrder, label, tasksOfType } from '../factQueries';
import type { Facts } from '../facts';
import type { Fix } from '../types';
import type { Check } from './check';
import { hasTasks, makeHint } from './hint';

const MAX_FIXES = 3;

/** Roles that look like a social media lead come first when the board suggests one. */
const LEAD_LIKE = new Set(['strategist', 'social-media-manager', 'conversation-manager', 'community-manager']);

function leadPreference(role: RoleNode): number {
  return (LEAD_LIKE.has(role.data.roleType) ? 0 : 2) + (role.data.mandate ? 0 : 1);
}

export const leadMissing: Check = {
  board(facts) {
    if (!hasTasks(facts) || facts.leads.size > 0) return [];
    const strategyTasks = tasksOfType(facts, 'strategy');
    const fixes: Fix[] = [];
    for (const id of strategyTasks) {
      const t = facts.task.get(id)!;
      const roles = t.holders.map((holder) => facts.byId.get(holder)).filter((n): n is RoleNode => n?.kind === 'role');
      for (const role of roles.sort((a, b) => leadPreference(a) - leadPreference(b))) {
        fixes.push({ type: 'setAccountable', task: id, holder: role.id, params: { holder: role.label, task: t.task.label } });
      }
    }
    for (const team of facts.teams) {
      const roles = (facts.members.get(team.id) ?? []).map((id) => facts.byId.get(id) as RoleNode);
      for (const role of roles.sort((a, b) => leadPreference(a) - leadPreference(b))) {
        fixes.push({ type: 'addLead', team: team.id, role: role.id, params: { role: role.label, team: team.label } });
      }
    }
    const nodes = inBoardOrder(facts, [...strategyTasks, ...facts.teams.map((t) => t.id)]);
    return [makeHint('lead-missing', nodes, [], {}, { fixes: fixes.slice(0, MAX_FIXES) })];
  },
};

export const leadWithoutMandate: Check = {
  subject: {
    kind: 'role',
    hint(facts, id) {
      if (!facts.leads.has(id)) return undefined;
      const role = facts.byId.get(id) as RoleNode;
      const { mandate, budget } = role.data;
      if (mandate && budget) return undefined;
      const variant = !mandate && !budget ? 'both' : !mandate ? 'mandate' : 'budget';
      return makeHint(
        'lead-without-mandate',
        [id],
        [id],
        { role: role.label },
        { variant, fixes: [{ type: 'grantMandate', role: id, params: { role: role.label } }] },
      );
    },
  },
};

/** The board of directors itself, or a role inside it. */
function isBoardSponsor(facts: Facts, nodeId: string): boolean {
  return homeDepartment(facts, nodeId)?.data.departmentType === 'board';
}

export const noBoardSponsor: Check = {
  board(facts) {
    if (facts.board.profile.size === 'small' || !hasTasks(facts)) return [];
    // Nothing to sponsor yet: lead-missing already asks for a lead.
    if (facts.leads.size === 0 && facts.teams.length === 0) return [];
    // Sponsors are few; the leads and teams they could back are many.
    for (const [sponsor, sponsored] of facts.sponsors) {
      if (!isBoardSponsor(facts, sponsor)) continue;
      if (sponsored.some((id) => facts.leads.has(id) || facts.byId.get(id)?.kind === 'team')) return [];
    }
    const targets = [...facts.leads, ...facts.teams.map((t) => t.id)];
    const fixes: Fix[] = [];
    const boardId = departmentsOfType(facts, 'board')[0];
    const boardDepartment = boardId === undefined ? undefined : facts.byId.get(boardId)!;
    if (boardDepartment) {
      // The team, when there is one with members, is what the room sees; else the lead.
      const team = facts.teams.find((t) => facts.members.has(t.id)) ?? facts.teams[0];
      const target = team?.id ?? firstInBoardOrder(facts, facts.leads)!;
      fixes.push({
        type: 'addSponsor',
        sponsor: boardDepartment.id,
        target,
        params: { sponsor: boardDepartment.label, target: label(facts, target) },
      });
    }
    return [makeHint('no-board-sponsor', inBoardOrder(facts, targets), [], {}, { fixes })];
  },
};
