import { expect } from '@open-wc/testing';
import {
  ValidationError,
  assertNoNewBreaks,
  checkTeamRules,
  contactsWithheld,
  coordinators,
  handOverCoordinator,
  maskIdentityCode,
  membershipState,
  newlyBrokenRules,
  redactTeam,
  splitMembers,
  type Team,
  type TeamMember,
} from '@saumaton/core';

const DAY = '2026-11-24';

function member(id: string, role: TeamMember['role'], extra: Partial<TeamMember> = {}): TeamMember {
  return { id, name: `Person ${id}`, role, ...extra };
}

function team(members: TeamMember[], status: Team['status'] = 'active'): Team {
  return { id: 't', clientId: 'c', status, members, meetings: [] };
}

describe('team rules', () => {
  describe('one coordinator in an active team', () => {
    it('accepts exactly one coordinator with a named worker', () => {
      expect(checkTeamRules(team([member('a', 'coordinator'), member('b', 'named-worker')]), DAY)).to.deep.equal([]);
    });

    it('rejects an active team without a coordinator', () => {
      const issues = checkTeamRules(team([member('b', 'named-worker')]), DAY);
      expect(issues.map((i) => i.message)).to.deep.equal(['an active team needs a coordinator']);
    });

    it('rejects two current coordinators whatever the status', () => {
      for (const status of ['proposed', 'active', 'suspended', 'inactive'] as const) {
        const issues = checkTeamRules(team([member('a', 'coordinator'), member('b', 'coordinator')], status), DAY);
        expect(
          issues.map((i) => i.message),
          status,
        ).to.include('a team has exactly one coordinator at a time');
      }
    });

    it('allows a planned handover, but never two coordinators whose memberships overlap', () => {
      const leaving = member('a', 'coordinator', { period: { end: '2026-12-31' } });
      const planned = member('c', 'coordinator', { period: { start: '2027-01-01' } });
      const overlapping = member('c', 'coordinator', { period: { start: '2026-12-01' } });
      expect(checkTeamRules(team([leaving, planned, member('b', 'named-worker')]), DAY)).to.deep.equal([]);
      expect(
        checkTeamRules(team([leaving, overlapping, member('b', 'named-worker')]), DAY).map((i) => i.code),
      ).to.deep.equal(['one-coordinator']);
    });

    it('lets a proposed team be convened without a coordinator yet', () => {
      expect(checkTeamRules(team([member('b', 'member')], 'proposed'), DAY)).to.deep.equal([]);
    });

    it('does not count a past coordinator', () => {
      const past = member('old', 'coordinator', { period: { start: '2025-01-01', end: '2025-12-31' } });
      const t = team([past, member('a', 'coordinator'), member('b', 'named-worker')]);
      expect(checkTeamRules(t, DAY)).to.deep.equal([]);
      expect(coordinators(t, DAY).map((m) => m.id)).to.deep.equal(['a']);
    });
  });

  describe('a named or responsible worker present', () => {
    it('accepts a responsible worker instead of a named worker', () => {
      expect(checkTeamRules(team([member('a', 'coordinator'), member('b', 'responsible-worker')]), DAY)).to.deep.equal(
        [],
      );
    });

    it('rejects an active team with neither', () => {
      const issues = checkTeamRules(team([member('a', 'coordinator'), member('b', 'member')]), DAY);
      expect(issues.map((i) => i.message)).to.deep.equal([
        'an active team needs a named worker or a responsible worker',
      ]);
    });

    it('does not count a named worker whose membership has ended', () => {
      const ended = member('b', 'named-worker', { period: { end: '2026-01-01' } });
      expect(checkTeamRules(team([member('a', 'coordinator'), ended]), DAY)).to.have.length(1);
    });
  });

  it('names meeting participants who are not members', () => {
    const t: Team = {
      ...team([member('a', 'coordinator'), member('b', 'named-worker')]),
      meetings: [{ id: 'x', date: '2026-01-01', participants: ['a', 'ghost'], decisions: [] }],
    };
    expect(checkTeamRules(t, DAY)).to.deep.equal([
      { path: 'meetings.0.participants.1', message: 'is not a member of the team', code: 'unknown-participant' },
    ]);
  });

  describe('handing over the coordinator role', () => {
    it('makes the new coordinator the only one', () => {
      const t = team([member('a', 'coordinator'), member('b', 'named-worker'), member('c', 'member')]);
      const after = handOverCoordinator(t, 'c', DAY);
      expect(coordinators(after, DAY).map((m) => m.id)).to.deep.equal(['c']);
      expect(after.members.find((m) => m.id === 'a')?.role).to.equal('member');
      expect(checkTeamRules(after, DAY)).to.deep.equal([]);
    });

    it('keeps a responsible worker when the named worker becomes coordinator', () => {
      const t = team([member('a', 'coordinator'), member('b', 'named-worker')]);
      const after = handOverCoordinator(t, 'b', DAY);
      expect(after.members.find((m) => m.id === 'a')?.role).to.equal('responsible-worker');
      expect(checkTeamRules(after, DAY)).to.deep.equal([]);
    });

    it('takes the role from a planned coordinator too', () => {
      const planned = member('p', 'coordinator', { period: { start: '2027-01-01' } });
      const t = team([
        member('a', 'coordinator', { period: { end: '2026-12-31' } }),
        planned,
        member('b', 'named-worker'),
      ]);
      const after = handOverCoordinator(t, 'b', DAY);
      expect(after.members.filter((m) => m.role === 'coordinator').map((m) => m.id)).to.deep.equal(['b']);
      expect(checkTeamRules(after, DAY)).to.deep.equal([]);
    });

    it('refuses a client-side participant or an unknown member', () => {
      const t = team([member('a', 'coordinator'), member('b', 'named-worker'), member('c', 'client')]);
      expect(() => handOverCoordinator(t, 'c', DAY)).to.throw(ValidationError);
      expect(() => handOverCoordinator(t, 'zz', DAY)).to.throw(ValidationError);
    });
  });

  describe('past members', () => {
    it('tells past, current and upcoming members apart', () => {
      expect(membershipState(member('a', 'member', { period: { end: '2026-11-23' } }), DAY)).to.equal('past');
      expect(membershipState(member('a', 'member', { period: { end: DAY } }), DAY)).to.equal('current');
      expect(membershipState(member('a', 'member', { period: { start: '2026-12-01' } }), DAY)).to.equal('upcoming');
      expect(membershipState(member('a', 'member'), DAY)).to.equal('current');
    });

    it('splits a team into present and past members, keeping their order', () => {
      const t = team([
        member('a', 'coordinator'),
        member('old', 'member', { period: { start: '2025-01-01', end: '2025-06-30' } }),
        member('b', 'named-worker', { period: { start: '2027-01-01' } }),
      ]);
      const { present, past } = splitMembers(t.members, DAY);
      expect(present.map((m) => m.id)).to.deep.equal(['a', 'b']);
      expect(past.map((m) => m.id)).to.deep.equal(['old']);
    });
  });

  describe('turvakielto', () => {
    const contact = { phone: '+358 40 111 2222', email: 'x@example.fi' };
    const t = team([
      member('a', 'coordinator', { contact }),
      member('c', 'client', { contact, reachability: 'evenings' }),
      member('p', 'close-person', { contact }),
      member('s', 'support-person', { contact }),
      member('l', 'legal-representative', { contact }),
    ]);

    it('removes the contact details of the client and every client-side participant', () => {
      const redacted = redactTeam(t, { turvakielto: true });
      for (const m of redacted.members.slice(1)) {
        expect(m.contact, m.id).to.equal(undefined);
        expect('contact' in m, m.id).to.equal(false);
        expect(m.reachability, m.id).to.equal(undefined);
      }
      expect(redacted.members[0]!.contact).to.deep.equal(contact);
      expect(contactsWithheld(t, { turvakielto: true })).to.equal(true);
    });

    it('leaves the team as it is without turvakielto', () => {
      expect(redactTeam(t, { turvakielto: false })).to.equal(t);
      expect(contactsWithheld(t, { turvakielto: false })).to.equal(false);
    });

    it('fails closed when the client is unknown', () => {
      expect(redactTeam(t, undefined).members[1]!.contact).to.equal(undefined);
    });
  });

  describe('what a change newly breaks', () => {
    const broken = team([member('a', 'member'), member('b', 'member')]);

    it('lets a team that breaks two rules be mended one rule at a time', () => {
      expect(checkTeamRules(broken, DAY).map((i) => i.code)).to.deep.equal([
        'coordinator-required',
        'responsible-worker-required',
      ]);
      const coordinated = team([member('a', 'coordinator'), member('b', 'member')]);
      expect(newlyBrokenRules(broken, coordinated, DAY)).to.deep.equal([]);
      const named = team([member('a', 'member'), member('b', 'named-worker')]);
      expect(newlyBrokenRules(broken, named, DAY)).to.deep.equal([]);
      expect(() => assertNoNewBreaks(broken, coordinated, DAY)).not.to.throw();
    });

    it('names a rule the change breaks that the stored team kept', () => {
      const fine = team([member('a', 'coordinator'), member('b', 'named-worker')]);
      const worse = team([member('a', 'member'), member('b', 'named-worker')]);
      expect(newlyBrokenRules(fine, worse, DAY).map((i) => i.code)).to.deep.equal(['coordinator-required']);
      const twice = team([member('a', 'coordinator'), member('b', 'coordinator')]);
      expect(newlyBrokenRules(broken, twice, DAY).map((i) => i.code)).to.deep.equal(['one-coordinator']);
      expect(() => assertNoNewBreaks(broken, twice, DAY))
        .to.throw(ValidationError)
        .with.property('issues')
        .that.deep.equals([
          { path: 'members', message: 'a team has exactly one coordinator at a time', code: 'one-coordinator' },
        ]);
    });

    it('judges a create (no stored version) by every rule; a new proposed team without members breaks none', () => {
      expect(newlyBrokenRules(undefined, broken, DAY).map((i) => i.code)).to.deep.equal([
        'coordinator-required',
        'responsible-worker-required',
      ]);
      expect(() => assertNoNewBreaks(undefined, broken, DAY)).to.throw(ValidationError);
      expect(newlyBrokenRules(undefined, team([], 'proposed'), DAY)).to.deep.equal([]);
    });
  });

  it('masks a personal identity code', () => {
    expect(maskIdentityCode('020516C903K')).to.equal('020516C****');
    expect(maskIdentityCode('x')).to.equal('****');
  });
});
