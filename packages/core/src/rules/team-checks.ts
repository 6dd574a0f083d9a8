/**
 * The team rules a change is judged by (SHL § 42, the Soite process), and the coordinator
 * handover that keeps them. Apart from `team-rules.ts`, which holds what showing a team needs:
 * a page that only shows a team does not load the rules its edits are checked against.
 */
import type { ValidationIssue } from '../contract/errors.js';
import { ValidationError } from '../contract/errors.js';
import { today } from './dates.js';
import { type Team, type TeamMember } from '../model/team.js';
import { coordinators, isClientSide, membershipState } from './team-rules.js';

/** True when two membership periods share a day (a missing start or end is open-ended). */
function overlaps(a: TeamMember['period'], b: TeamMember['period']): boolean {
  const aStart = a?.start?.slice(0, 10) ?? '';
  const bStart = b?.start?.slice(0, 10) ?? '';
  const aEnd = a?.end?.slice(0, 10) ?? '9999-12-31';
  const bEnd = b?.end?.slice(0, 10) ?? '9999-12-31';
  return aStart <= bEnd && bStart <= aEnd;
}

/**
 * True when two coordinators' memberships overlap from `day` on: "one coordinator at a time"
 * allows a planned handover (one ends, the next starts later), never two at once, now or later.
 * Past coordinators are history and never count.
 */
function coordinatorsOverlap(team: Pick<Team, 'members'>, day: string): boolean {
  const all = team.members.filter((m) => m.role === 'coordinator' && membershipState(m, day) !== 'past');
  return all.some((a, i) => all.slice(i + 1).some((b) => overlaps(a.period, b.period)));
}

/**
 * The rules of a convened team (SHL § 42, the Soite process): once the team is active it has
 * exactly one current coordinator, and a named worker or another worker responsible for the
 * client's services. A proposed, suspended or inactive team may be incomplete, but never has two
 * coordinators whose memberships overlap. Returns the broken rules; an empty list means the team is fine.
 */
export function checkTeamRules(team: Team, day: string = today()): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const current = coordinators(team, day);
  if (coordinatorsOverlap(team, day)) {
    issues.push({ path: 'members', message: 'a team has exactly one coordinator at a time', code: 'one-coordinator' });
  } else if (team.status === 'active' && current.length === 0) {
    issues.push({ path: 'members', message: 'an active team needs a coordinator', code: 'coordinator-required' });
  }
  if (team.status === 'active') {
    const responsible = team.members.some(
      (m) => (m.role === 'named-worker' || m.role === 'responsible-worker') && membershipState(m, day) === 'current',
    );
    if (!responsible) {
      issues.push({
        path: 'members',
        message: 'an active team needs a named worker or a responsible worker',
        code: 'responsible-worker-required',
      });
    }
  }
  const ids = new Set(team.members.map((m) => m.id));
  team.meetings.forEach((meeting, i) =>
    meeting.participants.forEach((p, j) => {
      if (!ids.has(p)) {
        issues.push({
          path: `meetings.${i}.participants.${j}`,
          message: 'is not a member of the team',
          code: 'unknown-participant',
        });
      }
    }),
  );
  return issues;
}

/** Throws a `ValidationError` listing every broken team rule. */
export function assertTeamRules(team: Team, day?: string): void {
  const issues = checkTeamRules(team, day);
  if (issues.length > 0) throw new ValidationError(issues);
}

/** An issue's identity for comparing two versions: its rule code (or message) and its path. */
function issueKey(issue: ValidationIssue): string {
  return `${issue.code ?? issue.message}|${issue.path}`;
}

/**
 * The team rules `after` breaks that `before` did not already break, compared by rule code and
 * path. `before` is the stored version the change is based on; `undefined` when there is none
 * (a create), so every rule `after` breaks is new.
 *
 * This is how a write is judged, in the widgets and in the adapters alike: a team that arrived
 * breaking rules (read from another system, say, with no coordinator and no named worker) can be
 * mended one step at a time, while a change never makes a team worse.
 */
export function newlyBrokenRules(before: Team | undefined, after: Team, day: string = today()): ValidationIssue[] {
  const known = new Set(before ? checkTeamRules(before, day).map(issueKey) : []);
  return checkTeamRules(after, day).filter((issue) => !known.has(issueKey(issue)));
}

/**
 * Throws a `ValidationError` listing the rules `after` newly breaks (see `newlyBrokenRules`):
 * what an adapter calls before it writes, with the stored version it replaces, or `undefined` for
 * a create, which must then satisfy every rule.
 */
export function assertNoNewBreaks(before: Team | undefined, after: Team, day?: string): void {
  const issues = newlyBrokenRules(before, after, day);
  if (issues.length > 0) throw new ValidationError(issues);
}

/**
 * Makes `memberId` the coordinator. The previous coordinator becomes a responsible worker if
 * the team would otherwise lack one, else a member; so the one-coordinator rule holds after
 * every handover.
 */
export function handOverCoordinator(team: Team, memberId: string, day: string = today()): Team {
  const target = team.members.find((m) => m.id === memberId);
  if (!target) throw new ValidationError([{ path: 'members', message: `no member "${memberId}"` }]);
  if (isClientSide(target)) {
    throw new ValidationError([{ path: 'members', message: 'the coordinator must be a professional' }]);
  }
  // Every coordinator who is not past, current or planned, gives the role up.
  const members = team.members.map((m): TeamMember => {
    if (m.id === memberId) return { ...m, role: 'coordinator' };
    if (m.role === 'coordinator' && membershipState(m, day) !== 'past') return { ...m, role: 'member' };
    return m;
  });
  const hasResponsible = members.some(
    (m) => (m.role === 'named-worker' || m.role === 'responsible-worker') && membershipState(m, day) === 'current',
  );
  if (!hasResponsible) {
    const previous = team.members.find(
      (m) => m.role === 'coordinator' && m.id !== memberId && membershipState(m, day) === 'current',
    );
    const i = previous ? members.findIndex((m) => m.id === previous.id) : -1;
    if (i >= 0) members[i] = { ...members[i]!, role: 'responsible-worker' };
  }
  return { ...team, members };
}
