/**
 * What showing a team needs: who is on the client's side, where a membership stands, the
 * coordinator, and what turvakielto withholds. The rules a change is judged by are in
 * `team-checks.ts`.
 */
import type { Client } from '../model/client.js';
import { today } from './dates.js';
import { CLIENT_SIDE_ROLES, type Team, type TeamMember } from '../model/team.js';

export function isClientSide(member: Pick<TeamMember, 'role'>): boolean {
  return (CLIENT_SIDE_ROLES as readonly string[]).includes(member.role);
}

/** Where a member stands on `day`: before, inside or after their membership period. */
export type MembershipState = 'upcoming' | 'current' | 'past';

export function membershipState(member: Pick<TeamMember, 'period'>, day: string = today()): MembershipState {
  const start = member.period?.start?.slice(0, 10);
  const end = member.period?.end?.slice(0, 10);
  if (end !== undefined && end < day) return 'past';
  if (start !== undefined && start > day) return 'upcoming';
  return 'current';
}

/** Members whose membership has not ended (current and upcoming), and those whose has. */
export function splitMembers(
  members: readonly TeamMember[],
  day: string = today(),
): { present: TeamMember[]; past: TeamMember[] } {
  const present: TeamMember[] = [];
  const past: TeamMember[] = [];
  for (const member of members) (membershipState(member, day) === 'past' ? past : present).push(member);
  return { present, past };
}

/** The current coordinators; a valid active team has exactly one. */
export function coordinators(team: Pick<Team, 'members'>, day: string = today()): TeamMember[] {
  return team.members.filter((m) => m.role === 'coordinator' && membershipState(m, day) === 'current');
}

/** Removes contact details, leaving every other field as it was. */
function withoutContact(member: TeamMember): TeamMember {
  const { contact: _contact, reachability: _reachability, ...rest } = member;
  return rest;
}

/**
 * What a viewer may see of a team. Under `turvakielto` the contact details of the client and
 * of every client-side participant are removed from the value itself, so no template, slot or
 * stylesheet can reveal them. An unknown client (`undefined`) is treated as protected: when the
 * client record could not be read, the widget fails closed.
 */
export function redactTeam(team: Team, client: Pick<Client, 'turvakielto'> | undefined): Team {
  if (client && !client.turvakielto) return team;
  return { ...team, members: team.members.map((m) => (isClientSide(m) ? withoutContact(m) : m)) };
}

/** True when redaction hides something in this team for this client. */
export function contactsWithheld(team: Team, client: Pick<Client, 'turvakielto'> | undefined): boolean {
  return (!client || client.turvakielto) && team.members.some(isClientSide);
}

/** True when the member appears in a recorded meeting: removing them would rewrite history, so they become a past member instead. */
export function hasMeetingHistory(team: Team, memberId: string): boolean {
  return team.meetings.some((m) => m.participants.includes(memberId));
}
