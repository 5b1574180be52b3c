/**
 * Whether the organisation needs a social media team, and whether the team mirrors it:
 * (mid-)large, hierarchical firms with several active departments do (000 #2, conclusion;
 * 001), small informal ones don't (001), and a team is cross-functional or it is not one
 * (001; 004 comments: people from customer service, marketing and PR).
 */
import { homeDepartment, inBoardOrder, label } from '../factQueries';
import type { FactChanges } from '../factUpdates';
import type { Facts } from '../facts';
import type { Fix } from '../types';
import type { Check } from './check';
import { makeHint } from './hint';

/** The role that best represents a department in a team: an owner, then any participant. */
function representative(facts: Facts, departmentId: string): string | undefined {
  const roles = facts.rolesIn.get(departmentId) ?? [];
  return roles.find((r) => facts.owns.has(r)) ?? roles.find((r) => facts.takesPart.has(r)) ?? roles[0];
}

function names(facts: Facts, ids: string[]): string {
  return ids.map((id) => `“${label(facts, id)}”`).join(', ');
}

export const teamNeeded: Check = {
  board(facts) {
    if (facts.board.profile.size === 'small' || facts.activeDepartments.size < 2) return [];
    if (facts.teams.some((team) => facts.members.has(team.id))) return [];
    const active = inBoardOrder(facts, facts.activeDepartments);
    const members = active.map((d) => representative(facts, d)).filter((r): r is string => r !== undefined);
    const fixes: Fix[] = [];
    if (members.length > 0) {
      const emptyTeam = facts.teams[0];
      if (emptyTeam) {
        fixes.push({ type: 'addMembers', team: emptyTeam.id, members, params: { team: emptyTeam.label, members: names(facts, members) } });
      } else {
        const lead = members.find((r) => facts.leads.has(r));
        const fix: Fix = { type: 'createTeam', members, params: { members: names(facts, members) } };
        if (lead) fix.lead = lead;
        fixes.push(fix);
      }
    }
    return [makeHint('team-needed', active, [], { count: active.length, departments: names(facts, active) }, { fixes })];
  },
};

export const teamOverTheTop: Check = {
  board(facts) {
    const { size, culture } = facts.board.profile;
    if (size !== 'small' || culture !== 'informal' || facts.teams.length === 0) return [];
    return [makeHint('team-over-the-top', facts.teams.map((t) => t.id), [], { team: facts.teams[0].label, count: facts.teams.length })];
  },
};

export const teamNotCrossFunctional: Check = {
  subject: {
    kind: 'team',
    hint(facts, id) {
      const members = facts.members.get(id);
      // An empty team is still being drawn; team-needed covers a board that needs one.
      if (!members) return undefined;
      const departments = new Set<string>();
      for (const role of members) {
        const department = homeDepartment(facts, role);
        if (department) departments.add(department.id);
      }
      if (departments.size >= 3) return undefined;
      // Suggest one person from each active department the team does not reach yet.
      // In board order without sorting: every team is judged again when the departments change.
      const recruits: string[] = [];
      for (const department of facts.departments) {
        if (recruits.length === 3 - departments.size) break;
        if (!facts.activeDepartments.has(department.id) || departments.has(department.id)) continue;
        const recruit = representative(facts, department.id);
        if (recruit !== undefined && !members.includes(recruit)) recruits.push(recruit);
      }
      const team = facts.byId.get(id)!;
      const fixes: Fix[] =
        recruits.length > 0 ? [{ type: 'addMembers', team: id, members: recruits, params: { team: team.label, members: names(facts, recruits) } }] : [];
      return makeHint('team-not-cross-functional', [id], [id], { team: team.label, count: departments.size }, { fixes });
    },
    rereads: representativesChanged,
  },
};

/**
 * The recruits a hint suggests are the active departments' representatives: a department
 * turning active or idle, a role in one starting or stopping to own or take part, or a
 * representative renamed reaches every team's hint.
 */
function representativesChanged(facts: Facts, changes: FactChanges): boolean {
  if (changes.active) return true;
  for (const id of changes.participation) if (facts.departmentOf.has(id)) return true;
  for (const id of changes.labels) {
    const department = facts.departmentOf.get(id);
    if (department !== undefined && representative(facts, department) === id) return true;
  }
  return false;
}
