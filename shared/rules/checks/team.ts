/**
 * Whether the organisation needs a social media team, and whether the team mirrors it:
 * (mid-)large, hierarchical firms with several active departments do (000 #2, conclusion;
 * 001), small informal ones don't (001), and a team is cross-functional or it is not one
 * (001; 004 comments: people from customer service, marketing and PR).
 */
import { homeDepartment, inBoardOrder, label } from '../factQueries';
import type { Facts } from '../facts';
import type { Fix, Hint } from '../types';
import { makeHint } from './hint';

/** The role that best represents a department in a team: an owner, then any participant. */
function representative(facts: Facts, departmentId: string): string | undefined {
  const roles = facts.rolesIn.get(departmentId) ?? [];
  return roles.find((r) => facts.owns.has(r)) ?? roles.find((r) => facts.takesPart.has(r)) ?? roles[0];
}

function names(facts: Facts, ids: string[]): string {
  return ids.map((id) => `“${label(facts, id)}”`).join(', ');
}

export function teamNeeded(facts: Facts): Hint[] {
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
  return [
    makeHint(
      'team-needed',
      active,
      [],
      { count: active.length, departments: names(facts, active) },
      { fixes },
    ),
  ];
}

export function teamOverTheTop(facts: Facts): Hint[] {
  const { size, culture } = facts.board.profile;
  if (size !== 'small' || culture !== 'informal' || facts.teams.length === 0) return [];
  return [makeHint('team-over-the-top', facts.teams.map((t) => t.id), [], { team: facts.teams[0].label, count: facts.teams.length })];
}

export function teamNotCrossFunctional(facts: Facts): Hint[] {
  const hints: Hint[] = [];
  for (const team of facts.teams) {
    const members = facts.members.get(team.id);
    // An empty team is still being drawn; team-needed covers a board that needs one.
    if (!members) continue;
    const departments = new Set<string>();
    for (const role of members) {
      const department = homeDepartment(facts, role);
      if (department) departments.add(department.id);
    }
    if (departments.size >= 3) continue;
    // Suggest one person from each active department the team does not reach yet.
    const missing = inBoardOrder(facts, facts.activeDepartments).filter((d) => !departments.has(d));
    const recruits = missing
      .map((d) => representative(facts, d))
      .filter((r): r is string => r !== undefined && !members.includes(r))
      .slice(0, 3 - departments.size);
    const fixes: Fix[] =
      recruits.length > 0
        ? [{ type: 'addMembers', team: team.id, members: recruits, params: { team: team.label, members: names(facts, recruits) } }]
        : [];
    hints.push(
      makeHint('team-not-cross-functional', [team.id], [team.id], { team: team.label, count: departments.size }, { fixes }),
    );
  }
  return hints;
}
