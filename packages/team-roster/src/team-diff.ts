import { msg, str } from '@lit/localize';
import { formatDate } from '@saumaton/elements';
import type { Team } from '@saumaton/core';
import { roleLabel, statusLabel } from './labels.js';

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What changed between two versions of a team, one localized sentence a change: what a user
 * whose save met a conflict needs to read before choosing.
 */
export function describeTeamChanges(before: Team, after: Team): string[] {
  const changes: string[] = [];
  if (before.status !== after.status) changes.push(msg(str`The team’s status is now ${statusLabel(after.status)}.`));
  const old = new Map(before.members.map((m) => [m.id, m]));
  const now = new Map(after.members.map((m) => [m.id, m]));
  for (const member of after.members) {
    const previous = old.get(member.id);
    if (!previous) changes.push(msg(str`${member.name} was added.`));
    else if (previous.role !== member.role) changes.push(msg(str`${member.name} is now: ${roleLabel(member.role)}.`));
    else if (!same(previous, member)) changes.push(msg(str`${member.name}’s details were changed.`));
  }
  for (const member of before.members) {
    if (!now.has(member.id)) changes.push(msg(str`${member.name} was removed.`));
  }
  const meetings = new Set(before.meetings.map((m) => m.id));
  for (const meeting of after.meetings) {
    if (!meetings.has(meeting.id)) changes.push(msg(str`A meeting on ${formatDate(meeting.date)} was recorded.`));
  }
  return changes;
}
