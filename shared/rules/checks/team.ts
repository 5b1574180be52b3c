/**
 * Whether the organisation needs a social media team, and whether the team mirrors it:
 * (mid-)large, hierarchical firms with several active departments do (000 #2, conclusion;
 * 001), small informal ones don't (001), and a team is cross-functional or it is not one
 * (001; 004 comments: people from customer service, marketing and PR). Active departments
 * work on a task and are never the board of directors (domain.md, v2), so no fix puts a
 * director in the social media team.
 */
import { countsAsActive } from '../../model/participation';
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

/**
 * A team's departments (domain.md): those of its members and of its lead, leading a team
 * counts as being in it. The board of directors is not a social media department.
 */
export function teamDepartments(facts: Facts, team: string): Set<string> {
  const departments = new Set<string>();
  const add = (role: string) => {
    const department = homeDepartment(facts, role);
    if (department && countsAsActive(department.data.departmentType)) departments.add(department.id);
  };
  for (const role of facts.members.get(team) ?? []) add(role);
  for (const role of facts.teamLeads.get(team) ?? []) add(role);
  return departments;
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
      const departments = teamDepartments(facts, id);
      if (departments.size >= 3) return undefined;
      const leads = facts.teamLeads.get(id) ?? [];
      // Suggest one person from each active department the team does not reach yet, then from
      // departments that only take part (consulted, informed); never the board of directors,
      // which is not active and takes part only to be informed (domain.md).
      // In board order without sorting: every team is judged again when the departments change.
      const recruits: string[] = [];
      const reached = new Set(departments);
      for (const pool of [facts.activeDepartments, facts.involvedDepartments]) {
        for (const department of facts.departments) {
          if (reached.size >= 3) break;
          if (!pool.has(department.id) || reached.has(department.id) || !countsAsActive(department.data.departmentType)) continue;
          const recruit = representative(facts, department.id);
          if (recruit === undefined || members.includes(recruit) || leads.includes(recruit) || recruits.includes(recruit)) continue;
          recruits.push(recruit);
          reached.add(department.id);
        }
      }
      recruits.sort((x, y) => facts.index.get(x)! - facts.index.get(y)!);
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
  // A department (or a role in one) starting or stopping to take part moves the recruits.
  for (const id of changes.participation) if (facts.departmentOf.has(id) || facts.byId.get(id)?.kind === 'department') return true;
  for (const id of changes.labels) {
    const department = facts.departmentOf.get(id);
    if (department !== undefined && representative(facts, department) === id) return true;
  }
  return false;
}
