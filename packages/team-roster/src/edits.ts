import { msg, str } from '@lit/localize';
import { handOverCoordinator, today, type Meeting, type Team, type TeamMember } from '@saumaton/core';
import { formatDate } from '@saumaton/elements';
import type { TeamEdit } from './team-diff.js';

/** Adds a member, or replaces the one with the same id. Choosing "coordinator" hands the role over. */
export function saveMember(member: TeamMember, isNew: boolean): TeamEdit {
  return {
    summary: isNew ? msg(str`add ${member.name} to the team.`) : msg(str`change the details of ${member.name}.`),
    apply(team) {
      const previous = team.members.find((m) => m.id === member.id);
      const placed: TeamMember =
        member.role === 'coordinator' && previous?.role !== 'coordinator'
          ? { ...member, role: previous?.role ?? 'member' }
          : member;
      const members = previous ? team.members.map((m) => (m.id === member.id ? placed : m)) : [...team.members, placed];
      const next = { ...team, members };
      return placed.role === member.role ? next : handOverCoordinator(next, member.id);
    },
  };
}

/** True when the member appears in a recorded meeting, so removing them would rewrite history. */
export function hasHistory(team: Team, memberId: string): boolean {
  return team.meetings.some((m) => m.participants.includes(memberId));
}

/**
 * Removes a member. One who took part in meetings stays on record as a past member instead,
 * their membership ending today, so the meeting history keeps its participants.
 */
export function removeMember(member: TeamMember, day: string = today()): TeamEdit {
  return {
    summary: msg(str`remove ${member.name} from the team.`),
    apply(team) {
      if (!hasHistory(team, member.id)) return { ...team, members: team.members.filter((m) => m.id !== member.id) };
      return {
        ...team,
        members: team.members.map((m) => (m.id === member.id ? { ...m, period: { ...m.period, end: day } } : m)),
      };
    },
  };
}

export function handOver(member: TeamMember): TeamEdit {
  return {
    summary: msg(str`make ${member.name} the coordinator.`),
    apply: (team) => handOverCoordinator(team, member.id),
  };
}

export function recordMeeting(meeting: Meeting): TeamEdit {
  return {
    summary: msg(str`record the meeting on ${formatDate(meeting.date)}.`),
    apply: (team) => ({ ...team, meetings: [...team.meetings, meeting] }),
  };
}
