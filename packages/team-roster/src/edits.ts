import { msg, str } from '@lit/localize';
import {
  addDays,
  handOverCoordinator,
  hasMeetingHistory,
  today,
  type Edit,
  type Meeting,
  type Team,
  type TeamMember,
} from '@saumaton/core';
import { formatDate } from '@saumaton/elements';
import { mergeMember, type MemberField } from './drafts.js';

/**
 * Adds a member, or changes the `changed` fields of the one with the same id as it is when the
 * edit is applied (so it can be applied again on someone else's newer version). Choosing
 * "coordinator" hands the role over.
 */
export function saveMember(member: TeamMember, changed: readonly MemberField[], isNew: boolean): Edit<Team> {
  return {
    summary: isNew ? msg(str`add ${member.name} to the team.`) : msg(str`change the details of ${member.name}.`),
    apply(team) {
      const previous = team.members.find((m) => m.id === member.id);
      const wanted = previous ? mergeMember(previous, member, changed) : member;
      const becomesCoordinator = wanted.role === 'coordinator' && previous?.role !== 'coordinator';
      const placed: TeamMember = becomesCoordinator ? { ...wanted, role: previous?.role ?? 'member' } : wanted;
      const members = previous ? team.members.map((m) => (m.id === member.id ? placed : m)) : [...team.members, placed];
      const next = { ...team, members };
      return becomesCoordinator ? handOverCoordinator(next, member.id) : next;
    },
  };
}

/**
 * Removes a member. One who took part in meetings stays on record as a past member instead:
 * their membership's last day is yesterday, so the meeting history keeps its participants.
 */
export function removeMember(member: TeamMember, day: string = today()): Edit<Team> {
  return {
    summary: msg(str`remove ${member.name} from the team.`),
    apply(team) {
      if (!hasMeetingHistory(team, member.id))
        return { ...team, members: team.members.filter((m) => m.id !== member.id) };
      return {
        ...team,
        members: team.members.map((m) => {
          if (m.id !== member.id) return m;
          const start = m.period?.start?.slice(0, 10);
          const yesterday = addDays(day, -1);
          // Applied again on a newer version in which the membership already ended: keep that end.
          const end = m.period?.end?.slice(0, 10);
          if (end !== undefined && end <= yesterday) return m;
          // A period cannot end before it starts: one that starts today ends today.
          return { ...m, period: { ...m.period, end: start !== undefined && start > yesterday ? start : yesterday } };
        }),
      };
    },
  };
}

export function handOver(member: TeamMember): Edit<Team> {
  return {
    summary: msg(str`make ${member.name} the coordinator.`),
    apply: (team) => handOverCoordinator(team, member.id),
  };
}

export function recordMeeting(meeting: Meeting): Edit<Team> {
  return {
    summary: msg(str`record the meeting on ${formatDate(meeting.date)}.`),
    apply: (team) => ({ ...team, meetings: [...team.meetings, meeting] }),
  };
}
